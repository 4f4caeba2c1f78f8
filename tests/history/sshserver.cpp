#include "sshserver.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
const QString kSshd = QStringLiteral("/usr/sbin/sshd");
}

QString SshServer::unavailable()
{
    if (!QFileInfo(kSshd).isExecutable())
        return QStringLiteral("/usr/sbin/sshd is not installed (Debian package openssh-server)");
    if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
        return QStringLiteral("ssh-keygen is not installed (Debian package openssh-client)");
    return QString();
}

bool SshServer::run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning().noquote() << program << args << process.readAllStandardError();
        return false;
    }
    return true;
}

int SshServer::freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = -1;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool SshServer::makeKey(const QString &file, const QString &passphrase)
{
    return run(QStringLiteral("ssh-keygen"),
               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                QStringLiteral("-N"), passphrase, QStringLiteral("-f"), file});
}

bool SshServer::start(const QString &folder, const QStringList &extraAuthorizedKeys)
{
    m_folder = folder;
    if (m_error = unavailable(); !m_error.isEmpty())
        return false;
    // sshd started by root needs its privilege separation folder, as the service makes it.
    if (::geteuid() == 0 && !QFileInfo::exists(QStringLiteral("/run/sshd")))
        QDir().mkpath(QStringLiteral("/run/sshd"));
    const QString hostKey = folder + QLatin1String("/host");
    if (!QDir().mkpath(folder) || !makeKey(hostKey) || !makeKey(clientKey())) {
        m_error = QStringLiteral("ssh-keygen failed");
        return false;
    }
    QByteArray authorized;
    for (const QString &key : QStringList{clientKey()} + extraAuthorizedKeys) {
        QFile pub(key + QLatin1String(".pub"));
        if (!pub.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read %1.pub").arg(key);
            return false;
        }
        authorized += pub.readAll();
    }
    QFile authorizedFile(folder + QLatin1String("/authorized_keys"));
    if (!authorizedFile.open(QIODevice::WriteOnly) || authorizedFile.write(authorized) < 0)
        return false;
    authorizedFile.close();

    m_port = freePort();
    const QString config = folder + QLatin1String("/sshd_config");
    QFile configFile(config);
    if (!configFile.open(QIODevice::WriteOnly))
        return false;
    configFile.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile "
                                    "%3/sshd.pid\nAuthorizedKeysFile %3/authorized_keys\n"
                                    "StrictModes no\nPermitRootLogin yes\n"
                                    "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                                    "UsePAM no\n")
                         .arg(QString::number(m_port), hostKey, folder)
                         .toUtf8());
    configFile.close();

    m_server = std::make_unique<QProcess>();
    m_server->start(kSshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                            config, QStringLiteral("-p"), QString::number(m_port)});
    if (!m_server->waitForStarted()) {
        m_error = QStringLiteral("sshd did not start");
        return false;
    }
    QByteArray log;
    const QDeadlineTimer deadline(10000);
    while (!log.contains("Server listening") && m_server->state() == QProcess::Running &&
           !deadline.hasExpired()) {
        m_server->waitForReadyRead(200);
        log += m_server->readAllStandardError();
    }
    if (!log.contains("Server listening")) {
        m_error = QStringLiteral("sshd did not listen: ") + QString::fromLocal8Bit(log);
        return false;
    }

    QFile hostPublic(hostKey + QLatin1String(".pub"));
    if (!hostPublic.open(QIODevice::ReadOnly))
        return false;
    m_knownHostsLine =
        QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toUtf8() + hostPublic.readAll();
    QFile known(knownHostsFile());
    return known.open(QIODevice::WriteOnly) && known.write(m_knownHostsLine) > 0;
}

SshServer::~SshServer()
{
    if (m_server) {
        m_server->terminate();
        m_server->waitForFinished(5000);
    }
}

QString SshServer::url(const QString &absolutePath) const
{
    const QString user = qEnvironmentVariableIsEmpty("USER")
                             ? QStringLiteral("root")
                             : QString::fromLocal8Bit(qgetenv("USER"));
    return QStringLiteral("ssh://%1@127.0.0.1:%2%3").arg(user).arg(m_port).arg(absolutePath);
}
