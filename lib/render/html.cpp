#include "html.h"

#include "document/documentheader.h"
#include "document/paragraphmarkup.h"

#include <QRegularExpression>

namespace plenary::render {

namespace {

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// What each control does, for the tooltip of its mark.
const char *bidiControlDescription(char32_t c)
{
    switch (c) {
    case 0x202A:
        return "left-to-right embedding";
    case 0x202B:
        return "right-to-left embedding";
    case 0x202C:
        return "pop directional formatting";
    case 0x202D:
        return "left-to-right override";
    case 0x202E:
        return "right-to-left override";
    case 0x2066:
        return "left-to-right isolate";
    case 0x2067:
        return "right-to-left isolate";
    case 0x2068:
        return "first strong isolate";
    case 0x2069:
        return "pop directional isolate";
    default:
        return "bidirectional control";
    }
}

bool isForbiddenControl(char16_t c)
{
    // C0 and C1 controls other than tab and line feed, and DEL: a document never holds them
    // (the reader refuses them), and some would be read by the HTML parser as markup.
    return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7f && c <= 0x9f);
}

} // namespace

QString escapeHtml(QStringView text, HtmlContext context)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'&':
            out += QLatin1String("&amp;");
            continue;
        case u'<':
            out += QLatin1String("&lt;");
            continue;
        case u'>':
            out += QLatin1String("&gt;");
            continue;
        case u'"':
            out += QLatin1String("&quot;");
            continue;
        case u'\'':
            out += QLatin1String("&#39;");
            continue;
        default:
            break;
        }
        if (isBidiControl(c)) {
            const QString name = codePointName(c);
            if (context == HtmlContext::Element) {
                out += QLatin1String("<span class=\"bidi-control\" title=\"") + name +
                       QLatin1Char(' ') + QLatin1String(bidiControlDescription(c)) +
                       QLatin1String("\">") + name + QLatin1String("</span>");
            } else {
                out += QLatin1Char('[') + name + QLatin1Char(']');
            }
            continue;
        }
        if (isForbiddenControl(c)) {
            out += QChar(0xfffd);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += text[i];
            out += text[++i];
            continue;
        }
        if (QChar::isSurrogate(c)) {
            out += QChar(0xfffd);
            continue;
        }
        out += text[i];
    }
    return out;
}

QString pageHead(const QString &language, QStringView title, const QString &styles)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    DocumentHeader header;
    header.language = language;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html");
    if (tag.match(language).hasMatch())
        html += QLatin1String(" lang=\"") + language + QLatin1Char('"');
    html += header.isRightToLeft() ? QLatin1String(" dir=\"rtl\">\n")
                                   : QLatin1String(" dir=\"ltr\">\n");
    html += QLatin1String("<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'\">\n<title>") +
            escapeHtml(title, HtmlContext::Attribute) + QLatin1String("</title>\n<style>\n") +
            styles + QLatin1String("</style>\n</head>\n");
    return html;
}

} // namespace plenary::render
