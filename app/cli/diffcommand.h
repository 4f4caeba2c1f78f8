#pragma once

#include "repositorycommand.h"

namespace plenary::cli {

/// `plenary diff`: the redline between two revisions, or between a revision and the working
/// text, as text (with {+…+} and {-…-}, or colours on a terminal) or as a standalone HTML page.
class DiffCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("diff"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] bool needsRenderer(const QStringList &args) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
