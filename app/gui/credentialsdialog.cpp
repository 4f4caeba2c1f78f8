#include "credentialsdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace plenary::gui {

CredentialsDialog::CredentialsDialog(const git::CredentialRequest &request, QWidget *parent)
    : QDialog(parent), m_ssh(request.ssh), m_user(new QLineEdit(request.userName, this)),
      m_secret(new QLineEdit(this))
{
    setWindowTitle(tr("Sign In to the Remote"));
    m_user->setObjectName(QStringLiteral("user"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(this);
    auto *url = new QLabel(request.attempt > 1
                               ? tr("%1 refused the previous answer. Try again:").arg(request.url)
                               : tr("%1 asks who you are:").arg(request.url),
                           this);
    url->setWordWrap(true);
    url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(url);
    form->addRow(tr("&User name:"), m_user);
    if (m_ssh) {
        m_keyFile = new QLineEdit(this);
        m_keyFile->setObjectName(QStringLiteral("keyFile"));
        m_keyFile->setPlaceholderText(tr("none: sign in with the password"));
        auto *browse = new QPushButton(tr("&Choose…"), this);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(
                this, tr("Private Key"), QDir::homePath() + QLatin1String("/.ssh"));
            if (!file.isEmpty())
                m_keyFile->setText(file);
        });
        auto *row = new QHBoxLayout;
        row->addWidget(m_keyFile, 1);
        row->addWidget(browse);
        form->addRow(tr("&Key file:"), row);
        form->addRow(tr("&Password or key passphrase:"), m_secret);
    } else {
        form->addRow(tr("&Password or token:"), m_secret);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    (m_user->text().isEmpty() ? m_user : m_secret)->setFocus();
}

git::Credentials CredentialsDialog::credentials() const
{
    git::Credentials answer;
    answer.userName = m_user->text().trimmed();
    answer.password = m_secret->text();
    if (m_keyFile)
        answer.keyFile = m_keyFile->text().trimmed();
    return answer;
}

} // namespace plenary::gui
