#include "finalisecheck.h"

#include "document/numbering.h"
#include "document/paragraphmarkup.h"
#include "spelling/spellchecker.h"

#include <QSet>

namespace plenary {

QList<FinaliseBlocker> FinaliseCheck::run(const Document &document, const CommentLog *comments,
                                          SpellChecker *spelling)
{
    using Kind = FinaliseBlocker::Kind;
    QList<FinaliseBlocker> blockers;
    const Numbering numbering(document);

    auto checkSpelling = [&](const QString &reference, QStringView text) {
        if (!spelling)
            return;
        for (const Misspelling &m : spelling->check(text))
            blockers.append({Kind::Spelling, reference, tr("misspelled word '%1'").arg(m.word)});
    };
    checkSpelling(tr("title"), document.header.title);

    for (qsizetype i = 0; i < document.paragraphs.size(); ++i) {
        const Paragraph &p = document.paragraphs[i];
        const QString reference = numbering.reference(i);
        if (p.isDeleted()) {
            // Its text goes when the text is cleaned; nothing else about it matters.
            blockers.append({Kind::DeletedNotCleaned, reference,
                             tr("deleted paragraph not yet cleaned from the text")});
            continue;
        }
        if (p.status != ParagraphStatus::Agreed)
            blockers.append({Kind::NotAgreed, reference,
                             tr("paragraph not agreed (%1)").arg(statusName(p.status))});
        const ParagraphMarkup markup = ParagraphMarkup::analyse(p.text);
        // Alternatives are bracketed too; they are counted as what they are.
        QSet<int> alternativeSpans;
        for (const Alternative &alt : markup.alternatives)
            alternativeSpans.insert(alt.span);
        const qsizetype brackets = markup.spans.size() - alternativeSpans.size();
        qsizetype unbalanced = 0;
        for (const MarkupProblem &problem : markup.problems)
            if (problem.kind == MarkupProblem::Kind::UnclosedBracket ||
                problem.kind == MarkupProblem::Kind::StrayBracket)
                ++unbalanced;
        if (brackets > 0)
            blockers.append({Kind::Brackets, reference,
                             brackets == 1 ? tr("1 square bracket left")
                                           : tr("%1 square brackets left").arg(brackets)});
        if (unbalanced > 0)
            blockers.append({Kind::Brackets, reference,
                             unbalanced == 1
                                 ? tr("1 unbalanced square bracket")
                                 : tr("%1 unbalanced square brackets").arg(unbalanced)});
        if (const qsizetype n = markup.alternatives.size(); n > 0)
            blockers.append(
                {Kind::Alternatives, reference,
                 n == 1 ? tr("1 alternative left") : tr("%1 alternatives left").arg(n)});
        checkSpelling(reference, p.text);
    }

    if (comments) {
        for (const CommentThread &thread : comments->threads()) {
            if (!thread.isOpen())
                continue;
            const qsizetype index = document.indexOf(thread.paragraphId);
            const QString reference =
                index >= 0 ? numbering.reference(index) : tr("comment %1").arg(thread.id);
            blockers.append({Kind::OpenComment, reference,
                             tr("open comment by %1 (%2)").arg(thread.author, thread.delegation)});
        }
    }
    return blockers;
}

} // namespace plenary
