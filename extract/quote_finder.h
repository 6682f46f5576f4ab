// QuoteFinder: pairs quotation marks within each paragraph.
//
// Straight marks are classified by their surroundings: a mark with space
// (or the paragraph start) before it and a word glued after it opens; a mark
// glued to the text before it closes. Curly marks say which they are. Marks
// are paired with a stack, so quotes nested in quotes ("a "rigid" stance,")
// stay inside their outer quote. An opener never closed in its paragraph is
// dropped (quotes nested in it are promoted), a closer with nothing open is
// ignored: an unbalanced mark damages at most its own paragraph. The one
// exception is the news convention for a quote running over paragraphs: a
// paragraph whose quote is still open (with nothing nested), opened at the
// paragraph start or after ":" or ",", followed by a paragraph opening with a
// mark continues into it, and the quote spans both.
#ifndef ACTORGRAPH_EXTRACT_QUOTE_FINDER_H_
#define ACTORGRAPH_EXTRACT_QUOTE_FINDER_H_

#include <cstdint>
#include <vector>

#include "extract/tokenizer.h"

namespace actorgraph {

// A top-level quotation: token indices of its opening and closing marks.
struct QuoteSpan {
  uint32_t open = 0;
  uint32_t close = 0;
};

// Top-level quotations in text order.
std::vector<QuoteSpan> FindQuoteSpans(const TokenizedText& text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_QUOTE_FINDER_H_
