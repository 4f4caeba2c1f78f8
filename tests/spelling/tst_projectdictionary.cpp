#include "spelling/dictionarylocator.h"
#include "spelling/projectdictionary.h"
#include "spelling/spellchecker.h"

#include <QTest>

using namespace plenary;

class TestProjectDictionary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Read, add, write, read again: the same words, sorted by code point, one a line.
    void roundTrip()
    {
        ProjectDictionary dictionary =
            ProjectDictionary::read(QByteArrayLiteral("UNRCCA\nMuhriddin\r\n\nMuhriddin\nabc"));
        QVERIFY(dictionary.problems().isEmpty());
        QCOMPARE(dictionary.words(), (QStringList{"Muhriddin", "UNRCCA", "abc"}));
        QCOMPARE(dictionary.bytes(), QByteArray("Muhriddin\nUNRCCA\nabc\n"));

        auto added = dictionary.add(QStringLiteral("Ташкентский"));
        QVERIFY(added && added.value());
        added = dictionary.add(QStringLiteral("Muhriddin"));
        QVERIFY(added && !added.value());
        added = dictionary.add(QStringLiteral("Bishkek"));
        QVERIFY(added && added.value());
        const QByteArray bytes = dictionary.bytes();
        QCOMPARE(bytes, QStringLiteral("Bishkek\nMuhriddin\nUNRCCA\nabc\nТашкентский\n").toUtf8());
        const ProjectDictionary again = ProjectDictionary::read(bytes);
        QCOMPARE(again.words(), dictionary.words());
        QCOMPARE(again.bytes(), bytes);
        QVERIFY(ProjectDictionary::read(QByteArray()).bytes().isEmpty());
    }

    // Lines that are not one word are reported by line number and kept byte for byte.
    void badLinesReportedAndKept()
    {
        const QByteArray bytes = QByteArrayLiteral("Muhriddin\ntwo words\n\xff\xfe\nUNRCCA\n");
        const ProjectDictionary dictionary = ProjectDictionary::read(bytes);
        QCOMPARE(dictionary.words(), (QStringList{"Muhriddin", "UNRCCA"}));
        QCOMPARE(dictionary.problems().size(), 2);
        QCOMPARE(dictionary.problems()[0].line, 2);
        QCOMPARE(dictionary.problems()[0].message,
                 QStringLiteral("'two words' is not one word: it contains a space"));
        QCOMPARE(dictionary.problems()[1].line, 3);
        QCOMPARE(dictionary.problems()[1].message, QStringLiteral("not valid UTF-8"));
        QCOMPARE(dictionary.bytes(), QByteArray("Muhriddin\nUNRCCA\ntwo words\n\xff\xfe\n"));
    }

    void refusesWhatIsNotOneWord_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << QStringLiteral("two words");
        QTest::newRow("tab") << QStringLiteral("a\tb");
        QTest::newRow("line break") << QStringLiteral("a\nb");
        QTest::newRow("control") << QStringLiteral("a\u0007b");
        QTest::newRow("long") << QString(101, u'a');
    }

    void refusesWhatIsNotOneWord()
    {
        QFETCH(QString, word);
        ProjectDictionary dictionary;
        const auto added = dictionary.add(word);
        QVERIFY(!added);
        QVERIFY(!added.error().message.isEmpty());
        QVERIFY(dictionary.isEmpty());
    }

    // The project's words reach Hunspell one by one with add(): accepted from then on.
    void projectWordsAccepted()
    {
        auto checker = SpellChecker::forLanguage(
            QStringLiteral("en"), DictionaryLocator({QStringLiteral("/usr/share/hunspell")}));
        QVERIFY(checker);
        const QString text = QStringLiteral("Muhriddin met the UNRCCA team in Termez.");
        QCOMPARE(checker->check(text).size(), 2); // Muhriddin, Termez; UNRCCA is capitals
        const ProjectDictionary dictionary =
            ProjectDictionary::read(QByteArrayLiteral("Muhriddin\nTermez\n"));
        for (const QString &word : dictionary.words())
            checker->addProjectWord(word);
        QVERIFY(checker->check(text).isEmpty());
        QVERIFY(checker->isAccepted(u"MUHRIDDIN")); // Hunspell's capitalisation rules apply
    }
};

QTEST_GUILESS_MAIN(TestProjectDictionary)
#include "tst_projectdictionary.moc"
