#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace plenary::gui {

/// Asks for a new proposal's short name (a branch: "eu-op7"), checked as it is typed, and its
/// title ("EU proposal on OP 7").
class StartProposalDialog : public QDialog
{
    Q_OBJECT

public:
    /// `branches` are the names already taken.
    explicit StartProposalDialog(const QStringList &branches, QWidget *parent = nullptr);

    [[nodiscard]] QString slug() const;
    [[nodiscard]] QString title() const;
    /// Why the short name cannot be used; empty when it can.
    [[nodiscard]] QString problem() const;

private:
    void check();

    QStringList m_branches;
    QLineEdit *m_slug;
    QLineEdit *m_title;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace plenary::gui
