#include "documentstatistics.h"

#include "paragraphmarkup.h"

#include <numeric>

namespace plenary {

int DocumentStatistics::paragraphs() const
{
    return std::accumulate(byKind.begin(), byKind.end(), 0);
}

DocumentStatistics DocumentStatistics::of(const Document &document)
{
    DocumentStatistics s;
    for (qsizetype i = 0; i < document.paragraphs.size(); ++i) {
        const Paragraph &p = document.paragraphs[i];
        ++s.byKind[size_t(p.kind)];
        ++s.byStatus[size_t(p.status)];
        if (p.isDeleted())
            continue;
        const ParagraphMarkup markup = ParagraphMarkup::analyse(p.text);
        s.openSpans += int(markup.spans.size());
        for (const BracketSpan &span : markup.spans)
            s.spans.append({i, span.begin, span.end});
        s.alternativeGroups += markup.alternativeGroups;
        s.alternatives += int(markup.alternatives.size());
        s.words += countWords(p.text);
    }
    return s;
}

} // namespace plenary
