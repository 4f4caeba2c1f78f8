#include "document/documentreader.h"
#include "gitprogram.h"
#include "history/negotiationrepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>
#include <vector>

using namespace plenary;

namespace {

Manifest manifest()
{
    Manifest m;
    m.secretariat = QStringLiteral("EU");
    m.delegations = {
        {QStringLiteral("EU"), QStringLiteral("European Union"), QStringLiteral("#1f5fa8")}};
    return m;
}

QStringList savedIds(const QString &output)
{
    QStringList ids;
    for (const QString &line : output.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("saved ")))
            ids.append(line.mid(6).trimmed());
    return ids;
}

QSet<QString> reachableFromMain(const QString &dir)
{
    const GitProgram log =
        GitProgram::run(dir, {QStringLiteral("rev-list"), QStringLiteral("main")});
    const QStringList lines = log.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QSet<QString>(lines.begin(), lines.end());
}

} // namespace

class TestConcurrentSaves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Document document;
        document.header.title = QStringLiteral("Concurrency");
        document.header.language = QStringLiteral("en");
        auto repo = NegotiationRepository::create(
            m_dir->path(), manifest(), document,
            {QStringLiteral("Secretariat"), QStringLiteral("s@example.org"), QStringLiteral("EU")},
            QStringLiteral("Zero draft"));
        QVERIFY2(repo.isOk(), repo ? "" : qPrintable(repo.error().message));
    }

    // Several processes saving at once: each save becomes a commit or fails as busy or stale;
    // no commit is lost or replaced, and the repository stays consistent.
    void simultaneousSavesLoseNothing()
    {
        int saved = 0;
        for (int round = 0; round < 8; ++round) {
            std::vector<std::unique_ptr<QProcess>> children;
            for (int c = 0; c < 4; ++c) {
                auto child = std::make_unique<QProcess>();
                child->start(
                    QStringLiteral(PLENARY_SAVER),
                    {m_dir->path(), QStringLiteral("child%1").arg(c), QStringLiteral("3")});
                children.push_back(std::move(child));
            }
            QStringList ids;
            for (auto &child : children) {
                QVERIFY(child->waitForFinished(60000));
                const QString out = QString::fromUtf8(child->readAllStandardOutput());
                QVERIFY2(child->exitCode() == 0,
                         qPrintable(out + QString::fromUtf8(child->readAllStandardError())));
                ids += savedIds(out);
            }
            const QSet<QString> reachable = reachableFromMain(m_dir->path());
            for (const QString &id : ids)
                QVERIFY2(reachable.contains(id), qPrintable(id + QLatin1String(" was lost")));
            saved += int(ids.size());
            QCOMPARE(reachable.size(), saved + 1);
        }
        QVERIFY(saved > 0);
        const GitProgram fsck =
            GitProgram::run(m_dir->path(), {QStringLiteral("fsck"), QStringLiteral("--strict")});
        QVERIFY2(fsck.exitCode == 0, qPrintable(fsck.err));
    }

    // A save killed at any moment leaves the old or the new revision, a consistent repository,
    // and no lock that blocks the next save for ever.
    void killedSaveLeavesAConsistentRepository()
    {
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 20; ++round) {
            const QSet<QString> before = reachableFromMain(m_dir->path());
            QProcess child;
            child.start(QStringLiteral(PLENARY_SAVER),
                        {m_dir->path(), QStringLiteral("victim"), QStringLiteral("100")});
            QVERIFY(child.waitForStarted());
            // Fault injection: let the child get some way into its saves, then kill it.
            QThread::usleep(random->bounded(5000, 60000));
            child.kill();
            QVERIFY(child.waitForFinished());

            const GitProgram fsck = GitProgram::run(
                m_dir->path(), {QStringLiteral("fsck"), QStringLiteral("--strict")});
            QVERIFY2(fsck.exitCode == 0, qPrintable(fsck.err));
            const QSet<QString> after = reachableFromMain(m_dir->path());
            QVERIFY(after.contains(before));
            for (const QString &id : savedIds(QString::fromUtf8(child.readAllStandardOutput())))
                QVERIFY2(after.contains(id), qPrintable(id + QLatin1String(" was lost")));

            auto repo = NegotiationRepository::open(m_dir->path());
            QVERIFY(repo.isOk());
            auto text = repo->textAt(*repo->openedAt());
            QVERIFY(text.isOk());
            QVERIFY(!DocumentReader::read(text.value()).hasErrors());

            QProcess next;
            next.start(QStringLiteral(PLENARY_SAVER),
                       {m_dir->path(), QStringLiteral("next"), QStringLiteral("1")});
            QVERIFY(next.waitForFinished(60000));
            const QString out = QString::fromUtf8(next.readAllStandardOutput());
            QVERIFY2(out.startsWith(QLatin1String("saved ")),
                     qPrintable(out + QString::fromUtf8(next.readAllStandardError())));
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestConcurrentSaves)
#include "tst_concurrentsaves.moc"
