#pragma once

#include "document/document.h"
#include "history/identity.h"
#include "history/manifest.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace plenary::gui {

/// A new negotiation: a declaration or a co-chair's summary, its title and language, the
/// participating delegations (the first is the secretariat) and the folder it is kept in.
class NewNegotiationDialog : public QDialog
{
    Q_OBJECT

public:
    NewNegotiationDialog(DocumentKind kind, const Identity &drafter, QWidget *parent = nullptr);

    /// The folder to create.
    [[nodiscard]] QString directory() const;
    [[nodiscard]] Manifest manifest() const;
    [[nodiscard]] Document document() const;
    /// Who makes the first revision: the drafter, for the secretariat.
    [[nodiscard]] Identity identity() const;
    /// Why the form cannot be accepted yet; empty when it can.
    [[nodiscard]] QString problem() const;

    // The fields, for tests.
    [[nodiscard]] QLineEdit *titleField() const { return m_title; }
    [[nodiscard]] QLineEdit *folderField() const { return m_folder; }
    [[nodiscard]] QTableWidget *delegationTable() const { return m_delegations; }
    [[nodiscard]] QLineEdit *nameField() const { return m_name; }
    [[nodiscard]] QLineEdit *emailField() const { return m_email; }

private:
    void validate();

    DocumentKind m_kind;
    QLineEdit *m_title;
    QComboBox *m_language;
    QLineEdit *m_conference;
    QLineEdit *m_symbol;
    QTableWidget *m_delegations;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_folder;
    QLabel *m_problem;
    QPushButton *m_create;
};

} // namespace plenary::gui
