#include "comments/commentanchor.h"
#include "comments/commentlog.h"
#include "document/documentreader.h"
#include "gitprogram.h"
#include "history/demonegotiation.h"
#include "history/negotiationrepository.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The comments file in git: two clones' comments merge with git's own merge, and the demo's
// comments were saved by the drafters who made them.

using namespace plenary;

namespace {

const QByteArray kText = "format: plenary 1\ntitle: Merge\nkind: declaration\nlanguage: en\n\n"
                         "op #op000001 proposed numbered: *Calls upon* all States to act;\n\n"
                         "op #op000002 proposed numbered: *Requests* a report;\n\n"
                         "op #op000003 proposed numbered: *Decides* to remain seized;\n";

const CommentAuthor kEu{QStringLiteral("Pieter Janssens"), QStringLiteral("pj@eeas.europa.eu"),
                        QStringLiteral("EU")};
const CommentAuthor kHost{QStringLiteral("Dilnoza Karimova"),
                          QStringLiteral("dilnoza.karimova@mfa.uz"), QStringLiteral("UZ")};
const CommentAuthor kOsce{QStringLiteral("Katharina Brandt"), QStringLiteral("kb@osce.org"),
                          QStringLiteral("OSCE")};

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

Manifest manifest()
{
    Manifest m;
    m.secretariat = QStringLiteral("UZ");
    m.delegations = {{QStringLiteral("EU"), QStringLiteral("European Union"), QString()},
                     {QStringLiteral("OSCE"), QStringLiteral("OSCE"), QString()},
                     {QStringLiteral("UZ"), QStringLiteral("Uzbekistan"), QString()}};
    for (int i = 0; i < m.delegations.size(); ++i)
        m.delegations[i].colour = Manifest::paletteColour(i);
    return m;
}

} // namespace

class TestCommentsMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoBranchesMergeWithGitWithoutConflict()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.path();
        auto repo = NegotiationRepository::create(
            path, manifest(), DocumentReader::read(kText).document,
            {kHost.name, kHost.email, kHost.delegation}, QStringLiteral("Zero draft"));
        QVERIFY2(repo.isOk(), repo.isOk() ? "" : qPrintable(repo.error().message));

        // A first comment, saved by Plenary.
        CommentLog base;
        auto first = base.addComment(kEu, QStringLiteral("op000001"), std::nullopt,
                                     QStringLiteral("Which States?"));
        QVERIFY(first.isOk());
        NegotiationRepository::SaveRequest request;
        request.base = repo->openedAt();
        request.files.insert(NegotiationRepository::kCommentsFile, base.bytes());
        request.identity = {kEu.name, kEu.email, kEu.delegation};
        request.message = QStringLiteral("Comment on OP1");
        QVERIFY(repo->save(request).isOk());

        const QString file = path + QLatin1String("/comments.jsonl");
        auto commit = [&](const QString &message) {
            return GitProgram::run(path,
                                   {QStringLiteral("commit"), QStringLiteral("-qam"), message})
                .exitCode;
        };
        // One clone resolves the first comment and comments on OP2 ...
        QCOMPARE(GitProgram::run(path, {QStringLiteral("switch"), QStringLiteral("-qc"),
                                        QStringLiteral("host")})
                     .exitCode,
                 0);
        CommentLog ours = CommentLog::read(readFile(file));
        QVERIFY(ours.resolve(kHost, first.value()).isOk());
        auto hostComment = ours.addComment(kHost, QStringLiteral("op000002"), std::nullopt,
                                           QStringLiteral("A report by when?"));
        QVERIFY(hostComment.isOk());
        QVERIFY(writeFile(file, ours.bytes()));
        QCOMPARE(commit(QStringLiteral("host")), 0);
        // ... the other answers it and comments on OP3, both on the same base.
        QCOMPARE(GitProgram::run(path, {QStringLiteral("switch"), QStringLiteral("-qc"),
                                        QStringLiteral("osce"), QStringLiteral("main")})
                     .exitCode,
                 0);
        CommentLog theirs = CommentLog::read(readFile(file));
        auto answer =
            theirs.reply(kOsce, first.value(), QStringLiteral("All participating States."));
        auto osceComment = theirs.addComment(kOsce, QStringLiteral("op000003"), std::nullopt,
                                             QStringLiteral("Seized of what?"));
        QVERIFY(answer.isOk() && osceComment.isOk());
        QVERIFY(writeFile(file, theirs.bytes()));
        QCOMPARE(commit(QStringLiteral("osce")), 0);

        // Without the union attribute, the two appends conflict, as any two insertions at one
        // place do; with it (Plenary writes .gitattributes), git merges them cleanly.
        QTemporaryDir copies;
        const QString baseCopy = copies.filePath(QStringLiteral("base.jsonl"));
        const QString hostCopy = copies.filePath(QStringLiteral("host.jsonl"));
        const QString osceCopy = copies.filePath(QStringLiteral("osce.jsonl"));
        QVERIFY(writeFile(baseCopy, base.bytes()));
        QVERIFY(writeFile(hostCopy, ours.bytes()));
        QVERIFY(writeFile(osceCopy, theirs.bytes()));
        QVERIFY(GitProgram::run(path, {QStringLiteral("merge-file"), QStringLiteral("-p"), hostCopy,
                                       baseCopy, osceCopy})
                    .exitCode > 0);

        QCOMPARE(GitProgram::run(
                     path, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("host")})
                     .exitCode,
                 0);
        const GitProgram merge = GitProgram::run(
            path, {QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("osce")});
        QVERIFY2(merge.exitCode == 0, qPrintable(merge.out + merge.err));
        QCOMPARE(
            GitProgram::run(path, {QStringLiteral("status"), QStringLiteral("--porcelain")}).out,
            QString());

        const CommentLog merged = CommentLog::read(readFile(file));
        QVERIFY(merged.diagnostics().isEmpty());
        QCOMPARE(merged.threads().size(), 3);
        const CommentThread *t = merged.thread(first.value());
        QVERIFY(t && t->resolved);
        QCOMPARE(t->replies.size(), 1);
        QCOMPARE(t->replies.first().id, answer.value());
        QVERIFY(merged.thread(hostComment.value()) && merged.thread(osceComment.value()));
        QCOMPARE(merged.openCount(), 2);

        // Plenary reads the merge and appends after it.
        auto reopened = NegotiationRepository::open(path);
        QVERIFY(reopened.isOk());
        auto atHead = reopened->commentsAt(*reopened->openedAt());
        QVERIFY(atHead.isOk());
        QCOMPARE(atHead.value(), readFile(file));
    }

    void demoCommentsWereSavedByTheirAuthors()
    {
        QTemporaryDir dir;
        auto repo = DemoNegotiation::create(dir.filePath(QStringLiteral("demo")));
        QVERIFY2(repo.isOk(), repo.isOk() ? "" : qPrintable(repo.error().message));
        const git::Oid head = *repo->openedAt();

        // Walk the revisions: each adds lines at the end only, every one an event by the
        // revision's own drafter and delegation, written in the canonical form.
        int added = 0;
        auto walked = repo->git().walk(head, [&](const git::CommitInfo &info) {
            const QByteArray after = repo->commentsAt(info.id).value_or(QByteArray());
            const QByteArray before =
                info.parents.isEmpty()
                    ? QByteArray()
                    : repo->commentsAt(info.parents.first()).value_or(QByteArray());
            if (!after.startsWith(before))
                return false;
            const QList<QByteArray> lines = after.mid(before.size()).split('\n');
            for (const QByteArray &line : lines) {
                if (line.isEmpty())
                    continue;
                QString error;
                const auto event = CommentEvent::fromLine(line, &error);
                if (!event || event->toLine() != line || event->email != info.author.email ||
                    event->delegation != NegotiationRepository::delegationOf(info.message) ||
                    event->time > info.author.when)
                    return false;
                ++added;
            }
            return true;
        });
        QVERIFY(walked.isOk());
        QCOMPARE(added, 12);

        const CommentLog log = CommentLog::read(repo->commentsAt(head).value());
        QVERIFY(log.diagnostics().isEmpty());
        QSet<QString> delegations;
        int resolvedWithReplies = 0;
        for (const CommentThread &t : log.threads()) {
            delegations.insert(t.delegation);
            resolvedWithReplies += t.resolved && !t.replies.isEmpty();
        }
        QVERIFY(delegations.size() >= 3);
        QCOMPARE(resolvedWithReplies, 1);
        QCOMPARE(log.openCount(), 4);

        // Every thread is still found in the final text: none orphaned, none lost.
        const Document text = DocumentReader::read(repo->textAt(head).value()).document;
        for (const CommentThread &t : log.threads()) {
            const CommentAnchor anchor = CommentAnchor::place(t, text);
            QVERIFY2(anchor.state != CommentAnchor::State::Orphaned &&
                         anchor.state != CommentAnchor::State::TextChanged,
                     qPrintable(t.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommentsMerge)
#include "tst_commentsmerge.moc"
