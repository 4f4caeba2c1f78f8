#include "savedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace plenary::gui {

SaveDialog::SaveDialog(const Identity &identity, const QString &delegationName, QWidget *parent)
    : QDialog(parent), m_message(new QLineEdit(this))
{
    setWindowTitle(tr("Save a Revision"));
    auto *form = new QFormLayout(this);
    m_message->setPlaceholderText(tr("What changed, e.g. \"EU proposal on OP3\""));
    m_message->setMinimumWidth(420);
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("Author:"),
                 new QLabel(QStringLiteral("%1 &lt;%2&gt;")
                                .arg(identity.name.toHtmlEscaped(), identity.email.toHtmlEscaped()),
                            this));
    form->addRow(
        tr("Delegation:"),
        new QLabel(QStringLiteral("%1 — %2").arg(identity.delegation, delegationName), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(m_message, &QLineEdit::textChanged, buttons, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString SaveDialog::message() const
{
    return m_message->text().trimmed();
}

} // namespace plenary::gui
