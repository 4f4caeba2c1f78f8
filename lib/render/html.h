#pragma once

#include <QString>
#include <QStringView>

namespace plenary::render {

/// Where escaped text goes in an HTML page.
enum class HtmlContext
{
    Element,  ///< element content: bidirectional controls become a marked span
    Attribute ///< attribute values and <title>: no markup allowed, controls become plain text
};

/// The one function through which document text reaches HTML. Escapes & < > " and ', so the
/// result is safe in element content and in quoted attribute values alike. Bidirectional
/// control characters (U+202A–U+202E, U+2066–U+2069) never reach the page: each is shown as
/// its code point ("U+202E") instead of reordering the text around it, so a declaration
/// cannot read differently from what it says. Other control characters and unpaired
/// surrogates become U+FFFD.
[[nodiscard]] QString escapeHtml(QStringView text, HtmlContext context = HtmlContext::Element);

/// The start of one of Plenary's pages, through `</head>`: the doctype, the language (when it
/// has the shape of a BCP 47 tag) and its direction, a content security policy that repeats what
/// the sandbox enforces (nothing but the embedded styles loads), the title, and `styles`.
[[nodiscard]] QString pageHead(const QString &language, QStringView title, const QString &styles);

} // namespace plenary::render
