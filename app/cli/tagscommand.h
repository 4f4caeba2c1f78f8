#pragma once

#include "repositorycommand.h"

namespace plenary::cli {

class TagsCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagsCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("tags"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
