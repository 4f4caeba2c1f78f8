#pragma once

#include "repositorycommand.h"

namespace plenary::cli {

/// `plenary status`: the branch (and its proposal title), ahead/behind its upstream, and the
/// files with changes not saved as a revision.
class StatusCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("status"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
