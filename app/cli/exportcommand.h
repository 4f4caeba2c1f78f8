#pragma once

#include "repositorycommand.h"

namespace plenary::cli {

/// `plenary export`: a revision as the secretariat issues it — a PDF laid out as a conference
/// document (page numbers and document information added with qpdf), its HTML page, or plain
/// text. A draft carries a DRAFT mark and the revision on every page; `--final` drops it after
/// the finalise check passes (or, with `--force`, says in the PDF's keywords that it did not).
class ExportCommand : public RepositoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("export"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString arguments() const override;
    [[nodiscard]] QList<QCommandLineOption> options() const override;
    [[nodiscard]] bool needsRenderer(const QStringList &args) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser) override;
};

} // namespace plenary::cli
