#include "spelling/spellingservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <thread>
#include <vector>

using namespace plenary;

namespace {

const DictionaryLocator kSystem({QStringLiteral("/usr/share/hunspell")});

QStringList words(const SpellingResult &result)
{
    QStringList out;
    for (const Misspelling &m : result.misspellings)
        out.append(m.word);
    return out;
}

SpellingResult resultAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<SpellingResult>();
}

// Waits until the spy has `count` signals (several may arrive in one wait).
bool waitFor(QSignalSpy &spy, qsizetype count)
{
    while (spy.size() < count)
        if (!spy.wait(10000))
            return false;
    return true;
}

} // namespace

class TestSpellingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageReady()
    {
        SpellingService service(kSystem);
        QSignalSpy language(&service, &SpellingService::languageChanged);
        service.setLanguage(QStringLiteral("en"));
        QVERIFY(waitFor(language, 1));
        QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("en"));
        QVERIFY(language.at(0).at(1).toBool());
        QVERIFY(service.isReady());
        QVERIFY(service.notice().isEmpty());
    }

    // A missing dictionary: a notice, checks dropped, nothing stops.
    void missingDictionaryNotice()
    {
        QTemporaryDir empty;
        SpellingService service(DictionaryLocator({empty.path()}));
        QSignalSpy language(&service, &SpellingService::languageChanged);
        QSignalSpy checked(&service, &SpellingService::checked);
        service.setLanguage(QStringLiteral("ru"));
        QVERIFY(waitFor(language, 1));
        QVERIFY(!language.at(0).at(1).toBool());
        QCOMPARE(language.at(0).at(2).toString(),
                 QStringLiteral("no Russian dictionary: install hunspell-ru"));
        QCOMPARE(service.notice(), QStringLiteral("no Russian dictionary: install hunspell-ru"));
        service.check({{QStringLiteral("p1"), QStringLiteral("текст"), 1}});
        QTRY_COMPARE(service.pendingChecks(), 0);
        QVERIFY(!checked.wait(200));
    }

    void checksInPriorityOrderWithOffsets()
    {
        SpellingService service(kSystem);
        QSignalSpy checked(&service, &SpellingService::checked);
        service.setLanguage(QStringLiteral("en"));
        service.check({{QStringLiteral("a"), QStringLiteral("Fisrt paragraph."), 1},
                       {QStringLiteral("b"), QStringLiteral("Second paragrap."), 1},
                       {QStringLiteral("c"), QStringLiteral("*Noting* the [thrid] one"), 1}});
        service.prioritize({QStringLiteral("c")});
        QVERIFY(waitFor(checked, 3));
        // The language loads first; meanwhile "c" moved to the front.
        QCOMPARE(resultAt(checked, 0).paragraphId, QStringLiteral("c"));
        QCOMPARE(words(resultAt(checked, 0)), QStringList{"thrid"});
        QCOMPARE(resultAt(checked, 0).misspellings[0].begin, 14);
        QCOMPARE(resultAt(checked, 0).misspellings[0].length, 5);
        QCOMPARE(resultAt(checked, 1).paragraphId, QStringLiteral("a"));
        QCOMPARE(words(resultAt(checked, 1)), QStringList{"Fisrt"});
        QCOMPARE(words(resultAt(checked, 2)), QStringList{"paragrap"});
    }

    // A paragraph submitted again before its check keeps its place with the newer text; a
    // cancelled one is never answered.
    void staleRequestsReplacedAndCancelled()
    {
        SpellingService service(kSystem);
        QSignalSpy language(&service, &SpellingService::languageChanged);
        QSignalSpy checked(&service, &SpellingService::checked);
        service.setLanguage(QStringLiteral("en"));
        service.check({{QStringLiteral("a"), QStringLiteral("olld text"), 1},
                       {QStringLiteral("b"), QStringLiteral("gone paragrapp"), 1},
                       {QStringLiteral("c"), QStringLiteral("last one"), 1}});
        service.check({{QStringLiteral("a"), QStringLiteral("neww text"), 2}});
        service.cancel({QStringLiteral("b")});
        QVERIFY(waitFor(checked, 2));
        QVERIFY(!checked.wait(300));
        QCOMPARE(checked.size(), 2);
        QCOMPARE(resultAt(checked, 0).paragraphId, QStringLiteral("a"));
        QCOMPARE(resultAt(checked, 0).revision, quint64(2));
        QCOMPARE(words(resultAt(checked, 0)), QStringList{"neww"});
        QCOMPARE(resultAt(checked, 1).paragraphId, QStringLiteral("c"));
        QVERIFY(resultAt(checked, 1).misspellings.isEmpty());
    }

    // Add to dictionary and Ignore re-check the paragraphs that had the word by themselves;
    // the project dictionary's bytes carry the added word for the next save.
    void addAndIgnoreRecheck()
    {
        SpellingService service(kSystem);
        QSignalSpy checked(&service, &SpellingService::checked);
        service.setProjectDictionary(ProjectDictionary::read(QByteArrayLiteral("UNRCCA\n")));
        service.setLanguage(QStringLiteral("en"));
        service.check(
            {{QStringLiteral("p"), QStringLiteral("Muhriddin spoke in Khujand and Termez."), 7}});
        QVERIFY(waitFor(checked, 1));
        QCOMPARE(words(resultAt(checked, 0)), (QStringList{"Muhriddin", "Khujand", "Termez"}));

        const auto added = service.addToProject(QStringLiteral("Muhriddin"));
        QVERIFY(added && added.value());
        QVERIFY(waitFor(checked, 2));
        QCOMPARE(resultAt(checked, 1).revision, quint64(7));
        QCOMPARE(words(resultAt(checked, 1)), (QStringList{"Khujand", "Termez"}));
        QCOMPARE(service.projectDictionary().bytes(), QByteArray("Muhriddin\nUNRCCA\n"));

        service.ignore(QStringLiteral("Khujand"));
        QVERIFY(waitFor(checked, 3));
        QCOMPARE(words(resultAt(checked, 2)), QStringList{"Termez"});
        QCOMPARE(service.projectDictionary().bytes(), QByteArray("Muhriddin\nUNRCCA\n"));
        QVERIFY(!service.addToProject(QStringLiteral("two words")));
    }

    void suggestionsOnDemand()
    {
        SpellingService service(kSystem);
        QSignalSpy suggestions(&service, &SpellingService::suggestionsReady);
        service.setLanguage(QStringLiteral("fr"));
        const quint64 request = service.requestSuggestions(QStringLiteral("gouvernment"), 3);
        QVERIFY(waitFor(suggestions, 1));
        QCOMPARE(suggestions.at(0).at(0).value<quint64>(), request);
        QCOMPARE(suggestions.at(0).at(1).toString(), QStringLiteral("gouvernment"));
        const QStringList list = suggestions.at(0).at(2).toStringList();
        QVERIFY(list.size() <= 3);
        QVERIFY2(list.contains(QStringLiteral("gouvernement")), qPrintable(list.join(',')));
    }

    // Hunspell 1.7.1 races even when two objects are constructed at once: services made and
    // loaded together from several threads all work (their constructions are serialised).
    void servicesLoadedTogether()
    {
        const QStringList languages{"en", "fr", "ru", "es", "en", "fr"};
        std::vector<std::unique_ptr<SpellingService>> services;
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (qsizetype i = 0; i < languages.size(); ++i) {
            services.push_back(std::make_unique<SpellingService>(kSystem));
            spies.push_back(
                std::make_unique<QSignalSpy>(services.back().get(), &SpellingService::checked));
        }
        for (size_t i = 0; i < services.size(); ++i) {
            services[i]->setLanguage(languages[int(i)]);
            services[i]->check({{QStringLiteral("p"), QStringLiteral("zzqxv"), 1}});
        }
        for (auto &spy : spies) {
            QVERIFY(waitFor(*spy, 1));
            QCOMPARE(words(resultAt(*spy, 0)), QStringList{"zzqxv"});
        }
    }
};

QTEST_GUILESS_MAIN(TestSpellingService)
#include "tst_spellingservice.moc"
