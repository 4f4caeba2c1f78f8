#pragma once

#include "repositorycommand.h"

namespace plenary::cli {

/// `plenary comment add|reply|resolve|reopen`: one commit that changes only the comments file.
class CommentCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommentCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("comment"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;

    /// How a thread's paragraph is cited in a text: its reference, or "#id" once it is gone.
    [[nodiscard]] static QString reference(const CommentThread &thread, const Document &document);
};

} // namespace plenary::cli
