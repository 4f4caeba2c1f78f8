#include "documentwriter.h"

namespace plenary {

namespace {

// A line break inside a value would end the line and change the file's structure; the model
// never holds one, but the writer must never produce a file that reads differently.
void appendSingleLine(QString &out, const QString &value)
{
    if (!value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))) {
        out += value;
        return;
    }
    QString flat = value;
    flat.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    out += flat;
}

void appendField(QString &out, QStringView key, const QString &value, bool always = false)
{
    if (value.isEmpty() && !always)
        return;
    out += key;
    out += QLatin1Char(':');
    if (!value.isEmpty()) {
        // Like a paragraph with no text: no trailing space, which editors and git flag or strip.
        out += QLatin1Char(' ');
        appendSingleLine(out, value);
    }
    out += QLatin1Char('\n');
}

} // namespace

QByteArray DocumentWriter::write(const Document &document)
{
    const DocumentHeader &h = document.header;
    qsizetype estimate = 512;
    for (const auto &p : document.paragraphs)
        estimate += p.text.size() + 40;
    QString out;
    out.reserve(estimate);

    out += QLatin1String("format: plenary 1\n");
    appendField(out, u"title", h.title, true);
    appendField(out, u"kind", documentKindKeyword(h.kind), true);
    appendField(out, u"language", h.language, true);
    appendField(out, u"conference", h.conference);
    appendField(out, u"symbol", h.symbol);
    appendField(out, u"distribution", h.distribution);
    appendField(out, u"date", h.date);
    appendField(out, u"original", h.original);
    for (const auto &[key, value] : h.extraFields)
        appendField(out, key, value, true);

    for (const auto &p : document.paragraphs) {
        out += QLatin1Char('\n');
        out += kindKeyword(p.kind);
        out += QLatin1String(" #");
        out += p.id;
        out += QLatin1Char(' ');
        out += statusKeyword(p.status);
        if (p.numbered && isNumberedKind(p.kind))
            out += QLatin1String(" numbered");
        out += QLatin1Char(':');
        if (!p.text.isEmpty()) {
            out += QLatin1Char(' ');
            appendSingleLine(out, p.text);
        }
        out += QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace plenary
