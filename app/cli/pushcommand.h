#pragma once

#include "repositorycommand.h"

namespace plenary::cli {

/// `plenary push`: shares the branch's revisions (and their tags) with the remote it follows.
/// Never forces: a remote that moved on refuses, and the command says to pull first (exit 1).
class PushCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(PushCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("push"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
