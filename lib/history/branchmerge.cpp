#include "branchmerge.h"

#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "document/numbering.h"
#include "manifest.h"
#include "merge/commentsmerge.h"
#include "merge/dictionarymerge.h"
#include "merge/paragraphmerge.h"
#include "negotiationrepository.h"

namespace plenary {

namespace {

// The delegation of the latest revision with a Delegation trailer on `tip`'s first-parent line
// down to `stop`; empty if none has one.
QString delegationOfSide(const NegotiationRepository &repository, const git::Oid &tip,
                         const std::optional<git::Oid> &stop)
{
    QString found;
    std::optional<git::Oid> at = tip;
    for (int steps = 0; at && at != stop && steps < 1000 && found.isEmpty(); ++steps) {
        auto info = repository.git().commit(*at);
        if (!info)
            break;
        found = NegotiationRepository::delegationOf(info->message);
        at = info->parents.isEmpty() ? std::nullopt : std::optional<git::Oid>(info->parents[0]);
    }
    return found;
}

Result<Document> documentOf(const QMap<QString, QByteArray> &files, const git::Oid &commit,
                            const QString &side)
{
    if (!files.contains(NegotiationRepository::kTextFile))
        return Error{Error::Kind::NotFound,
                     BranchMerge::tr("%1 (%2) has no %3")
                         .arg(side, commit.shortString(), NegotiationRepository::kTextFile)};
    ReadResult read = DocumentReader::read(files.value(NegotiationRepository::kTextFile));
    if (read.hasErrors()) {
        for (const Diagnostic &d : read.diagnostics)
            if (d.isError())
                return Error{Error::Kind::Invalid,
                             BranchMerge::tr("the text of %1 (%2) does not read: %3")
                                 .arg(side, commit.shortString(),
                                      d.format(NegotiationRepository::kTextFile))};
    }
    return read.document;
}

QByteArray fileOr(const QMap<QString, QByteArray> &files, const QString &name)
{
    return files.value(name);
}

} // namespace

Result<BranchMerge> BranchMerge::prepare(const NegotiationRepository &repository,
                                         const git::Oid &theirs, const QString &theirName,
                                         const QString &ourDelegation)
{
    BranchMerge merge;
    merge.m_theirs = theirs;
    merge.m_theirName = theirName;
    merge.m_ourName = repository.branchName();
    const std::optional<git::Oid> ours = repository.currentHead();
    if (!ours)
        return Error{Error::Kind::Invalid, tr("the branch has no revision yet")};
    merge.m_ours = *ours;

    auto base = repository.git().mergeBase(*ours, theirs);
    if (!base)
        return base.error();
    if (!base.value())
        return Error{Error::Kind::Invalid,
                     tr("%1 shares no history with %2: it is not a version of this negotiation")
                         .arg(theirName, repository.branchName())};
    merge.m_base = base.value();
    if (*merge.m_base == theirs) {
        merge.m_kind = Kind::UpToDate;
        return merge;
    }
    if (*merge.m_base == *ours) {
        merge.m_kind = Kind::FastForward;
        return merge;
    }
    merge.m_kind = Kind::Merge;

    merge.m_sides.ours = delegationOfSide(repository, *ours, merge.m_base);
    if (merge.m_sides.ours.isEmpty())
        merge.m_sides.ours = ourDelegation;
    merge.m_sides.theirs = delegationOfSide(repository, theirs, merge.m_base);
    if (merge.m_sides.theirs.isEmpty())
        merge.m_sides.theirs = merge.m_sides.ours;

    auto baseFiles = repository.plenaryFilesAt(*merge.m_base);
    if (!baseFiles)
        return baseFiles.error();
    auto ourFiles = repository.plenaryFilesAt(*ours);
    if (!ourFiles)
        return ourFiles.error();
    auto theirFiles = repository.plenaryFilesAt(theirs);
    if (!theirFiles)
        return theirFiles.error();

    auto baseDocument = documentOf(baseFiles.value(), *merge.m_base, tr("the common revision"));
    if (!baseDocument)
        return baseDocument.error();
    auto ourDocument = documentOf(ourFiles.value(), *ours, repository.branchName());
    if (!ourDocument)
        return ourDocument.error();
    auto theirDocument = documentOf(theirFiles.value(), theirs, theirName);
    if (!theirDocument)
        return theirDocument.error();
    merge.m_baseDocument = std::move(baseDocument.value());
    merge.m_ourDocument = std::move(ourDocument.value());
    merge.m_theirDocument = std::move(theirDocument.value());

    auto text = ParagraphMerge::merge(merge.m_baseDocument, merge.m_ourDocument,
                                      merge.m_theirDocument, merge.m_sides);
    if (!text)
        return text.error();
    merge.m_text = std::move(text.value());

    const QString manifestName = NegotiationRepository::kManifestFile;
    auto manifest = ManifestMerge::merge(fileOr(baseFiles.value(), manifestName),
                                         fileOr(ourFiles.value(), manifestName),
                                         fileOr(theirFiles.value(), manifestName), merge.m_sides);
    if (!manifest)
        return manifest.error();
    merge.m_manifest = std::move(manifest.value());
    merge.m_theirTitle =
        Manifest::read(fileOr(theirFiles.value(), manifestName)).manifest.proposalTitle(theirName);

    const QString comments = NegotiationRepository::kCommentsFile;
    if (ourFiles->contains(comments) || theirFiles->contains(comments))
        merge.m_otherFiles.insert(comments,
                                  CommentsMerge::merge(fileOr(ourFiles.value(), comments),
                                                       fileOr(theirFiles.value(), comments))
                                      .bytes);
    const QString dictionary = NegotiationRepository::kDictionaryFile;
    if (ourFiles->contains(dictionary) || theirFiles->contains(dictionary))
        merge.m_otherFiles.insert(dictionary,
                                  DictionaryMerge::merge(fileOr(ourFiles.value(), dictionary),
                                                         fileOr(theirFiles.value(), dictionary)));
    const QString attributes = NegotiationRepository::kAttributesFile;
    if (!ourFiles->contains(attributes) && theirFiles->contains(attributes))
        merge.m_otherFiles.insert(attributes, theirFiles->value(attributes));
    return merge;
}

QList<BranchConflict> BranchMerge::conflicts() const
{
    QList<BranchConflict> all;
    if (m_kind != Kind::Merge)
        return all;
    if (!m_text->conflicts().isEmpty()) {
        // A paragraph is cited by its number in the merged text, or where one side removed it,
        // by its number in the side that kept it.
        const Numbering merged(m_text->document());
        std::optional<Numbering> theirs, ours;
        for (qsizetype i = 0; i < m_text->conflicts().size(); ++i) {
            const MergeConflict &c = m_text->conflicts()[i];
            QString reference = c.key;
            if (c.isParagraph()) {
                reference = QLatin1Char('#') + c.paragraphId;
                if (const qsizetype at = m_text->document().indexOf(c.paragraphId); at >= 0) {
                    reference = merged.reference(at);
                } else if (const qsizetype at = m_theirDocument.indexOf(c.paragraphId); at >= 0) {
                    if (!theirs)
                        theirs.emplace(m_theirDocument);
                    reference = theirs->reference(at);
                } else if (const qsizetype at = m_ourDocument.indexOf(c.paragraphId); at >= 0) {
                    if (!ours)
                        ours.emplace(m_ourDocument);
                    reference = ours->reference(at);
                }
            }
            all.append({BranchConflict::Place::Text, i, &c, reference});
        }
    }
    for (qsizetype i = 0; i < m_manifest->conflicts().size(); ++i) {
        const MergeConflict &c = m_manifest->conflicts()[i];
        all.append({BranchConflict::Place::Manifest, i, &c, tr("manifest: %1").arg(c.key)});
    }
    return all;
}

QList<BranchConflict> BranchMerge::openConflicts() const
{
    QList<BranchConflict> open;
    for (const BranchConflict &c : conflicts()) {
        if (!resolution(c))
            open.append(c);
    }
    return open;
}

std::optional<Resolution> BranchMerge::resolution(const BranchConflict &conflict) const
{
    if (m_kind != Kind::Merge)
        return std::nullopt;
    return conflict.place == BranchConflict::Place::Text ? m_text->resolution(conflict.index)
                                                         : m_manifest->resolution(conflict.index);
}

QString BranchMerge::describe(const MergeConflict &c)
{
    switch (c.kind) {
    case MergeConflict::Kind::OursRemoved:
        return tr("removed by %1, changed by %2").arg(c.ourDelegation, c.theirDelegation);
    case MergeConflict::Kind::TheirsRemoved:
        return tr("changed by %1, removed by %2").arg(c.ourDelegation, c.theirDelegation);
    case MergeConflict::Kind::Field:
        return tr("set differently by %1 and %2").arg(c.ourDelegation, c.theirDelegation);
    case MergeConflict::Kind::Edit:
        break;
    }
    QStringList fields;
    if (c.fields.testFlag(MergeField::Text))
        fields.append(tr("text"));
    if (c.fields.testFlag(MergeField::Status))
        fields.append(tr("status"));
    if (c.fields.testFlag(MergeField::Kind))
        fields.append(tr("kind"));
    if (c.fields.testFlag(MergeField::Numbered))
        fields.append(tr("numbering"));
    return tr("changed differently by %1 and %2 (%3)")
        .arg(c.ourDelegation, c.theirDelegation, fields.join(QLatin1String(", ")));
}

QString BranchMerge::settlement(const BranchConflict &conflict) const
{
    const std::optional<Resolution> settled = resolution(conflict);
    if (!settled)
        return QString();
    switch (settled->kind) {
    case Resolution::Kind::Ours:
        return tr("%1's version kept").arg(m_ourName);
    case Resolution::Kind::Theirs:
        return tr("%1's version taken").arg(m_theirName);
    case Resolution::Kind::Alternatives:
        return tr("both versions kept as alternatives");
    case Resolution::Kind::Blend:
        return tr("a text blended from both versions");
    }
    return QString();
}

Result<void> BranchMerge::resolve(const BranchConflict &conflict, const Resolution &resolution)
{
    return conflict.place == BranchConflict::Place::Text
               ? m_text->resolve(conflict.index, resolution)
               : m_manifest->resolve(conflict.index, resolution);
}

Result<void> BranchMerge::resolveAll(const Resolution &resolution)
{
    const QList<BranchConflict> open = openConflicts();
    if (resolution.kind == Resolution::Kind::Alternatives) {
        QStringList fields;
        for (const BranchConflict &c : open)
            if (!c.conflict->isParagraph())
                fields.append(c.reference);
        if (!fields.isEmpty())
            return Error{Error::Kind::Invalid,
                         tr("%1 cannot hold alternatives: take one side with --ours or --theirs, "
                            "or resolve them in the editor")
                             .arg(fields.join(QLatin1String(", ")))};
    }
    for (const BranchConflict &c : open)
        if (auto resolved = resolve(c, resolution); !resolved)
            return resolved.error();
    return {};
}

Result<QMap<QString, QByteArray>> BranchMerge::files() const
{
    if (m_kind != Kind::Merge)
        return QMap<QString, QByteArray>();
    if (!openConflicts().isEmpty())
        return Error{Error::Kind::Invalid, tr("the merge still has conflicts")};
    for (const Diagnostic &d : m_text->check())
        if (d.isError())
            return Error{Error::Kind::Invalid,
                         tr("the merged text would not read: %1")
                             .arg(d.format(NegotiationRepository::kTextFile))};
    QMap<QString, QByteArray> files = m_otherFiles;
    files.insert(NegotiationRepository::kTextFile, DocumentWriter::write(m_text->document()));
    const Manifest::ReadResult manifest = Manifest::read(m_manifest->bytes());
    for (const Diagnostic &d : manifest.diagnostics)
        if (d.isError())
            return Error{Error::Kind::Invalid,
                         tr("the merged manifest would not read: %1")
                             .arg(d.format(NegotiationRepository::kManifestFile))};
    files.insert(NegotiationRepository::kManifestFile, manifest.manifest.write());
    return files;
}

Result<NegotiationRepository::SaveOutcome> BranchMerge::record(NegotiationRepository &repository,
                                                               const Identity &identity) const
{
    switch (m_kind) {
    case Kind::UpToDate:
        return NegotiationRepository::SaveOutcome{};
    case Kind::FastForward:
        return repository.moveBranch(m_theirs, m_ours,
                                     QStringLiteral("plenary: fast-forward to ") + m_theirName);
    case Kind::Merge:
        break;
    }
    auto merged = files();
    if (!merged)
        return merged.error();
    return repository.commitMerge(m_ours, m_theirs, merged.value(), identity, message());
}

QString BranchMerge::message() const
{
    QString message = m_theirTitle.isEmpty()
                          ? tr("Merge %1").arg(m_theirName)
                          : tr("Merge proposal %1 (%2)").arg(m_theirName, m_theirTitle);
    const QList<BranchConflict> all = conflicts();
    if (!all.isEmpty()) {
        QStringList settled;
        for (const BranchConflict &c : all)
            settled.append(c.reference + QLatin1String(": ") + settlement(c));
        message +=
            QLatin1String("\n\n") +
            tr("Conflicts settled (%1): %2").arg(all.size()).arg(settled.join(QLatin1String("; ")));
    }
    return message;
}

} // namespace plenary
