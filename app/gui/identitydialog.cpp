#include "identitydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace plenary::gui {

IdentityDialog::IdentityDialog(const Identity &current, const Manifest &manifest, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(current.name, this)),
      m_email(new QLineEdit(current.email, this)), m_delegation(new QComboBox(this))
{
    setWindowTitle(tr("Your Identity"));
    auto *form = new QFormLayout(this);
    auto *intro =
        new QLabel(tr("Every revision records who saved it and for which delegation."), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    for (const Delegation &d : manifest.delegations)
        m_delegation->addItem(QStringLiteral("%1 — %2").arg(d.code, d.name), d.code);
    m_delegation->setCurrentIndex(std::max(0, m_delegation->findData(current.delegation)));
    form->addRow(tr("&Delegation:"), m_delegation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_name->text().trimmed().isEmpty() &&
                         m_email->text().contains(QLatin1Char('@')) &&
                         m_delegation->currentIndex() >= 0);
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    connect(m_email, &QLineEdit::textChanged, this, validate);
    validate();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Identity IdentityDialog::identity() const
{
    return {m_name->text().trimmed(), m_email->text().trimmed(),
            m_delegation->currentData().toString()};
}

} // namespace plenary::gui
