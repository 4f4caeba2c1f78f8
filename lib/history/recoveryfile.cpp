#include "recoveryfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace plenary {

namespace {
constexpr char kMagic[] = "plenary-recovery 1\n";
}

QString RecoveryFile::stem(const QString &repositoryRoot)
{
    const QByteArray key =
        QCryptographicHash::hash(QFileInfo(repositoryRoot).canonicalFilePath().toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex();
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1String("/Plenary/recovery/") + QString::fromLatin1(key.left(16));
}

RecoveryFile::RecoveryFile(const QString &repositoryRoot, int slot)
    : m_repository(QFileInfo(repositoryRoot).canonicalFilePath())
{
    m_path = stem(repositoryRoot) +
             (slot > 0 ? QLatin1Char('-') + QString::number(slot) : QString()) +
             QLatin1String(".plenary-recovery");
}

bool RecoveryFile::write(const QByteArray &text, const QString &base,
                         const QByteArray &comments) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray head = kMagic;
    head += "repository: " + m_repository.toUtf8() + '\n';
    head += "base: " + base.toLatin1() + '\n';
    head += "written: " + QDateTime::currentDateTime().toString(Qt::ISODate).toLatin1() + '\n';
    // The comments, when there are unsaved ones, follow the text: the last N bytes.
    if (!comments.isEmpty())
        head += "comments: " + QByteArray::number(comments.size()) + '\n';
    head += '\n';
    file.write(head);
    file.write(text);
    file.write(comments);
    return file.commit();
}

std::optional<RecoveryFile::Content> RecoveryFile::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    const qsizetype split = bytes.indexOf("\n\n");
    if (!bytes.startsWith(kMagic) || split < 0)
        return std::nullopt;
    Content content;
    qint64 commentsSize = 0;
    for (const QByteArray &line : bytes.left(split).split('\n')) {
        if (line.startsWith("repository: ") && QString::fromUtf8(line.mid(12)) != m_repository)
            return std::nullopt; // a hash collision: not this repository's work
        if (line.startsWith("base: "))
            content.base = QString::fromLatin1(line.mid(6));
        if (line.startsWith("written: "))
            content.written = QDateTime::fromString(QString::fromLatin1(line.mid(9)), Qt::ISODate);
        if (line.startsWith("comments: "))
            commentsSize = line.mid(10).toLongLong();
    }
    content.text = bytes.mid(split + 2);
    if (commentsSize < 0 || commentsSize > content.text.size())
        return std::nullopt; // not a file this version wrote whole
    content.comments = content.text.right(commentsSize);
    content.text.chop(commentsSize);
    return content;
}

void RecoveryFile::remove() const
{
    QFile::remove(m_path);
}

} // namespace plenary
