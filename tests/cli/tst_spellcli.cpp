// plenary spell as a user runs it, and the oracle: on sample texts in English, French,
// Russian, Spanish and Arabic with at least 20 planted misspellings each, the words
// `plenary spell --list` reports are the words the hunspell program (`hunspell -l -d DICT`)
// reports for the same paragraph texts, minus the project dictionary and the closed list of
// exceptions of docs/spelling.md; and every planted misspelling is among them.
#include "cliprocess.h"
#include "document/documentreader.h"
#include "document/paragraphmarkup.h"
#include "spelling/projectdictionary.h"
#include "spelling/spellingtokenizer.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace plenary;

namespace {

// UTF-8 in and out for the hunspell program, and only the dictionaries installed on the system.
const QStringList kSpellEnvironment{QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("DICPATH")};
constexpr int kTimeoutMs = 120000;

Run run(const QString &program, const QStringList &args, const QString &dir,
        const QByteArray &input = QByteArray())
{
    return runProgram(program, args, dir, kSpellEnvironment, input, kTimeoutMs);
}

Run runPlenaryIn(const QString &dir, const QStringList &args)
{
    return run(QStringLiteral(PLENARY_BIN), args, dir);
}

QString dataPath(const QString &name)
{
    return QStringLiteral(PLENARY_SPELLING_DATA "/") + name;
}

// The paragraph's text with its markup replaced by spaces (the '*' of opening words,
// brackets, cross-references, alternative labels), so that the hunspell program reads the
// prose Plenary checks.
QString prose(const QString &text)
{
    QString out = text;
    const ParagraphMarkup markup = ParagraphMarkup::analyse(text);
    for (const CrossReference &ref : markup.crossReferences)
        out.replace(ref.begin, ref.length, QString(ref.length, u' '));
    for (const Alternative &alt : markup.alternatives) {
        const qsizetype begin = markup.spans[alt.span].begin + 1;
        out.replace(begin, alt.contentBegin - begin, QString(alt.contentBegin - begin, u' '));
    }
    for (QChar &c : out)
        if (c == u'[' || c == u']' || c == u'*')
            c = u' ';
    // The exceptions that are whole runs (URLs, e-mail addresses, document symbols) go too:
    // the program splits "A/77/L.5" into letters that its dictionary may not have.
    for (const SpellingToken &token : SpellingTokenizer().tokenize(text))
        if (token.kind == SpellingToken::Kind::Url || token.kind == SpellingToken::Kind::Email ||
            token.kind == SpellingToken::Kind::DocumentSymbol)
            out.replace(token.begin, token.length, QString(token.length, u' '));
    return out;
}

// hunspell -l over texts, one per line; the words it reports, normalised as Plenary reports
// them: a word's surrounding apostrophes and final periods are punctuation, not part of it
// (hunspell -l keeps them where the dictionary's WORDCHARS has them); what remains is checked
// again by the hunspell program, so the oracle stays the program's.
QStringList hunspellWords(const QString &dictionary, const QStringList &texts, const QString &dir)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("hunspell"));
    const QStringList args{QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("UTF-8"),
                           QStringLiteral("-d"), dictionary};
    const Run first = run(program, args, dir, texts.join(u'\n').toUtf8() + '\n');
    QStringList candidates;
    for (QString word : first.out.split(u'\n', Qt::SkipEmptyParts)) {
        while (!word.isEmpty() &&
               (word.endsWith(u'.') || word.endsWith(u'\u2019') || word.endsWith(u'\'')))
            word.chop(1);
        while (!word.isEmpty() && (word.startsWith(u'\u2019') || word.startsWith(u'\'')))
            word.remove(0, 1);
        if (!word.isEmpty())
            candidates.append(word);
    }
    const Run again = run(program, args, dir, candidates.join(u'\n').toUtf8() + '\n');
    const QStringList stillWrong = again.out.split(u'\n', Qt::SkipEmptyParts);
    QStringList words;
    for (const QString &word : candidates)
        if (stillWrong.contains(word))
            words.append(word);
    return words;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestSpellCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("hunspell")).isEmpty(),
                 "the oracle needs the hunspell program: apt-get install hunspell");
    }

    void oracle_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dictionary");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en_GB");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("fr_FR");
        QTest::newRow("Russian") << QStringLiteral("ru") << QStringLiteral("ru_RU");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("es_ES");
        QTest::newRow("Arabic") << QStringLiteral("ar") << QStringLiteral("ar");
    }

    void oracle()
    {
        QFETCH(QString, language);
        QFETCH(QString, dictionary);
        if (!QFile::exists(QStringLiteral("/usr/share/hunspell/") + dictionary + ".dic"))
            QSKIP("the dictionary is not installed");
        const QString file = dataPath(language + QLatin1String(".plenary"));
        const ReadResult read = DocumentReader::read(readFile(file));
        QVERIFY(!read.hasErrors());

        // Plenary's words, run as a user runs it, in a negotiation with a project dictionary.
        const QString dir = m_tmp.filePath(language);
        QCOMPARE(runPlenaryIn(m_tmp.path(), {QStringLiteral("demo"), dir}).exitCode, 0);
        QVERIFY(QFile::remove(dir + QLatin1String("/text.plenary")));
        QVERIFY(QFile::copy(file, dir + QLatin1String("/text.plenary")));
        const QByteArray projectWords = QByteArrayLiteral("Muhriddin\nAstana\nAstaná\n");
        QVERIFY(writeFile(dir + QLatin1String("/dictionary.txt"), projectWords));
        const Run spell = runPlenaryIn(dir, {QStringLiteral("spell"), QStringLiteral("--list")});
        QCOMPARE(spell.exitCode, 1);
        QVERIFY2(spell.err.isEmpty(), qPrintable(spell.err));
        const QStringList plenaryWords = spell.out.split(u'\n', Qt::SkipEmptyParts);

        // The hunspell program's words for the same texts, minus exceptions and project words.
        QStringList texts{prose(read.document.header.title)};
        for (const Paragraph &p : read.document.paragraphs)
            texts.append(prose(p.text));
        const ProjectDictionary project = ProjectDictionary::read(projectWords);
        QStringList expected;
        for (const QString &word : hunspellWords(dictionary, texts, dir))
            if (SpellingTokenizer::classify(word) == SpellingToken::Kind::Word &&
                !project.contains(word))
                expected.append(word);
        QCOMPARE(sorted(plenaryWords), sorted(expected));

        // Every planted misspelling is found.
        const QStringList planted =
            QString::fromUtf8(readFile(dataPath(language + QLatin1String(".planted"))))
                .split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(planted.size() >= 20);
        for (const QString &word : planted)
            QVERIFY2(plenaryWords.contains(word), qPrintable(word));
        QVERIFY(!plenaryWords.contains(QStringLiteral("Muhriddin")));
    }

    // REF: word — suggestions; a file outside any negotiation; --language; exit codes.
    void referencesAndSuggestions()
    {
        const Run r = runPlenaryIn(m_tmp.path(),
                                   {QStringLiteral("spell"), QStringLiteral("--suggestions"),
                                    QStringLiteral("3"), dataPath(QStringLiteral("en.plenary"))});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first().section(u' ', 0, 1), QStringLiteral("title: Cooperashun"));
        QVERIFY2(r.out.contains(QStringLiteral("\nPP2: strenghten \u2014 strengthen")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\nOP1: implemment")));
        QVERIFY(r.out.contains(QStringLiteral("\nPP2: Muhriddin"))); // no project dictionary here
        for (const QString &line : lines)
            QVERIFY(line.count(u',') <= 2);

        const Run none =
            runPlenaryIn(m_tmp.path(), {QStringLiteral("spell"), QStringLiteral("--list"),
                                        QStringLiteral(PLENARY_SAMPLES "/summary.plenary"),
                                        QStringLiteral("--language"), QStringLiteral("fr")});
        QCOMPARE(none.exitCode, 1); // English words in French
        const Run usage = runPlenaryIn(
            m_tmp.path(), {QStringLiteral("spell"), QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(usage.exitCode, 2);
    }

    void cleanTextExitsZero()
    {
        const QString path = m_tmp.filePath(QStringLiteral("clean.plenary"));
        QVERIFY(writeFile(path, "format: plenary 1\ntitle: Declaration\nkind: declaration\n"
                                "language: en\n\nop #abcd1234 proposed: *Decides* to remain "
                                "seized of the matter, as in A/77/L.5 and OP5bis of UNOCT.\n"));
        const Run r = runPlenaryIn(m_tmp.path(), {QStringLiteral("spell"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
    }

    void missingDictionaryNamesThePackage()
    {
        const QString path = m_tmp.filePath(QStringLiteral("kk.plenary"));
        QVERIFY(writeFile(path, "format: plenary 1\ntitle: Declaration\nkind: declaration\n"
                                "language: kk\n\nop #abcd1234 proposed: Text.\n"));
        const Run r = runPlenaryIn(m_tmp.path(), {QStringLiteral("spell"), path});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QStringLiteral(
                            "plenary spell: error: no Kazakh dictionary: install hunspell-kk\n"));
    }
};

QTEST_GUILESS_MAIN(TestSpellCli)
#include "tst_spellcli.moc"
