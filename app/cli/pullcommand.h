#pragma once

#include "mergecommand.h"

namespace plenary::cli {

/// `plenary pull [--alternatives|--ours|--theirs]`: fetches the remote the branch follows and
/// merges its line paragraph by paragraph, with the same rules as `plenary merge`: it completes
/// or changes nothing but the remote-tracking branch.
class PullCommand : public MergeCommand
{
    Q_DECLARE_TR_FUNCTIONS(PullCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("pull"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
