#pragma once

#include "history/identity.h"
#include "history/manifest.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace plenary::gui {

/// Who the drafter is: name, email and delegation (from the repository's manifest). Shown on
/// the first save; stored in Plenary's settings.
class IdentityDialog : public QDialog
{
    Q_OBJECT

public:
    IdentityDialog(const Identity &current, const Manifest &manifest, QWidget *parent = nullptr);
    [[nodiscard]] Identity identity() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_email;
    QComboBox *m_delegation;
};

} // namespace plenary::gui
