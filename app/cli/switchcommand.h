#pragma once

#include "repositorycommand.h"

namespace plenary::cli {

/// `plenary switch NAME`: moves to another branch; refused while changes are not saved.
class SwitchCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(SwitchCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("switch"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
