#pragma once

#include "git/remote.h"

#include <QDialog>

class QLineEdit;

namespace plenary::gui {

/// Asks for what a remote wants when no stored credentials were accepted: a user name and a
/// password or token (http), or a key file and its passphrase (ssh), with the URL shown.
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CredentialsDialog(const git::CredentialRequest &request, QWidget *parent = nullptr);

    [[nodiscard]] git::Credentials credentials() const;

private:
    bool m_ssh;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLineEdit *m_keyFile = nullptr;
};

} // namespace plenary::gui
