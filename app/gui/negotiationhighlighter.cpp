#include "negotiationhighlighter.h"

#include "document/paragraphmarkup.h"
#include "paragraphformat.h"

#include <QTextDocument>
#include <array>

namespace plenary::gui {

namespace {

// Background tints for bracket depths 1, 2, 3+: distinguishable, quiet enough to read through.
const std::array<QColor, 3> kDepthTints{QColor(0xfff3c4), QColor(0xffdca8), QColor(0xf9c3c3)};

} // namespace

NegotiationHighlighter::NegotiationHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void NegotiationHighlighter::setMisspellings(Misspellings misspellings)
{
    m_misspellings = std::move(misspellings);
    rehighlight();
}

void NegotiationHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    const ParagraphKind kind = ParagraphFormat::kindOf(block);
    const bool deleted = ParagraphFormat::statusOf(block) == ParagraphStatus::Deleted;
    const ParagraphMarkup markup = ParagraphMarkup::analyse(text);

    if (kind == ParagraphKind::Heading) {
        QTextCharFormat heading;
        heading.setFontWeight(QFont::Bold);
        setFormat(0, int(text.size()), heading);
    }

    // Opening words in italics; the asterisks that mark them recede.
    if (markup.hasLead()) {
        QTextCharFormat marker;
        marker.setForeground(QColor(0xc8c8c8));
        marker.setFontPointSize(6);
        setFormat(0, 1, marker);
        setFormat(int(markup.leadEnd), 1, marker);
        QTextCharFormat lead;
        lead.setFontItalic(true);
        setFormat(1, int(markup.leadEnd) - 1, lead);
    }

    for (const BracketSpan &span : markup.spans) {
        for (qsizetype i = span.begin; i < span.end; ++i) {
            QTextCharFormat f = format(int(i));
            f.setBackground(kDepthTints[size_t(std::min(span.depth, 3) - 1)]);
            setFormat(int(i), 1, f);
        }
        for (qsizetype at : {span.begin, span.end - 1}) {
            QTextCharFormat bracket = format(int(at));
            bracket.setFontWeight(QFont::Bold);
            bracket.setForeground(QColor(0x8a5a00));
            setFormat(int(at), 1, bracket);
        }
    }

    for (const Alternative &alt : markup.alternatives) {
        const qsizetype labelBegin = markup.spans[alt.span].begin + 1;
        for (qsizetype i = labelBegin; i < alt.contentBegin; ++i) {
            QTextCharFormat label = format(int(i));
            label.setFontWeight(QFont::Bold);
            label.setForeground(QColor(0x1f5fa8));
            setFormat(int(i), 1, label);
        }
    }

    for (const CrossReference &ref : markup.crossReferences) {
        QTextCharFormat link;
        link.setForeground(QColor(0x1f5fa8));
        link.setFontUnderline(true);
        setFormat(int(ref.begin), int(ref.length), link);
    }

    for (const MarkupProblem &problem : markup.problems) {
        if (problem.kind != MarkupProblem::Kind::UnclosedBracket &&
            problem.kind != MarkupProblem::Kind::StrayBracket)
            continue;
        QTextCharFormat wrong = format(int(problem.position));
        wrong.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        wrong.setUnderlineColor(Qt::red);
        wrong.setForeground(Qt::red);
        setFormat(int(problem.position), 1, wrong);
    }

    if (m_misspellings)
        for (const auto &[from, to] : m_misspellings(block)) {
            for (int i = from; i < to && i < text.size(); ++i) {
                QTextCharFormat f = format(i);
                f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                f.setUnderlineColor(QColor(0xd32f2f));
                setFormat(i, 1, f);
            }
        }

    if (deleted) {
        for (int i = 0; i < text.size(); ++i) {
            QTextCharFormat f = format(i);
            f.setFontStrikeOut(true);
            f.setForeground(QColor(0x9a9a9a));
            setFormat(i, 1, f);
        }
    }
}

} // namespace plenary::gui
