#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "gitprogram.h"
#include "history/demonegotiation.h"
#include "history/negotiationrepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace plenary;

namespace {

const QByteArray kText = "format: plenary 1\ntitle: T\nkind: declaration\nlanguage: en\n\n"
                         "op #aaaa1111 proposed numbered: *Calls upon* all States;\n\n"
                         "op #bbbb2222 proposed numbered: *Encourages* cooperation;\n\n"
                         "op #cccc3333 proposed numbered: *Decides* to remain seized.\n";

Manifest manifest()
{
    Manifest m;
    m.secretariat = QStringLiteral("UZ");
    m.delegations = {
        {QStringLiteral("UZ"), QStringLiteral("Uzbekistan"), QStringLiteral("#1f5fa8")},
        {QStringLiteral("EU"), QStringLiteral("European Union"), QStringLiteral("#b8560b")}};
    return m;
}

const Identity kHost{QStringLiteral("Dilnoza Karimova"), QStringLiteral("dk@mfa.uz"),
                     QStringLiteral("UZ")};
const Identity kDonor{QStringLiteral("Pieter Janssens"), QStringLiteral("pj@eeas.europa.eu"),
                      QStringLiteral("EU")};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestNegotiationRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->path(); }
    GitProgram git(const QStringList &args) const { return GitProgram::run(path(), args); }

    NegotiationRepository created()
    {
        auto repo =
            NegotiationRepository::create(path(), manifest(), DocumentReader::read(kText).document,
                                          kHost, QStringLiteral("Zero draft"));
        if (!repo)
            qFatal("cannot create: %s", qPrintable(repo.error().message));
        return std::move(repo.value());
    }

    Result<NegotiationRepository::SaveOutcome> saveText(NegotiationRepository &repo,
                                                        const QByteArray &text, const Identity &who,
                                                        const QString &message,
                                                        std::optional<git::Oid> base = {})
    {
        NegotiationRepository::SaveRequest request;
        request.base = base ? base : repo.openedAt();
        request.files.insert(NegotiationRepository::kTextFile, text);
        request.identity = who;
        request.message = message;
        return repo.save(request);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void createMakesOneCommitWithManifestAndText()
    {
        NegotiationRepository repo = created();
        QCOMPARE(
            git({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")})
                .out.trimmed(),
            QStringLiteral("1"));
        QCOMPARE(
            git({QStringLiteral("ls-tree"), QStringLiteral("--name-only"), QStringLiteral("HEAD")})
                .out,
            QStringLiteral(".gitattributes\nplenary.manifest\ntext.plenary\n"));
        QCOMPARE(readFile(repo.filePath(NegotiationRepository::kAttributesFile)),
                 QByteArray("comments.jsonl merge=union\n"));
        QCOMPARE(git({QStringLiteral("status"), QStringLiteral("--porcelain")}).out, QString());
        QCOMPARE(git({QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode, 0);
        QCOMPARE(readFile(repo.filePath(NegotiationRepository::kTextFile)), kText);
        QCOMPARE(readFile(repo.filePath(NegotiationRepository::kManifestFile)), manifest().write());
    }

    void saveIsOneCommitByTheDrafterWithTheDelegationTrailer()
    {
        NegotiationRepository repo = created();
        QByteArray edited = kText;
        edited.replace("all States", "all Member States");
        auto saved = saveText(repo, edited, kDonor, QStringLiteral("EU proposal on OP1"));
        QVERIFY(saved.isOk());
        QVERIFY(saved->commit.has_value());
        QCOMPARE(git({QStringLiteral("log"), QStringLiteral("-1"),
                      QStringLiteral("--format=%an|%ae|%s|%(trailers:key=Delegation,valueonly)")})
                     .out.trimmed(),
                 QStringLiteral("Pieter Janssens|pj@eeas.europa.eu|EU proposal on OP1|EU"));
        QCOMPARE(git({QStringLiteral("status"), QStringLiteral("--porcelain")}).out, QString());
        QCOMPARE(readFile(repo.filePath(NegotiationRepository::kTextFile)), edited);
        QCOMPARE(git({QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode, 0);
    }

    void saveWithNothingChangedCreatesNoCommit()
    {
        NegotiationRepository repo = created();
        const auto before = repo.openedAt();
        auto saved = saveText(repo, kText, kDonor, QStringLiteral("no change"));
        QVERIFY(saved.isOk());
        QVERIFY(!saved->commit.has_value());
        QCOMPARE(repo.openedAt(), before);
        QCOMPARE(
            git({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")})
                .out.trimmed(),
            QStringLiteral("1"));
    }

    void staleSaveIsRefusedAndOverwritesNothing()
    {
        NegotiationRepository first = created();
        auto second = NegotiationRepository::open(path());
        QVERIFY(second.isOk());
        QByteArray theirs = kText;
        theirs.replace("cooperation", "regional cooperation");
        QVERIFY(saveText(second.value(), theirs, kDonor, QStringLiteral("theirs")).isOk());

        QByteArray mine = kText;
        mine.replace("remain seized", "remain actively seized");
        auto refused = saveText(first, mine, kHost, QStringLiteral("mine"));
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().kind, Error::Kind::Stale);
        QVERIFY(refused.error().message.contains(QLatin1String("another save came first")));
        QCOMPARE(git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")})
                     .out.trimmed(),
                 QStringLiteral("theirs"));
        QCOMPARE(readFile(first.filePath(NegotiationRepository::kTextFile)), theirs);
    }

    void emptyMessageIsRefused()
    {
        NegotiationRepository repo = created();
        auto refused = saveText(repo, kText + "\n", kHost, QStringLiteral("  "));
        QVERIFY(!refused.isOk());
    }

    void unknownDelegationIsRefused()
    {
        NegotiationRepository repo = created();
        auto checked =
            repo.checkIdentity({QStringLiteral("X"), QStringLiteral("x@y"), QStringLiteral("RU")});
        QVERIFY(!checked.isOk());
        QCOMPARE(checked.error().message,
                 QStringLiteral("unknown delegation 'RU'; the manifest lists EU, UZ"));
        QVERIFY(repo.checkIdentity(kDonor).isOk());
    }

    void identityComesFromOverridesEnvironmentAndGit()
    {
        created();
        QVERIFY(
            git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Git User")})
                .exitCode == 0);
        QVERIFY(git({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("g@u")})
                    .exitCode == 0);
        auto repo = NegotiationRepository::open(path());
        QVERIFY(repo.isOk());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(path() + QLatin1String("/settings")));
        qunsetenv("PLENARY_AUTHOR");
        qunsetenv("PLENARY_DELEGATION");

        auto missing = Identity::resolve({}, repo->git());
        QVERIFY(!missing.isOk());
        QVERIFY(missing.error().message.startsWith(QLatin1String("no delegation")));

        auto fromGit = Identity::resolve({{}, QStringLiteral("EU")}, repo->git());
        QVERIFY(fromGit.isOk());
        QCOMPARE(fromGit->name, QStringLiteral("Git User"));
        QCOMPARE(fromGit->email, QStringLiteral("g@u"));

        qputenv("PLENARY_AUTHOR", "Env Person <env@example.org>");
        qputenv("PLENARY_DELEGATION", "UZ");
        auto fromEnv = Identity::resolve({}, repo->git());
        QVERIFY(fromEnv.isOk());
        QCOMPARE(fromEnv->name, QStringLiteral("Env Person"));
        QCOMPARE(fromEnv->delegation, QStringLiteral("UZ"));

        auto fromFlags = Identity::resolve(
            {QStringLiteral("Flag Person <flag@example.org>"), QStringLiteral("EU")}, repo->git());
        QVERIFY(fromFlags.isOk());
        QCOMPARE(fromFlags->email, QStringLiteral("flag@example.org"));
        QCOMPARE(fromFlags->delegation, QStringLiteral("EU"));

        auto malformed =
            Identity::resolve({QStringLiteral("no email"), QStringLiteral("EU")}, repo->git());
        QVERIFY(!malformed.isOk());
        qunsetenv("PLENARY_AUTHOR");
        qunsetenv("PLENARY_DELEGATION");
    }

    void delegationTrailerIsReadBack_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("delegation");
        QTest::newRow("trailer") << QStringLiteral("Subject\n\nDelegation: EU\n")
                                 << QStringLiteral("EU");
        QTest::newRow("with body") << QStringLiteral("Subject\n\nBody text.\n\nDelegation: OSCE")
                                   << QStringLiteral("OSCE");
        QTest::newRow("in the body only")
            << QStringLiteral("Subject\n\nDelegation: EU was here.\n\nSigned-off-by: x")
            << QString();
        QTest::newRow("none") << QStringLiteral("Commit by hand") << QString();
    }
    void delegationTrailerIsReadBack()
    {
        QFETCH(QString, message);
        QFETCH(QString, delegation);
        QCOMPARE(NegotiationRepository::delegationOf(message), delegation);
        QCOMPARE(NegotiationRepository::delegationOf(NegotiationRepository::commitMessage(
                     QStringLiteral("Hello"), QStringLiteral("UZ"))),
                 QStringLiteral("UZ"));
    }

    void manifestErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("first line") << QByteArray("secretariat: UZ\n")
                                    << QStringLiteral(":1:1: error: expected the first line "
                                                      "'format: plenary-manifest 1'");
        QTest::newRow("bad code") << QByteArray("format: plenary-manifest 1\nsecretariat: UZ\n"
                                                "delegation uz: #112233 Uzbekistan\n")
                                  << QStringLiteral(":3:12: error: delegation code 'uz' must be");
        QTest::newRow("bad colour") << QByteArray("format: plenary-manifest 1\nsecretariat: UZ\n"
                                                  "delegation UZ: blue Uzbekistan\n")
                                    << QStringLiteral(":3:16: error: expected a colour '#rrggbb'");
        QTest::newRow("twice") << QByteArray("format: plenary-manifest 1\nsecretariat: UZ\n"
                                             "delegation UZ: #112233 Uzbekistan\n"
                                             "delegation UZ: #112233 Uzbekistan\n")
                               << QStringLiteral(":4:12: error: delegation UZ is listed twice");
        QTest::newRow("no secretariat")
            << QByteArray("format: plenary-manifest 1\n"
                          "delegation UZ: #112233 Uzbekistan\n")
            << QStringLiteral(": error: the manifest names no secretariat");
        QTest::newRow("unknown secretariat")
            << QByteArray("format: plenary-manifest 1\nsecretariat: EU\n"
                          "delegation UZ: #112233 Uzbekistan\n")
            << QStringLiteral(
                   ": error: the secretariat EU is not one of the manifest's delegations");
        QTest::newRow("invalid UTF-8")
            << QByteArray("format: plenary-manifest 1\nsecretariat: \xff\n")
            << QStringLiteral(": error: the manifest is not valid UTF-8");
    }
    void manifestErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto read = Manifest::read(bytes);
        QVERIFY(read.hasErrors());
        QString all;
        for (const Diagnostic &d : read.diagnostics)
            all += d.format(QStringLiteral("plenary.manifest")) + QLatin1Char('\n');
        QVERIFY2(all.contains(QLatin1String("plenary.manifest") + message), qPrintable(all));
    }

    void manifestRoundTrip()
    {
        Manifest m = manifest();
        m.extraFields.append({QStringLiteral("proposal eu-op7"), QStringLiteral("EU proposal")});
        const auto read = Manifest::read(m.write());
        QVERIFY(!read.hasErrors());
        QCOMPARE(read.manifest.write(), m.write());
        QVERIFY(m.write().contains("delegation EU: #b8560b European Union\ndelegation UZ:"));
    }

    void tagsAreAnnotatedAndNeverMoved()
    {
        NegotiationRepository repo = created();
        QVERIFY(repo.tag(*repo.openedAt(), QStringLiteral("Rev.1"), kHost, QStringLiteral("Rev.1"))
                    .isOk());
        QCOMPARE(git({QStringLiteral("cat-file"), QStringLiteral("-t"), QStringLiteral("Rev.1")})
                     .out.trimmed(),
                 QStringLiteral("tag"));
        QVERIFY(git({QStringLiteral("cat-file"), QStringLiteral("-p"), QStringLiteral("Rev.1")})
                    .out.contains(QLatin1String("Delegation: UZ")));
        QByteArray edited = kText;
        edited.replace("cooperation", "close cooperation");
        QVERIFY(saveText(repo, edited, kHost, QStringLiteral("edit")).isOk());
        auto again =
            repo.tag(*repo.openedAt(), QStringLiteral("Rev.1"), kHost, QStringLiteral("x"));
        QVERIFY(!again.isOk());
        QCOMPARE(again.error().kind, Error::Kind::Exists);
        QVERIFY(!repo.tag(*repo.openedAt(), QStringLiteral("Rev 1..x"), kHost, QStringLiteral("x"))
                     .isOk());
        QVERIFY(!repo.tag(*repo.openedAt(), QStringLiteral("Rev.2"),
                          {QStringLiteral("A"), QStringLiteral("a@b"), QStringLiteral("XX")},
                          QStringLiteral("x"))
                     .isOk());
    }

    void logFiltersByDelegationAndParagraph()
    {
        NegotiationRepository repo = created();
        QByteArray v2 = kText;
        v2.replace("all States", "all Member States");
        QVERIFY(saveText(repo, v2, kDonor, QStringLiteral("EU on OP1")).isOk());
        QByteArray v3 = v2;
        v3.replace("to remain seized", "to remain actively seized");
        QVERIFY(saveText(repo, v3, kHost, QStringLiteral("UZ on OP3")).isOk());

        auto all = repo.log(*repo.openedAt(), {});
        QVERIFY(all.isOk());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->first().subject, QStringLiteral("UZ on OP3"));

        NegotiationRepository::LogFilter byEu;
        byEu.delegation = QStringLiteral("EU");
        QCOMPARE(repo.log(*repo.openedAt(), byEu)->size(), 1);

        NegotiationRepository::LogFilter byParagraph;
        byParagraph.paragraphId = QStringLiteral("aaaa1111");
        auto changedOp1 = repo.log(*repo.openedAt(), byParagraph);
        QCOMPARE(changedOp1->size(), 2); // created, then the EU edit
        QCOMPARE(changedOp1->first().subject, QStringLiteral("EU on OP1"));

        NegotiationRepository::LogFilter limited;
        limited.maxCount = 1;
        QCOMPARE(repo.log(*repo.openedAt(), limited)->size(), 1);
    }

    // Blame follows a paragraph by identifier through moves, renumbering and status changes.
    void blameFollowsParagraphsNotLines()
    {
        NegotiationRepository repo = created();
        const git::Oid first = *repo.openedAt();
        QByteArray v2 = kText;
        v2.replace("*Encourages* cooperation", "*Encourages* regional cooperation");
        QVERIFY(saveText(repo, v2, kDonor, QStringLiteral("EU on OP2")).isOk());
        const git::Oid second = *repo.openedAt();

        // Move OP3 to the top, mark OP1 agreed, insert a new paragraph.
        Document doc = DocumentReader::read(v2).document;
        doc.paragraphs.move(2, 0);
        doc.paragraphs[1].status = ParagraphStatus::Agreed;
        Paragraph fresh;
        fresh.id = QStringLiteral("dddd4444");
        fresh.text = QStringLiteral("*Welcomes* the offer;");
        doc.paragraphs.insert(2, fresh);
        QVERIFY(
            saveText(repo, DocumentWriter::write(doc), kHost, QStringLiteral("reorder")).isOk());
        const git::Oid third = *repo.openedAt();

        auto blame = repo.blame(third);
        QVERIFY2(blame.isOk(), blame ? "" : qPrintable(blame.error().message));
        QCOMPARE(blame->size(), 4);
        QCOMPARE(blame->at(0).paragraphId, QStringLiteral("cccc3333"));
        QCOMPARE(blame->at(0).revision.id, first);  // moved, text unchanged
        QCOMPARE(blame->at(1).revision.id, first);  // status changed, text unchanged
        QCOMPARE(blame->at(2).revision.id, third);  // new
        QCOMPARE(blame->at(3).revision.id, second); // edited by the EU
        QCOMPARE(blame->at(3).revision.delegation, QStringLiteral("EU"));
    }

    void textCommittedByHandWithGitIsRead()
    {
        NegotiationRepository repo = created();
        QByteArray byHand = kText;
        byHand.replace("all States", "all States and organizations");
        QVERIFY(writeFile(repo.filePath(NegotiationRepository::kTextFile), byHand));
        QCOMPARE(git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("by hand")})
                     .exitCode,
                 0);

        auto reopened = NegotiationRepository::open(path());
        QVERIFY(reopened.isOk());
        QCOMPARE(reopened->textAt(*reopened->openedAt()).value(), byHand);
        auto log = reopened->log(*reopened->openedAt(), {});
        QCOMPARE(log->first().subject, QStringLiteral("by hand"));
        QCOMPARE(log->first().delegation, QString());
        QCOMPARE(log->first().author.name, QStringLiteral("Hand Editor"));
        auto blame = reopened->blame(*reopened->openedAt());
        QVERIFY(blame.isOk());
        QCOMPARE(blame->first().revision.subject, QStringLiteral("by hand"));
    }

    void brokenRevisionIsReportedAndOthersStayUsable()
    {
        NegotiationRepository repo = created();
        QVERIFY(writeFile(repo.filePath(NegotiationRepository::kTextFile),
                          kText + "\nop #eeee5555 proposed: [unclosed\n"));
        QCOMPARE(git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("broken")})
                     .exitCode,
                 0);
        const QString broken =
            git({QStringLiteral("rev-parse"), QStringLiteral("--short=7"), QStringLiteral("HEAD")})
                .out.trimmed();
        QByteArray fixed = kText;
        fixed.replace("all States", "all the States");
        QVERIFY(writeFile(repo.filePath(NegotiationRepository::kTextFile), fixed));
        QCOMPARE(git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("fixed")})
                     .exitCode,
                 0);

        auto reopened = NegotiationRepository::open(path());
        QVERIFY(reopened.isOk());
        auto brokenRev = reopened->git().resolve(QStringLiteral("HEAD~1"));
        auto blameBroken = reopened->blame(brokenRev.value());
        QVERIFY(!blameBroken.isOk());
        QCOMPARE(blameBroken.error().message,
                 QStringLiteral("revision %1: text.plenary:12:24: error: unbalanced '[': this "
                                "bracket is never closed")
                     .arg(broken));
        auto blameHead = reopened->blame(*reopened->openedAt());
        QVERIFY(blameHead.isOk());
        QCOMPARE(blameHead->first().revision.subject, QStringLiteral("fixed"));
        QCOMPARE(reopened->log(*reopened->openedAt(), {})->size(), 3);
    }

    // "What did the OSCE change since Rev.2": checked against the git program's own diffs of
    // the OSCE's revisions.
    void paragraphsChangedByADelegation()
    {
        QTemporaryDir dir;
        const QString demo = dir.filePath(QStringLiteral("demo"));
        QVERIFY(DemoNegotiation::create(demo).isOk());
        auto repo = NegotiationRepository::open(demo);
        QVERIFY(repo.isOk());
        const git::Oid rev2 = repo->git().resolve(QStringLiteral("Rev.2")).value();
        auto osce = repo->paragraphsChangedBy(QStringLiteral("OSCE"), rev2, *repo->openedAt());
        QVERIFY(osce.isOk());

        QSet<QString> expected;
        const QStringList commits =
            GitProgram::run(demo,
                            {QStringLiteral("log"),
                             QStringLiteral("--format=%H %(trailers:key=Delegation,valueonly)"),
                             QStringLiteral("Rev.2..HEAD")})
                .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        static const QRegularExpression added(QStringLiteral("^\\+[a-z]+ #([a-z0-9]{8}) "));
        for (const QString &line : commits) {
            if (line.section(QLatin1Char(' '), 1).trimmed() != QLatin1String("OSCE"))
                continue;
            const QString commit = line.section(QLatin1Char(' '), 0, 0);
            const QStringList diff =
                GitProgram::run(demo, {QStringLiteral("diff"), QStringLiteral("-U0"),
                                       commit + QStringLiteral("^"), commit, QStringLiteral("--"),
                                       QStringLiteral("text.plenary")})
                    .out.split(QLatin1Char('\n'));
            for (const QString &d : diff)
                if (const auto m = added.match(d); m.hasMatch())
                    expected.insert(m.captured(1));
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(osce.value(), expected);
        // A delegation that saved nothing since, and a revision not in the history.
        QVERIFY(
            repo->paragraphsChangedBy(QStringLiteral("EU"), rev2, *repo->openedAt())->isEmpty());
        QVERIFY(!repo->paragraphsChangedBy(QStringLiteral("OSCE"), *repo->openedAt(), rev2).isOk());
    }

    void openRefusesWhatIsNotANegotiation_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a repository")
            << QStringLiteral("none") << QStringLiteral("is not inside a git repository");
        QTest::newRow("bare") << QStringLiteral("bare") << QStringLiteral("is a bare repository");
        QTest::newRow("no manifest")
            << QStringLiteral("plain") << QStringLiteral("it has no plenary.manifest");
        QTest::newRow("detached HEAD")
            << QStringLiteral("detached") << QStringLiteral("HEAD is detached");
        QTest::newRow("missing path")
            << QStringLiteral("missing") << QStringLiteral("does not exist");
    }
    void openRefusesWhatIsNotANegotiation()
    {
        QFETCH(QString, setup);
        QFETCH(QString, message);
        QString target = path();
        if (setup == QLatin1String("bare")) {
            QCOMPARE(git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare")})
                         .exitCode,
                     0);
        } else if (setup == QLatin1String("plain")) {
            QCOMPARE(git({QStringLiteral("init"), QStringLiteral("-q")}).exitCode, 0);
        } else if (setup == QLatin1String("detached")) {
            created();
            QCOMPARE(
                git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach")})
                    .exitCode,
                0);
        } else if (setup == QLatin1String("missing")) {
            target += QLatin1String("/nowhere");
        } else {
            target = QDir::rootPath() + QLatin1String("proc/self");
        }
        auto repo = NegotiationRepository::open(target);
        QVERIFY(!repo.isOk());
        QVERIFY2(repo.error().message.contains(message), qPrintable(repo.error().message));
    }

    void corruptedObjectIsAnErrorNotACrash()
    {
        NegotiationRepository repo = created();
        const QString blob =
            git({QStringLiteral("rev-parse"), QStringLiteral("HEAD:text.plenary")}).out.trimmed();
        const QString objectPath = path() + QLatin1String("/.git/objects/") + blob.left(2) +
                                   QLatin1Char('/') + blob.mid(2);
        QFile::setPermissions(objectPath, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(writeFile(objectPath, "this is not a zlib stream"));
        auto reopened = NegotiationRepository::open(path());
        QVERIFY(reopened.isOk());
        auto text = reopened->textAt(*reopened->openedAt());
        QVERIFY(!text.isOk());
        QVERIFY(!reopened->blame(*reopened->openedAt()).isOk());
        QVERIFY(git({QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode != 0);
    }

    void createRefusesAnExistingRepositoryAndAnUnwritablePlace()
    {
        created();
        auto again = NegotiationRepository::create(path(), manifest(), Document(), kHost,
                                                   QStringLiteral("again"));
        QVERIFY(!again.isOk());
        QCOMPARE(again.error().kind, Error::Kind::Exists);
        auto nowhere =
            NegotiationRepository::create(QStringLiteral("/proc/plenary-test"), manifest(),
                                          Document(), kHost, QStringLiteral("x"));
        QVERIFY(!nowhere.isOk());
        QVERIFY2(nowhere.error().message.contains(QLatin1String("/proc/plenary-test")),
                 qPrintable(nowhere.error().message));
    }
};

QTEST_GUILESS_MAIN(TestNegotiationRepository)
#include "tst_negotiationrepository.moc"
