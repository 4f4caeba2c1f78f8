#include "demonegotiation.h"

#include "comments/commentevent.h"
#include "document/documentreader.h"

#include <QFile>

namespace plenary {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/plenary/demo/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The comments file as it stood at `when`: the demo's events up to then. Each was made by the
// drafter of the revision that follows it, shortly before, as the editor saves comments with
// the text.
Result<QByteArray> commentsUntil(const QList<QByteArray> &lines, const QDateTime &when)
{
    QByteArray bytes;
    for (const QByteArray &line : lines) {
        QString error;
        const auto event = CommentEvent::fromLine(line, &error);
        if (!event)
            return Error::failed(
                DemoNegotiation::tr("the sample comments are damaged: %1").arg(error));
        if (event->time <= when)
            bytes += line + '\n';
    }
    return bytes;
}

} // namespace

Manifest DemoNegotiation::manifest()
{
    Manifest m;
    m.secretariat = QStringLiteral("UZ");
    const QList<QPair<const char *, QString>> delegations{
        {"UZ", QStringLiteral("Republic of Uzbekistan")},
        {"UNOCT", QStringLiteral("United Nations Office of Counter-Terrorism")},
        {"UNRCCA", QStringLiteral(
                       "United Nations Regional Centre for Preventive Diplomacy for Central Asia")},
        {"OSCE", QStringLiteral("Organization for Security and Co-operation in Europe")},
        {"EU", QStringLiteral("European Union")},
    };
    for (int i = 0; i < delegations.size(); ++i)
        m.delegations.append({QLatin1String(delegations[i].first), delegations[i].second,
                              Manifest::paletteColour(i)});
    return m;
}

Result<NegotiationRepository> DemoNegotiation::create(const QString &directory)
{
    const QString history = QString::fromUtf8(resource(QStringLiteral("history.txt")));
    if (history.isEmpty())
        return Error::failed(tr("the sample negotiation is missing from this build of Plenary"));

    QList<QByteArray> comments = resource(QStringLiteral("comments.jsonl")).split('\n');
    comments.removeAll(QByteArray());

    std::optional<NegotiationRepository> repo;
    for (const QString &line : history.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // file, author, email, delegation, date, subject, tag — tab-separated
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 7)
            return Error::failed(tr("the sample negotiation's history is damaged"));
        const ReadResult read = DocumentReader::read(resource(f[0]));
        if (read.hasErrors())
            return Error::failed(tr("the sample revision %1 does not read").arg(f[0]));
        const Identity who{f[1], f[2], f[3]};
        const QDateTime when = QDateTime::fromString(f[4], Qt::ISODate);
        if (!repo) {
            auto created = NegotiationRepository::create(directory, manifest(), read.document, who,
                                                         f[5], when);
            if (!created)
                return created.error();
            repo.emplace(std::move(created.value()));
        } else {
            NegotiationRepository::SaveRequest request;
            request.base = repo->openedAt();
            request.files.insert(NegotiationRepository::kTextFile, resource(f[0]));
            auto commented = commentsUntil(comments, when);
            if (!commented)
                return commented.error();
            if (!commented->isEmpty())
                request.files.insert(NegotiationRepository::kCommentsFile, commented.value());
            request.identity = who;
            request.message = f[5];
            request.when = when;
            auto saved = repo->save(request);
            if (!saved)
                return saved.error();
        }
        if (!f[6].trimmed().isEmpty()) {
            auto tagged =
                repo->git().createTag(f[6].trimmed(), *repo->openedAt(), {f[1], f[2], when},
                                      NegotiationRepository::commitMessage(f[5], f[3]));
            if (!tagged)
                return tagged.error();
        }
    }
    return std::move(*repo);
}

} // namespace plenary
