#include "manifest.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace plenary {

const Delegation *Manifest::delegation(const QString &code) const
{
    for (const Delegation &d : delegations)
        if (d.code == code)
            return &d;
    return nullptr;
}

bool Manifest::isValidCode(const QString &code)
{
    static const QRegularExpression kCode(QStringLiteral("^[A-Z][A-Z0-9-]{1,11}$"));
    return kCode.match(code).hasMatch();
}

QString Manifest::paletteColour(int n)
{
    // Distinguishable on white, in print and for the common forms of colour blindness.
    static constexpr std::array kPalette{"#1f5fa8", "#b8560b", "#2e7d32", "#8e2a8b", "#b0182b",
                                         "#00838f", "#6d5d0c", "#4a4fb3", "#c2185b", "#37474f"};
    return QLatin1String(kPalette[size_t(n) % kPalette.size()]);
}

Manifest::ReadResult Manifest::read(const QByteArray &bytes)
{
    ReadResult result;
    Manifest &m = result.manifest;
    auto error = [&](int line, int column, const QString &message) {
        result.diagnostics.append({Diagnostic::Severity::Error, line, column, message});
    };
    static const QRegularExpression kColour(QStringLiteral("^#[0-9a-fA-F]{6}$"));

    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        error(0, 0, tr("the manifest is not valid UTF-8"));
        return result;
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool sawFormat = false, sawSecretariat = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const int number = i + 1;
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon <= 0) {
            error(number, 1, tr("expected 'key: value'"));
            continue;
        }
        const QString key = line.left(colon);
        const QString value = line.mid(colon + 2);
        if (!sawFormat) {
            if (key != QLatin1String("format") || value != QLatin1String("plenary-manifest 1")) {
                error(number, 1, tr("expected the first line 'format: plenary-manifest 1'"));
                return result;
            }
            sawFormat = true;
        } else if (key == QLatin1String("secretariat")) {
            m.secretariat = value;
            sawSecretariat = true;
        } else if (key.startsWith(QLatin1String("delegation "))) {
            Delegation d;
            d.code = key.mid(11);
            if (!isValidCode(d.code)) {
                error(number, 12,
                      tr("delegation code '%1' must be 2 to 12 characters from A-Z, 0-9 and '-'")
                          .arg(d.code));
                continue;
            }
            if (m.delegation(d.code)) {
                error(number, 12, tr("delegation %1 is listed twice").arg(d.code));
                continue;
            }
            d.colour = value.section(QLatin1Char(' '), 0, 0);
            d.name = value.section(QLatin1Char(' '), 1);
            if (!kColour.match(d.colour).hasMatch()) {
                error(number, int(colon) + 3,
                      tr("expected a colour '#rrggbb' before the delegation's name"));
                continue;
            }
            if (d.name.trimmed().isEmpty()) {
                error(number, int(colon) + 3, tr("delegation %1 has no name").arg(d.code));
                continue;
            }
            m.delegations.append(d);
        } else {
            m.extraFields.append({key, value});
        }
    }
    if (!sawFormat)
        error(1, 1, tr("expected the first line 'format: plenary-manifest 1'"));
    else if (!sawSecretariat)
        error(0, 0, tr("the manifest names no secretariat ('secretariat: CODE')"));
    else if (!m.delegation(m.secretariat))
        error(0, 0,
              tr("the secretariat %1 is not one of the manifest's delegations").arg(m.secretariat));
    return result;
}

QByteArray Manifest::write() const
{
    QString out = QStringLiteral("format: plenary-manifest 1\nsecretariat: %1\n").arg(secretariat);
    QList<Delegation> sorted = delegations;
    std::sort(sorted.begin(), sorted.end(),
              [](const Delegation &a, const Delegation &b) { return a.code < b.code; });
    for (const Delegation &d : sorted)
        out += QStringLiteral("delegation %1: %2 %3\n").arg(d.code, d.colour, d.name);
    for (const auto &[key, value] : extraFields)
        out += key + QLatin1String(": ") + value + QLatin1Char('\n');
    return out.toUtf8();
}

namespace {
const QLatin1String kProposalKey("proposal ");
}

QString Manifest::proposalTitle(const QString &slug) const
{
    for (const auto &[key, value] : extraFields) {
        if (key.startsWith(kProposalKey) && QStringView(key).mid(kProposalKey.size()) == slug)
            return value;
    }
    return QString();
}

void Manifest::setProposalTitle(const QString &slug, const QString &title)
{
    const QString key = kProposalKey + slug;
    QString oneLine = title;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
    for (auto &field : extraFields) {
        if (field.first == key) {
            field.second = oneLine;
            return;
        }
    }
    // After the last proposal that sorts before it, else after every other field.
    qsizetype at = extraFields.size();
    for (qsizetype i = 0; i < extraFields.size(); ++i) {
        if (extraFields[i].first.startsWith(kProposalKey) && extraFields[i].first > key) {
            at = i;
            break;
        }
    }
    extraFields.insert(at, {key, oneLine});
}

} // namespace plenary
