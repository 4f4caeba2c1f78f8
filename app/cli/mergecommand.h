#pragma once

#include "repositorycommand.h"

#include <optional>

namespace plenary {
class NegotiationRepository;
struct Resolution;
namespace git {
class Oid;
}
} // namespace plenary

namespace plenary::cli {

/// `plenary merge BRANCH [--alternatives|--ours|--theirs]`: merges a proposal (or any branch)
/// into the current branch, paragraph by paragraph (docs/merge.md). A merge either completes or
/// changes nothing: with conflicts and no way to settle them, they are listed (paragraph, both
/// delegations) and the command exits 1 without touching the repository.
class MergeCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("merge"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;

    /// --alternatives, --ours and --theirs, shared with `plenary pull`.
    [[nodiscard]] static QList<QCommandLineOption> strategyOptions();
    /// The resolution the options ask for; nothing for none; a usage error (returned in
    /// `usage`) for more than one.
    [[nodiscard]] static std::optional<Resolution> strategy(const QCommandLineParser &parser,
                                                            QString *usage);
    /// Merges `theirs` into the repository's branch and reports it: fast-forward, up to date,
    /// a merge commit, or the conflicts (exit 1, nothing changed). Shared with `plenary pull`.
    [[nodiscard]] int mergeInto(NegotiationRepository &repository, const git::Oid &theirs,
                                const QString &theirName, const QCommandLineParser &parser,
                                const std::optional<Resolution> &strategy);
};

} // namespace plenary::cli
