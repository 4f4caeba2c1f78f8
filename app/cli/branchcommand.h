#pragma once

#include "repositorycommand.h"

namespace plenary::cli {

/// `plenary branch [NAME [--title T]]`: lists the branches (proposals with their titles), or
/// starts a proposal: a branch at the latest revision, switched to, its title in the manifest.
class BranchCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(BranchCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("branch"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
