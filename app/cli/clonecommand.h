#pragma once

#include "repositorycommand.h"

namespace plenary::cli {

/// `plenary clone URL DIR`: a delegation's own copy of a negotiation from the shared remote (a
/// path, file://, ssh:// or http(s)://), following it for pull and push.
class CloneCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(CloneCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("clone"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
