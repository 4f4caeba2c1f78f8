#pragma once

#include "command.h"

namespace plenary::cli {

class FmtCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FmtCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("fmt"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
