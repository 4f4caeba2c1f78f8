#include "paragraph.h"

#include <QCoreApplication>

#include <array>

namespace plenary {

namespace {

struct KindEntry
{
    ParagraphKind kind;
    const char *keyword;
};

constexpr std::array kKinds{
    KindEntry{ParagraphKind::Heading, "heading"},  KindEntry{ParagraphKind::Chapeau, "chapeau"},
    KindEntry{ParagraphKind::Preambular, "pp"},    KindEntry{ParagraphKind::Operative, "op"},
    KindEntry{ParagraphKind::Sub, "sub"},          KindEntry{ParagraphKind::SubSub, "subsub"},
    KindEntry{ParagraphKind::Narrative, "para"},
};

struct StatusEntry
{
    ParagraphStatus status;
    const char *keyword;
};

constexpr std::array kStatuses{
    StatusEntry{ParagraphStatus::Proposed, "proposed"},
    StatusEntry{ParagraphStatus::AdReferendum, "adref"},
    StatusEntry{ParagraphStatus::Agreed, "agreed"},
    StatusEntry{ParagraphStatus::Deleted, "deleted"},
};

} // namespace

QString kindKeyword(ParagraphKind kind)
{
    for (const auto &e : kKinds)
        if (e.kind == kind)
            return QLatin1String(e.keyword);
    return {};
}

QString statusKeyword(ParagraphStatus status)
{
    for (const auto &e : kStatuses)
        if (e.status == status)
            return QLatin1String(e.keyword);
    return {};
}

std::optional<ParagraphKind> kindFromKeyword(QStringView word)
{
    for (const auto &e : kKinds)
        if (word == QLatin1String(e.keyword))
            return e.kind;
    return std::nullopt;
}

std::optional<ParagraphStatus> statusFromKeyword(QStringView word)
{
    for (const auto &e : kStatuses)
        if (word == QLatin1String(e.keyword))
            return e.status;
    return std::nullopt;
}

bool isNumberedKind(ParagraphKind kind)
{
    return kind == ParagraphKind::Operative || kind == ParagraphKind::Narrative ||
           kind == ParagraphKind::Sub || kind == ParagraphKind::SubSub;
}

QString kindName(ParagraphKind kind)
{
    switch (kind) {
    case ParagraphKind::Heading:
        return QCoreApplication::translate("Paragraph", "heading");
    case ParagraphKind::Chapeau:
        return QCoreApplication::translate("Paragraph", "chapeau");
    case ParagraphKind::Preambular:
        return QCoreApplication::translate("Paragraph", "preambular");
    case ParagraphKind::Operative:
        return QCoreApplication::translate("Paragraph", "operative");
    case ParagraphKind::Sub:
        return QCoreApplication::translate("Paragraph", "sub-paragraph");
    case ParagraphKind::SubSub:
        return QCoreApplication::translate("Paragraph", "second-level sub-paragraph");
    case ParagraphKind::Narrative:
        return QCoreApplication::translate("Paragraph", "narrative");
    }
    return {};
}

QString statusName(ParagraphStatus status)
{
    switch (status) {
    case ParagraphStatus::Proposed:
        return QCoreApplication::translate("Paragraph", "proposed");
    case ParagraphStatus::AdReferendum:
        return QCoreApplication::translate("Paragraph", "agreed ad referendum");
    case ParagraphStatus::Agreed:
        return QCoreApplication::translate("Paragraph", "agreed");
    case ParagraphStatus::Deleted:
        return QCoreApplication::translate("Paragraph", "deleted");
    }
    return {};
}

} // namespace plenary
