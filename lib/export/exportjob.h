#pragma once

#include "comments/commentlog.h"
#include "core/result.h"
#include "document/document.h"
#include "export/finalisecheck.h"
#include "export/printhtml.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace plenary {

class NegotiationRepository;
namespace git {
class Oid;
}

/// The formats a text is issued in.
enum class ExportFormat
{
    Pdf,
    Html,
    Text,
    Odt,
    AkomaNtoso
};

/// What an export is made of: one revision's text, comments and project dictionary, and how
/// readers name that revision. Read once from the repository; the export itself reads nothing.
struct ExportSource
{
    Document document;
    CommentLog comments;
    QStringList dictionaryWords; ///< the project dictionary at the revision
    QString revisionId;          ///< the full commit identifier
    QString revisionName;        ///< "Rev.2", else the first tag, else the short identifier
    int revisionNumber = 0;      ///< 2 for "Rev.2"; the symbol then carries "/Rev.2"
    QStringList tags;
    QString secretariat;  ///< the secretariat's delegation, by name
    QDateTime time;       ///< when the revision was saved
    QStringList warnings; ///< lines of the comments file that do not read, with their line

    /// Reads `revision` of `repository`. Fails when the text does not parse, with every error
    /// as file:line:column in the message.
    [[nodiscard]] static Result<ExportSource> read(const NegotiationRepository &repository,
                                                   const git::Oid &revision);
};

/// One export of a revision, as `plenary export` and File → Export… both make it: the finalise
/// check of a final text, the symbol as issued, the default file name, the bytes of every format
/// but PDF, and for PDF the page to print and the document information to finish it with.
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)

public:
    struct Options
    {
        ExportFormat format = ExportFormat::Pdf;
        bool final = false;       ///< no DRAFT mark; refused unless the finalise check passes
        bool force = false;       ///< with final: issue despite the check, and say so
        bool comments = false;    ///< open comments as numbered endnotes
        bool lineNumbers = false; ///< line numbers in the margin (PDF), restarting on each page
        PrintHtml::Paper paper = PrintHtml::Paper::A4;
    };

    ExportJob(ExportSource source, Options options);

    [[nodiscard]] const ExportSource &source() const { return m_source; }
    [[nodiscard]] const Options &options() const { return m_options; }

    /// Runs the finalise check (a final export only; loads the document language's dictionary,
    /// so call it off the GUI thread). A dictionary that cannot be loaded is a blocker itself:
    /// spelling that cannot be checked is not spelling that passed.
    void check();
    /// What the check found; empty before check() or for a draft.
    [[nodiscard]] const QList<FinaliseBlocker> &blockers() const { return m_blockers; }
    /// A final export with blockers and without force.
    [[nodiscard]] bool isRefused() const;
    /// A final export with blockers, issued anyway.
    [[nodiscard]] bool isForced() const;

    /// "BSCT/2026/L.1/Rev.2"
    [[nodiscard]] QString issuedSymbol() const;
    /// "BSCT-2026-L.1-Rev.2.pdf"; a draft of an unnumbered revision adds its name.
    [[nodiscard]] QString defaultFileName() const;

    /// The file's bytes for every format but PDF; for PDF, the page to print.
    [[nodiscard]] Result<QByteArray> write() const;
    /// The page QtWebEngine prints (format PDF or HTML).
    [[nodiscard]] QString printPage() const;

    /// The PDF's document information: title, the secretariat as author, the symbol as subject.
    [[nodiscard]] QString title() const { return m_source.document.header.title; }
    [[nodiscard]] QString author() const { return m_source.secretariat; }
    /// The symbol, the revision's identifier and tags, "draft" or "final", and "forced final".
    [[nodiscard]] QStringList keywords() const;

    /// "pdf", "html", "txt", "odt", "akn"
    [[nodiscard]] static QString formatName(ExportFormat format);
    /// The file name extension: "pdf", "html", "txt", "odt", "xml".
    [[nodiscard]] static QString extension(ExportFormat format);
    [[nodiscard]] static std::optional<ExportFormat> formatNamed(const QString &name);
    /// The names formatNamed() accepts, for messages: "pdf, html, txt, odt or akn".
    [[nodiscard]] static QString formatNames();
    /// Every format, in the order menus list them.
    [[nodiscard]] static QList<ExportFormat> formats();
    /// Whether a format can carry open comments as endnotes (all but Akoma Ntoso).
    [[nodiscard]] static bool carriesComments(ExportFormat format);
    /// Whether a format has pages whose lines can be numbered (PDF).
    [[nodiscard]] static bool numbersLines(ExportFormat format);
    /// `symbol` as a file name base: slashes become dashes, anything unsafe '_'.
    [[nodiscard]] static QString fileName(const QString &issuedSymbol, const QString &revisionName,
                                          bool symbolCarriesRevision, const QString &extension);

private:
    ExportSource m_source;
    Options m_options;
    QList<FinaliseBlocker> m_blockers;
};

} // namespace plenary
