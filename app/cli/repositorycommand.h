#pragma once

#include "command.h"
#include "comments/commentlog.h"
#include "history/negotiationrepository.h"

#include <optional>

namespace plenary::cli {

/// A subcommand that works on the negotiation repository containing the current directory,
/// or the one named by -C DIR (before the subcommand, as with git, or among its options).
class RepositoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryCommand)

public:
    [[nodiscard]] QList<QCommandLineOption> options() const override;

protected:
    /// The directory the command works in.
    [[nodiscard]] static QString directory(const QCommandLineParser &parser);
    /// Opens the repository, or prints the one-line reason and returns nothing.
    [[nodiscard]] static std::optional<NegotiationRepository>
    openRepository(const QCommandLineParser &parser);
    /// Resolves REV (default HEAD) to a commit, or prints why not.
    [[nodiscard]] static std::optional<git::Oid> resolveRevision(const NegotiationRepository &repo,
                                                                 const QString &revision);
    /// The identity for a save, from --author/--delegation and the usual sources, checked
    /// against the manifest; prints why not.
    [[nodiscard]] static std::optional<Identity> identity(const QCommandLineParser &parser,
                                                          const NegotiationRepository &repo);
    /// Options --author and --delegation, for commands that save.
    [[nodiscard]] static QList<QCommandLineOption> identityOptions();
    /// The text at a revision, read; prints its errors and returns nothing if it has any.
    [[nodiscard]] std::optional<Document> documentAt(const NegotiationRepository &repo,
                                                     const git::Oid &revision) const;
    /// The comments at a revision, with every line that does not read printed as
    /// "comments.jsonl:LINE: error: …"; nothing only if the file cannot be read at all.
    [[nodiscard]] std::optional<CommentLog> commentsAt(const NegotiationRepository &repo,
                                                       const git::Oid &revision) const;
    /// Prints "plenary NAME: error: MESSAGE" and returns Failure.
    int fail(const QString &message) const;
    /// "2026-11-20 16:40" in the time zone the date was recorded in.
    [[nodiscard]] static QString shortDateTime(const QDateTime &when);
    /// Short one-line form of a revision for listings.
    [[nodiscard]] static QString formatRevision(const Revision &revision);
};

} // namespace plenary::cli
