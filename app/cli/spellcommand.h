#pragma once

#include "repositorycommand.h"

namespace plenary::cli {

/// `plenary spell [FILE]`: the misspelled words of a document (or of the working text of the
/// repository) with their paragraph references and suggestions, or only the words (--list).
class SpellCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(SpellCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("spell"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
