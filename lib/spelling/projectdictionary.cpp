#include "projectdictionary.h"

#include <QStringDecoder>
#include <algorithm>

namespace plenary {

namespace {

constexpr qsizetype kLongestWord = 100;

} // namespace

QString ProjectDictionary::problemWith(const QString &word)
{
    if (word.isEmpty())
        return tr("empty line");
    if (word.size() > kLongestWord)
        return tr("'%1…' is longer than %2 characters").arg(word.left(20)).arg(kLongestWord);
    for (QChar c : word) {
        if (c.isSpace())
            return tr("'%1' is not one word: it contains a space").arg(word);
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("control character U+%1 in the word")
                .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    }
    return QString();
}

ProjectDictionary ProjectDictionary::read(const QByteArray &bytes)
{
    ProjectDictionary dictionary;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i == lines.size() - 1 && line.isEmpty())
            break; // after the last line end
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue; // a blank line holds nothing to keep
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString word = decoder.decode(line);
        QString problem = decoder.hasError() ? tr("not valid UTF-8") : problemWith(word);
        if (!problem.isEmpty()) {
            dictionary.m_problems.append({int(i + 1), problem});
            dictionary.m_keptLines.append(lines[i]);
            continue;
        }
        dictionary.m_words.insert(word);
    }
    return dictionary;
}

QStringList ProjectDictionary::words() const
{
    QStringList words(m_words.cbegin(), m_words.cend());
    std::sort(words.begin(), words.end(),
              [](const QString &a, const QString &b) { return a.toUcs4() < b.toUcs4(); });
    return words;
}

Result<bool> ProjectDictionary::add(const QString &word)
{
    if (const QString problem = problemWith(word); !problem.isEmpty())
        return Error{Error::Kind::Invalid, problem};
    if (m_words.contains(word))
        return false;
    m_words.insert(word);
    return true;
}

QByteArray ProjectDictionary::bytes() const
{
    QList<QByteArray> lines = m_keptLines;
    for (const QString &word : m_words)
        lines.append(word.toUtf8());
    // Byte order of UTF-8 is code point order: the same on every machine and locale.
    std::sort(lines.begin(), lines.end());
    QByteArray out;
    for (const QByteArray &line : lines)
        out += line + '\n';
    return out;
}

} // namespace plenary
