#pragma once

#include "document/document.h"
#include "document/numbering.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace plenary::render {

/// A document as one self-contained HTML page, laid out as it will print: masthead, title,
/// chapeau, preambular paragraphs with their opening words in italics, numbered operative
/// paragraphs with a hanging indent, lettered sub-paragraphs, brackets by depth, alternatives,
/// cross-references as the current number of their target, deleted paragraphs struck through.
/// All document text goes through escapeHtml(); the page embeds its stylesheet and refers to
/// no other resource, so a viewer has nothing to fetch and no script to run.
class DocumentHtml
{
    Q_DECLARE_TR_FUNCTIONS(DocumentHtml)

public:
    explicit DocumentHtml(Document document);

    /// The complete page, from <!DOCTYPE html> to </html>.
    [[nodiscard]] QString page() const;
    /// One paragraph as a block element with its number or letter beside it.
    [[nodiscard]] QString paragraph(qsizetype index) const;
    /// The masthead of a conference document: conference, symbol, distribution, date, original.
    [[nodiscard]] QString masthead() const;

    /// The HTML id of a paragraph's element ("p-8x2mfa7c"), the fragment a view scrolls to.
    [[nodiscard]] static QString fragmentId(QStringView paragraphId);
    /// The stylesheet every page embeds (resources/style/document.css).
    [[nodiscard]] static QString styleSheet();

private:
    [[nodiscard]] QString inlineText(qsizetype index) const;
    [[nodiscard]] QString crossReference(QStringView id, const QString &classes) const;

    Document m_document;
    Numbering m_numbering;
};

} // namespace plenary::render
