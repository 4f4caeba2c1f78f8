#pragma once

#include "repositorycommand.h"

namespace plenary::cli {

/// `plenary comments`: the comments of a revision, one comment or reply a line.
class CommentsCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommentsCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("comments"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
