#include "startproposaldialog.h"

#include "history/negotiationrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace plenary::gui {

StartProposalDialog::StartProposalDialog(const QStringList &branches, QWidget *parent)
    : QDialog(parent), m_branches(branches), m_slug(new QLineEdit(this)),
      m_title(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Start a Proposal"));
    m_slug->setObjectName(QStringLiteral("slug"));
    m_title->setObjectName(QStringLiteral("title"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_slug->setPlaceholderText(tr("eu-op7"));
    m_title->setPlaceholderText(tr("EU proposal on OP 7"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#b3001b"));
    auto *intro = new QLabel(tr("A proposal is a line of revisions of its own, merged into the "
                                "main text when the room agrees. Its short name and title travel "
                                "to every delegation's copy."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Short name:"), m_slug);
    form->addRow(QString(), m_problem);
    form->addRow(tr("&Title:"), m_title);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start Proposal"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_slug, &QLineEdit::textChanged, this, &StartProposalDialog::check);
    check();
}

QString StartProposalDialog::slug() const
{
    return m_slug->text().trimmed();
}

QString StartProposalDialog::title() const
{
    return m_title->text().trimmed();
}

QString StartProposalDialog::problem() const
{
    const QString name = slug();
    if (name.isEmpty())
        return tr("Give the proposal a short name, such as eu-op7.");
    if (!NegotiationRepository::isValidProposalName(name))
        return tr("“%1” cannot name a proposal: use letters, digits, '-', '.', '_' and '/', "
                  "as in eu-op7.")
            .arg(name);
    if (m_branches.contains(name))
        return tr("A branch named “%1” already exists.").arg(name);
    return QString();
}

void StartProposalDialog::check()
{
    const QString reason = problem();
    // An empty field is not an error yet: the button waits, the hint stays quiet.
    m_problem->setText(slug().isEmpty() ? QString() : reason);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

} // namespace plenary::gui
