#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

/// A throwaway OpenSSH server on 127.0.0.1 for tests of ssh:// remotes: its own host key, a
/// client key it accepts (and any others added), a known_hosts file that trusts it, all in a
/// folder of the test's. Stopped when destroyed.
class SshServer
{
public:
    /// Why ssh cannot be tested here ("/usr/sbin/sshd is not installed …"), or empty.
    [[nodiscard]] static QString unavailable();

    /// Generates the keys under `folder` and starts sshd; false with error() set if it did not.
    /// `extraAuthorizedKeys` are further private keys it accepts (their .pub is read).
    bool start(const QString &folder, const QStringList &extraAuthorizedKeys = {});
    ~SshServer();

    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] int port() const { return m_port; }
    /// The private key the server accepts, without a passphrase.
    [[nodiscard]] QString clientKey() const { return m_folder + QLatin1String("/client"); }
    /// The server's host key as a known_hosts file has it ("[127.0.0.1]:PORT ssh-ed25519 …").
    [[nodiscard]] const QByteArray &knownHostsLine() const { return m_knownHostsLine; }
    /// A known_hosts file holding knownHostsLine().
    [[nodiscard]] QString knownHostsFile() const
    {
        return m_folder + QLatin1String("/known_hosts");
    }
    /// "ssh://USER@127.0.0.1:PORT/path"
    [[nodiscard]] QString url(const QString &absolutePath) const;

    /// Runs a program and waits; false (with its error output as a warning) if it failed.
    static bool run(const QString &program, const QStringList &args);
    /// A free TCP port on 127.0.0.1.
    [[nodiscard]] static int freePort();
    /// Makes a passwordless (or `passphrase`) ed25519 key pair at `file`.
    static bool makeKey(const QString &file, const QString &passphrase = {});

private:
    QString m_folder;
    QString m_error;
    int m_port = -1;
    QByteArray m_knownHostsLine;
    std::unique_ptr<QProcess> m_server;
};
