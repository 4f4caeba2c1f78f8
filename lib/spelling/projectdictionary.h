#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace plenary {

/// A line of dictionary.txt that is not one word, with its line number (from 1).
struct ProjectDictionaryProblem
{
    int line = 0;
    QString message;
};

/// The project spelling dictionary, `dictionary.txt` in the repository (docs/spelling.md):
/// names and terms the delegations accept, one word a line, sorted by code point, UTF-8, so
/// that two clones' additions merge line by line. It commits nothing: the editor saves bytes()
/// with its next save, so every delegation gets the words.
class ProjectDictionary
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDictionary)

public:
    /// Reads the file's content. Lines that are not one word are reported with their line
    /// number and kept byte for byte; duplicates and the order are normalised.
    [[nodiscard]] static ProjectDictionary read(const QByteArray &bytes);

    /// The words, sorted by code point, each once.
    [[nodiscard]] QStringList words() const;
    [[nodiscard]] bool contains(const QString &word) const { return m_words.contains(word); }
    [[nodiscard]] bool isEmpty() const { return m_words.isEmpty(); }
    [[nodiscard]] const QList<ProjectDictionaryProblem> &problems() const { return m_problems; }

    /// Adds a word: true when added, false when it was there already; an error for something
    /// that is not one word (empty, with a space or a control character, over 100 characters).
    [[nodiscard]] Result<bool> add(const QString &word);

    /// The file's new content: every line sorted by its bytes (the words and the kept bad
    /// lines), each ending with LF; empty when there is nothing.
    [[nodiscard]] QByteArray bytes() const;

    /// Why `word` cannot be a line of the file, or an empty string when it can.
    [[nodiscard]] static QString problemWith(const QString &word);

private:
    QSet<QString> m_words;
    QList<QByteArray> m_keptLines; // bad lines, byte for byte
    QList<ProjectDictionaryProblem> m_problems;
};

} // namespace plenary
