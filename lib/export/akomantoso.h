#pragma once

#include "core/result.h"
#include "document/document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace plenary {

/// A document as Akoma Ntoso 3.0 XML (OASIS LegalDocML) in the UN's usage (AKN4UN):
/// `akomaNtoso/statement` with FRBR identification, the masthead in the preface, the chapeau and
/// preambular paragraphs in the preamble, numbered paragraphs with their sub-paragraphs in the
/// main body, negotiation brackets and alternatives as inline elements. Every element that holds
/// a paragraph has an eId from its current number and a wId from its permanent identifier, so
/// its identity survives renumbering. The mapping is described in docs/export.md.
class AkomaNtoso
{
    Q_DECLARE_TR_FUNCTIONS(AkomaNtoso)

public:
    struct Options
    {
        /// The symbol as issued ("BSCT/2026/L.1/Rev.2"); the header's symbol when empty.
        QString symbol;
        /// The revision as readers know it: "Rev.2", or a short commit id.
        QString revisionLabel;
        /// The revision's commit id, recorded as an alias of the expression.
        QString revisionId;
        /// A draft is marked in the preface and is not authoritative.
        bool draft = true;
        /// Who issues the text: the secretariat's name or code.
        QString author;
        /// The revision's date; the document's own date (header) stands in when it is not set.
        QDate date;
    };

    /// The whole XML file, UTF-8. Fails when the document has no valid date at all (the FRBR
    /// identification needs one) or when its text holds characters XML cannot carry.
    [[nodiscard]] static Result<QByteArray> write(const Document &document, const Options &options);

    /// The ISO 639-2 code Akoma Ntoso names a language by: "en" → "eng", "zh-Hans" → "zho";
    /// the primary subtag of an unknown tag as it is.
    [[nodiscard]] static QString languageCode(const QString &bcp47);
};

} // namespace plenary
