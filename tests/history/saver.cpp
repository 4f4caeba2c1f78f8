// A child process for the concurrency tests: saves ROUNDS revisions into a repository, each
// based on the revision it read just before, and reports each outcome on one line:
// "saved OID", "busy", "stale". Exits 0 when every outcome was one of these.
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "document/paragraphid.h"
#include "history/negotiationrepository.h"

#include <QCoreApplication>
#include <cstdio>

using namespace plenary;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: plenary-test-saver DIR NAME ROUNDS\n");
        return 2;
    }
    const QString &name = args[2];
    const int rounds = args[3].toInt();
    for (int i = 0; i < rounds; ++i) {
        auto repo = NegotiationRepository::open(args[1]);
        if (!repo) {
            std::fprintf(stderr, "open: %s\n", qPrintable(repo.error().message));
            return 1;
        }
        auto text = repo->textAt(*repo->openedAt());
        if (!text)
            return 1;
        Document document = DocumentReader::read(text.value()).document;
        Paragraph p;
        p.id = ParagraphId::generate();
        p.kind = ParagraphKind::Operative;
        p.text = QStringLiteral("*Notes* the proposal %1 of %2;").arg(i).arg(name);
        document.paragraphs.append(p);

        NegotiationRepository::SaveRequest request;
        request.base = repo->openedAt();
        request.files.insert(NegotiationRepository::kTextFile, DocumentWriter::write(document));
        request.identity = {name, name + QLatin1String("@example.org"), QStringLiteral("EU")};
        request.message = QStringLiteral("%1 round %2").arg(name).arg(i);
        auto saved = repo->save(request);
        if (saved && saved->commit)
            std::printf("saved %s\n", qPrintable(saved->commit->toString()));
        else if (!saved && saved.error().kind == Error::Kind::Locked)
            std::printf("busy\n");
        else if (!saved && saved.error().kind == Error::Kind::Stale)
            std::printf("stale\n");
        else {
            std::printf("failed %s\n", saved ? "nothing saved" : qPrintable(saved.error().message));
            return 1;
        }
        std::fflush(stdout);
    }
    return 0;
}
