#pragma once

#include "history/identity.h"

#include <QDialog>

class QLineEdit;

namespace plenary::gui {

/// Asks for the short message of a save and shows who saves it, for which delegation.
class SaveDialog : public QDialog
{
    Q_OBJECT

public:
    SaveDialog(const Identity &identity, const QString &delegationName, QWidget *parent = nullptr);
    [[nodiscard]] QString message() const;

private:
    QLineEdit *m_message;
};

} // namespace plenary::gui
