#pragma once

#include "command.h"

namespace plenary::cli {

class RenumberCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RenumberCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("renumber"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
