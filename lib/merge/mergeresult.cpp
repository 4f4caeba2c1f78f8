#include "mergeresult.h"

#include "alternativetext.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "document/paragraphmarkup.h"

#include <algorithm>

namespace plenary {

namespace {

void setHeaderField(DocumentHeader &h, const QString &key, const QString &value)
{
    if (key == u"title")
        h.title = value;
    else if (key == u"kind")
        h.kind = documentKindFromKeyword(value).value_or(h.kind);
    else if (key == u"language")
        h.language = value;
    else if (key == u"conference")
        h.conference = value;
    else if (key == u"symbol")
        h.symbol = value;
    else if (key == u"distribution")
        h.distribution = value;
    else if (key == u"date")
        h.date = value;
    else if (key == u"original")
        h.original = value;
}

// The first character of a blend that cannot stand in one line of the text file.
qsizetype badCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c < 0x20 && c != u'\t') || c == 0x7F)
            return i;
    }
    return -1;
}

} // namespace

qsizetype MergeResult::unresolvedCount() const
{
    return std::count(m_resolutions.cbegin(), m_resolutions.cend(), std::nullopt);
}

Result<void> MergeResult::validate(const MergeConflict &conflict,
                                   const Resolution &resolution) const
{
    if (resolution.kind == Resolution::Kind::Alternatives && !conflict.isParagraph())
        return Error{Error::Kind::Invalid,
                     tr("header field '%1' cannot hold alternatives; take ours, theirs or a blend")
                         .arg(conflict.key)};
    if (resolution.kind != Resolution::Kind::Blend)
        return {};
    const QString &text = resolution.text;
    if (const qsizetype bad = badCharacter(text); bad >= 0)
        return Error{Error::Kind::Invalid,
                     text[bad] == u'\n' || text[bad] == u'\r'
                         ? tr("a blend must be one line; it has a line break at column %1")
                               .arg(columnAt(text, bad))
                         : tr("control character U+%1 in the blend at column %2")
                               .arg(QString::number(text[bad].unicode(), 16)
                                        .toUpper()
                                        .rightJustified(4, u'0'))
                               .arg(columnAt(text, bad))};
    if (!conflict.isParagraph()) {
        if (conflict.key == u"kind" && !documentKindFromKeyword(text))
            return Error{Error::Kind::Invalid,
                         tr("unknown document kind '%1'; expected declaration, summary or "
                            "statement")
                             .arg(text)};
        return {};
    }
    for (const MarkupProblem &problem : ParagraphMarkup::analyse(text).problems) {
        const int column = columnAt(text, problem.position);
        switch (problem.kind) {
        case MarkupProblem::Kind::UnclosedBracket:
            return Error{Error::Kind::Invalid,
                         tr("unbalanced '[' in the blend at column %1: this bracket is never "
                            "closed")
                             .arg(column)};
        case MarkupProblem::Kind::StrayBracket:
            return Error{
                Error::Kind::Invalid,
                tr("unbalanced ']' in the blend at column %1: no '[' is open here").arg(column)};
        case MarkupProblem::Kind::UnclosedLead:
            return Error{Error::Kind::Invalid,
                         tr("the blend's opening words start with '*' but are not closed by a "
                            "second '*'")};
        case MarkupProblem::Kind::BidiControl:
            break; // a warning when the text is read, as in any paragraph
        }
    }
    return {};
}

Result<void> MergeResult::resolve(qsizetype conflict, const Resolution &resolution)
{
    if (conflict < 0 || conflict >= m_conflicts.size())
        return Error{Error::Kind::NotFound,
                     tr("there is no conflict %1; the merge's conflicts are numbered 1 to %2")
                         .arg(conflict + 1)
                         .arg(m_conflicts.size())};
    if (Result<void> valid = validate(m_conflicts[conflict], resolution); !valid)
        return valid;
    m_resolutions[conflict] = resolution;
    apply(conflict);
    rebuild();
    return {};
}

Result<void> MergeResult::resolveAll(const Resolution &resolution)
{
    for (qsizetype i = 0; i < m_conflicts.size(); ++i)
        if (!m_resolutions[i])
            if (Result<void> valid = validate(m_conflicts[i], resolution); !valid)
                return valid;
    for (qsizetype i = 0; i < m_conflicts.size(); ++i) {
        if (!m_resolutions[i]) {
            m_resolutions[i] = resolution;
            apply(i);
        }
    }
    rebuild();
    return {};
}

void MergeResult::apply(qsizetype index)
{
    const MergeConflict &c = m_conflicts[index];
    const Resolution r = m_resolutions[index].value_or(Resolution::ours());
    const Target &target = m_targets[index];

    if (!c.isParagraph()) {
        const std::optional<QString> value = r.kind == Resolution::Kind::Theirs ? c.theirValue
                                             : r.kind == Resolution::Kind::Blend
                                                 ? std::optional<QString>(r.text)
                                                 : c.ourValue;
        if (target.extra >= 0)
            m_extras.setValue(target.extra, value);
        else
            setHeaderField(m_header, c.key, value.value_or(QString()));
        return;
    }

    Slot &slot = m_slots[target.slot];
    std::optional<Paragraph> p;
    if (c.kind == MergeConflict::Kind::Edit) {
        p = slot.merged;
        switch (r.kind) {
        case Resolution::Kind::Ours:
            break;
        case Resolution::Kind::Theirs:
            if (c.fields & MergeField::Kind)
                p->kind = c.theirs->kind;
            if (c.fields & MergeField::Status)
                p->status = c.theirs->status;
            if (c.fields & MergeField::Numbered)
                p->numbered = c.theirs->numbered;
            if (c.fields & MergeField::Text)
                p->text = c.theirs->text;
            break;
        case Resolution::Kind::Blend:
            p->text = r.text;
            break;
        case Resolution::Kind::Alternatives:
            if (c.fields & MergeField::Text)
                p->text = AlternativeText::build(c.ours->text, c.theirs->text, m_sides);
            if (c.fields & (MergeField::Text | MergeField::Status))
                p->status = ParagraphStatus::Proposed; // open alternatives are not agreed text
            break;
        }
    } else {
        const bool oursRemoved = c.kind == MergeConflict::Kind::OursRemoved;
        const std::optional<Paragraph> &edited = oursRemoved ? c.theirs : c.ours;
        switch (r.kind) {
        case Resolution::Kind::Ours:
            p = c.ours;
            break;
        case Resolution::Kind::Theirs:
            p = c.theirs;
            break;
        case Resolution::Kind::Blend:
            p = edited;
            p->text = r.text;
            break;
        case Resolution::Kind::Alternatives:
            p = edited;
            p->text = AlternativeText::againstRemoval(edited->text, oursRemoved, m_sides);
            p->status = ParagraphStatus::Proposed;
            break;
        }
    }
    if (p)
        p->line = p->textColumn = 0;
    slot.current = std::move(p);
}

void MergeResult::rebuild()
{
    m_document.header = m_header;
    m_document.header.extraFields = m_extras.fields();
    m_document.paragraphs.clear();
    m_document.paragraphs.reserve(m_slots.size());
    for (const Slot &slot : m_slots)
        if (slot.current)
            m_document.paragraphs.append(*slot.current);
}

Diagnostics MergeResult::check() const
{
    return DocumentReader::read(DocumentWriter::write(m_document)).diagnostics;
}

} // namespace plenary
