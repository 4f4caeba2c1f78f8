#include "spelling/dictionaryencoding.h"
#include "spelling/dictionarylocator.h"
#include "spelling/spellchecker.h"

#include <QTemporaryDir>
#include <QTest>

using namespace plenary;

namespace {

QStringList words(const QList<Misspelling> &misspellings)
{
    QStringList out;
    for (const Misspelling &m : misspellings)
        out.append(m.word);
    return out;
}

const QString kLegacyFolder = QStringLiteral(PLENARY_SPELLING_DATA "/koi8r");

} // namespace

class TestSpellingDictionary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidates_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("en") << QStringLiteral("en") << QStringList{"en_GB", "en_US", "en"};
        QTest::newRow("en-GB") << QStringLiteral("en-GB") << QStringList{"en_GB", "en_US", "en"};
        QTest::newRow("fr") << QStringLiteral("fr") << QStringList{"fr_FR", "fr"};
        QTest::newRow("fr-CA") << QStringLiteral("fr-CA") << QStringList{"fr_CA", "fr_FR", "fr"};
        QTest::newRow("ru") << QStringLiteral("ru") << QStringList{"ru_RU", "ru"};
        QTest::newRow("es-419") << QStringLiteral("es-419") << QStringList{"es_419", "es_ES", "es"};
        QTest::newRow("ar") << QStringLiteral("ar") << QStringList{"ar", "ar_SA"};
        QTest::newRow("zh-Hans-CN")
            << QStringLiteral("zh-Hans-CN") << QStringList{"zh_CN", "zh_TW", "zh"};
        QTest::newRow("a path is no tag") << QStringLiteral("../../etc/x") << QStringList();
        QTest::newRow("empty") << QString() << QStringList();
    }

    void candidates()
    {
        QFETCH(QString, tag);
        QFETCH(QStringList, names);
        QCOMPARE(DictionaryLocator::candidates(tag), names);
    }

    void systemDictionariesOfTheSixLanguages_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("name");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en_GB");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("fr_FR");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("ru_RU");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("es_ES");
        QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("ar");
        QTest::newRow("es-MX") << QStringLiteral("es-MX") << QStringLiteral("es_MX");
    }

    void systemDictionariesOfTheSixLanguages()
    {
        QFETCH(QString, tag);
        QFETCH(QString, name);
        const auto location = DictionaryLocator({QStringLiteral("/usr/share/hunspell")}).find(tag);
        QVERIFY(location);
        QCOMPARE(location->name, name);
        QCOMPARE(location->affPath, QStringLiteral("/usr/share/hunspell/") + name + ".aff");
    }

    void missingDictionaryNotice_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("notice");
        QTest::newRow("ru") << QStringLiteral("ru")
                            << QStringLiteral("no Russian dictionary: install hunspell-ru");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("no English dictionary: install hunspell-en-us");
        QTest::newRow("en-GB") << QStringLiteral("en-GB")
                               << QStringLiteral("no English dictionary: install hunspell-en-gb");
        QTest::newRow("ar") << QStringLiteral("ar")
                            << QStringLiteral("no Arabic dictionary: install hunspell-ar");
    }

    // A language without a dictionary is a notice naming the package, not a failure to load.
    void missingDictionaryNotice()
    {
        QFETCH(QString, tag);
        QFETCH(QString, notice);
        QTemporaryDir empty;
        const DictionaryLocator locator({empty.path()});
        QVERIFY(!locator.find(tag));
        QCOMPARE(DictionaryLocator::missingNotice(tag), notice);
        const auto checker = SpellChecker::forLanguage(tag, locator);
        QVERIFY(!checker);
        QCOMPARE(checker.error().message, notice);
    }

    // DICPATH is system configuration: its folders come before /usr/share/hunspell.
    void dicpathFoldersFirst()
    {
        qputenv("DICPATH", QFile::encodeName(kLegacyFolder + ":/nonexistent"));
        const QStringList folders = DictionaryLocator::systemFolders();
        qunsetenv("DICPATH");
        QCOMPARE(folders, (QStringList{kLegacyFolder, QStringLiteral("/nonexistent"),
                                       QStringLiteral("/usr/share/hunspell")}));
        const auto location = DictionaryLocator(folders).find(QStringLiteral("ru"));
        QVERIFY(location);
        QCOMPARE(location->affPath, kLegacyFolder + QStringLiteral("/ru_RU.aff"));
    }

    // The KOI8-R test dictionary: words, affixes and suggestions go through iconv.
    void legacyEncodingDictionary()
    {
        auto checker =
            SpellChecker::forLanguage(QStringLiteral("ru"), DictionaryLocator({kLegacyFolder}));
        QVERIFY2(checker, qPrintable(checker ? QString() : checker.error().message));
        QCOMPARE(checker->dictionary().encoding(), QStringLiteral("KOI8-R"));
        QVERIFY(checker->isAccepted(u"безопасность"));
        QVERIFY(checker->isAccepted(u"договоры")); // the suffix rule, read as KOI8-R
        QVERIFY(checker->isAccepted(u"Ташкент"));
        QVERIFY(!checker->isAccepted(u"мирр"));
        QVERIFY(!checker->isAccepted(u"Hello"));
        // A letter KOI8-R cannot hold: not in the dictionary, so misspelled, never a crash.
        QVERIFY(!checker->isAccepted(u"État"));
        QCOMPARE(words(checker->check(
                     QStringLiteral("*Ташкент* мирр и [безопасность] État договоры Hello"))),
                 (QStringList{"мирр", "État", "Hello"}));
        const QStringList suggestions = checker->suggest(u"мирр");
        QVERIFY2(suggestions.contains(QStringLiteral("мир")), qPrintable(suggestions.join(',')));
        // Project words the encoding cannot hold are still accepted.
        checker->addProjectWord(QStringLiteral("État"));
        QVERIFY(checker->isAccepted(u"État"));
        checker->addProjectWord(QStringLiteral("Муҳриддин"));
        QVERIFY(checker->isAccepted(u"Муҳриддин"));
    }

    void encodingNames()
    {
        QCOMPARE(DictionaryEncoding::iconvName("microsoft-cp1251"), QByteArray("CP1251"));
        QVERIFY(DictionaryEncoding("microsoft-cp1251").isValid());
        QVERIFY(DictionaryEncoding("ISO8859-2").isValid());
        QVERIFY(!DictionaryEncoding("NO-SUCH-ENCODING").isValid());
        DictionaryEncoding cp1251("microsoft-cp1251");
        std::string bytes;
        QVERIFY(cp1251.encode(u"мир", bytes));
        QCOMPARE(QByteArray::fromStdString(bytes), QByteArray("\xEC\xE8\xF0"));
        QCOMPARE(cp1251.decode(bytes), QStringLiteral("мир"));
        DictionaryEncoding latin1("ISO8859-1");
        QVERIFY(latin1.encode(u"État", bytes));
        QCOMPARE(QByteArray::fromStdString(bytes), QByteArray("\xC9tat"));
        QVERIFY(!latin1.encode(u"мир", bytes));
    }

    void systemDictionariesCheckTheirLanguage_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("misspelled");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("*Recognizing* the [need] to strenghten "
                                              "counter-terorism cooperation with UNOCT, don't")
                            << QStringList{"strenghten", "terorism"};
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("*Reconnaissant* le rôle de l’État et du "
                                              "porte-parolle, etc. Fin.")
                            << QStringList{"porte-parolle"};
        QTest::newRow("ru") << QStringLiteral("ru")
                            << QStringLiteral("*Признавая* необходимость укрепленя сотрудничества")
                            << QStringList{"укрепленя"};
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringLiteral("*Reconociendo* la necesidad de fortaleser la "
                                              "cooperación")
                            << QStringList{"fortaleser"};
        QTest::newRow("ar") << QStringLiteral("ar")
                            << QStringLiteral("إذ نؤكد أهمية التعاون الإقليمي في مكافحة الارهابب")
                            << QStringList{"الارهابب"};
    }

    void systemDictionariesCheckTheirLanguage()
    {
        QFETCH(QString, tag);
        QFETCH(QString, text);
        QFETCH(QStringList, misspelled);
        auto checker = SpellChecker::forLanguage(
            tag, DictionaryLocator({QStringLiteral("/usr/share/hunspell")}));
        QVERIFY(checker);
        const QList<Misspelling> found = checker->check(text);
        QCOMPARE(words(found), misspelled);
        for (const Misspelling &m : found)
            QCOMPARE(text.mid(m.begin, m.length), m.word);
    }
};

QTEST_GUILESS_MAIN(TestSpellingDictionary)
#include "tst_spellingdictionary.moc"
