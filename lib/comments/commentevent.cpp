#include "commentevent.h"

#include "document/paragraphid.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace plenary {

namespace {

// JSON string with only what JSON requires escaped, so the file reads as text in any language.
void appendString(QByteArray &out, const QString &value)
{
    out += '"';
    const QByteArray utf8 = value.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void appendField(QByteArray &out, const char *key, const QString &value)
{
    out += out.size() > 1 ? ",\"" : "\"";
    out += key;
    out += "\":";
    appendString(out, value);
}

void appendField(QByteArray &out, const char *key, qsizetype value)
{
    out += out.size() > 1 ? ",\"" : "\"";
    out += key;
    out += "\":";
    out += QByteArray::number(value);
}

int codePointColumn(QByteArrayView line, qsizetype byteOffset)
{
    int column = 1;
    for (qsizetype i = 0; i < byteOffset && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xc0) != 0x80)
            ++column;
    return column;
}

} // namespace

QString CommentEvent::typeKeyword(Type type)
{
    switch (type) {
    case Type::Comment:
        return QStringLiteral("comment");
    case Type::Reply:
        return QStringLiteral("reply");
    case Type::Edit:
        return QStringLiteral("edit");
    case Type::Resolve:
        return QStringLiteral("resolve");
    case Type::Reopen:
        return QStringLiteral("reopen");
    }
    return {};
}

std::optional<CommentEvent::Type> CommentEvent::typeFromKeyword(QStringView word)
{
    for (Type t : {Type::Comment, Type::Reply, Type::Edit, Type::Resolve, Type::Reopen})
        if (word == typeKeyword(t))
            return t;
    return std::nullopt;
}

QString CommentEvent::formatTime(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    const QDateTime local = time.toOffsetFromUtc(offset);
    QString text = local.toString(local.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                      : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int minutes = std::abs(offset) / 60;
    text += (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
            QStringLiteral("%1:%2")
                .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QByteArray CommentEvent::toLine() const
{
    QByteArray out("{");
    appendField(out, "id", id);
    appendField(out, "event", typeKeyword(type));
    if (type != Type::Comment)
        appendField(out, "target", target);
    appendField(out, "time", formatTime(time));
    appendField(out, "delegation", delegation);
    appendField(out, "author", author);
    appendField(out, "email", email);
    if (type == Type::Comment) {
        appendField(out, "paragraph", paragraphId);
        if (quote) {
            appendField(out, "quote", quote->text);
            appendField(out, "at", quote->offset);
            appendField(out, "before", quote->before);
            appendField(out, "after", quote->after);
        }
    }
    if (type == Type::Comment || type == Type::Reply || type == Type::Edit)
        appendField(out, "body", body);
    out += '}';
    return out;
}

std::optional<CommentEvent> CommentEvent::fromLine(QByteArrayView line, QString *error, int *column)
{
    auto fail = [&](const QString &message) -> std::optional<CommentEvent> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (column)
            *column = codePointColumn(line, parseError.offset);
        return fail(tr("not a JSON object: %1").arg(parseError.errorString()));
    }
    if (!json.isObject())
        return fail(tr("not a JSON object"));
    const QJsonObject o = json.object();

    auto text = [&](const char *key, bool required, QString &into) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString() || (required && v.toString().isEmpty())) {
            fail(tr("\"%1\" must be a non-empty string").arg(QLatin1String(key)));
            return false;
        }
        into = v.toString();
        return true;
    };
    auto identifier = [&](const char *key, QString &into) {
        if (!text(key, true, into))
            return false;
        if (!ParagraphId::isValid(into)) {
            fail(tr("\"%1\" is not an identifier (4 to 32 characters from 0-9 and a-z): '%2'")
                     .arg(QLatin1String(key), into));
            return false;
        }
        return true;
    };

    CommentEvent e;
    QString keyword;
    if (!identifier("id", e.id) || !text("event", true, keyword))
        return std::nullopt;
    const auto type = typeFromKeyword(keyword);
    if (!type)
        return fail(tr("unknown event '%1'").arg(keyword));
    e.type = *type;
    if (e.type != Type::Comment && !identifier("target", e.target))
        return std::nullopt;

    QString time;
    if (!text("time", true, time))
        return std::nullopt;
    static const QRegularExpression kZoned(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?(Z|[+-]\\d\\d:\\d\\d)$"));
    e.time = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!kZoned.match(time).hasMatch() || !e.time.isValid())
        return fail(tr("\"time\" must be an ISO 8601 date and time with its UTC offset, not '%1'")
                        .arg(time));
    if (!text("delegation", true, e.delegation) || !text("author", true, e.author) ||
        !text("email", false, e.email))
        return std::nullopt;

    if (e.type == Type::Comment) {
        if (!identifier("paragraph", e.paragraphId))
            return std::nullopt;
        if (o.contains(QLatin1String("quote"))) {
            Quote q;
            if (!text("quote", true, q.text) || !text("before", false, q.before) ||
                !text("after", false, q.after))
                return std::nullopt;
            const QJsonValue at = o.value(QLatin1String("at"));
            if (!at.isUndefined()) {
                const double value = at.toDouble(-1);
                if (!at.isDouble() || value < 0 || value != double(qint64(value)))
                    return fail(tr("\"at\" must be a whole number of characters, 0 or more"));
                q.offset = qsizetype(value);
            }
            e.quote = q;
        }
    }
    if (e.type == Type::Comment || e.type == Type::Reply || e.type == Type::Edit) {
        if (!text("body", true, e.body))
            return std::nullopt;
    }
    return e;
}

} // namespace plenary
