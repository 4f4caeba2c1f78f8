#pragma once

#include "document/document.h"

#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace plenary::bench {

/// The edits that turn one revision of a generated document into the next, as a drafting
/// session makes them. Every count is a maximum: an edit that has nothing to act on is skipped.
struct RevisionEdits
{
    int changedWords = 0;       ///< words replaced by other words, anywhere in the text
    int movedParagraphs = 0;    ///< operative paragraphs moved, with their sub-paragraphs
    int insertedParagraphs = 0; ///< new operative paragraphs, inserted as "bis" (not numbered)
    int deletedParagraphs = 0;  ///< paragraphs whose status becomes deleted
    int statusChanges = 0;      ///< paragraphs taken one step towards agreement
};

/// Generates large, realistic negotiated texts for benchmarks: a header, a chapeau, preambular
/// and operative paragraphs with sub-paragraphs, written from a diplomatic vocabulary, with
/// nested brackets, attributed alternatives, cross-references, mixed statuses, "bis"
/// paragraphs and some non-ASCII text. Everything, identifiers included, follows from the seed:
/// the same seed and the same sequence of calls give the same documents on every machine.
/// Documents are built in the model, so DocumentWriter always makes a valid file of them.
class DocumentGenerator
{
public:
    explicit DocumentGenerator(quint32 seed = 1);

    /// A document of `paragraphs` paragraph lines holding about `words` words as countWords()
    /// counts them (within a clause of the target). One paragraph gives a single operative
    /// paragraph holding all the words.
    [[nodiscard]] Document generate(int paragraphs, int words);

    /// The longest-line case: one operative paragraph of about `words` words; when `citing`,
    /// it follows a short paragraph and cites it ({#id}) about every 150 words.
    [[nodiscard]] Document generateLongParagraph(int words, bool citing);

    /// The next revision of `base`, which stays valid: moved paragraphs keep their identifiers
    /// and sub-paragraphs, nothing is removed, so every cross-reference still resolves.
    /// Successive calls make a history (for diff, blame and merge benchmarks).
    [[nodiscard]] Document revise(const Document &base, const RevisionEdits &edits);

    /// Words of the whole text as Plenary counts them, deleted paragraphs included. For an
    /// edit of N % of the words: `edits.changedWords = wordCount(doc) * N / 100`.
    [[nodiscard]] static int wordCount(const Document &document);

private:
    [[nodiscard]] QString newId();

    QRandomGenerator m_random;
    QSet<QString> m_ids; // identifiers handed out, so a revision never reuses one
};

} // namespace plenary::bench
