#include "extract/quote_finder.h"

#include <algorithm>

namespace actorgraph {
namespace {

enum class MarkRole { kOpen, kClose, kNone };

MarkRole Classify(const TokenizedText& t, size_t i, size_t para_begin, size_t para_end) {
  std::string_view mark = t.Text(i);
  if (mark == "\xE2\x80\x9C" || mark == "``") return MarkRole::kOpen;  // “ ``
  if (mark == "\xE2\x80\x9D") return MarkRole::kClose;  // ”
  const Token& q = t.tokens[i];
  bool space_before = i == para_begin || t.tokens[i - 1].end < q.start;
  bool space_after = i + 1 == para_end || t.tokens[i + 1].start > q.end;
  if (space_before && !space_after) return MarkRole::kOpen;
  if (!space_before) return MarkRole::kClose;
  return MarkRole::kNone;
}

}  // namespace

std::vector<QuoteSpan> FindQuoteSpans(const TokenizedText& t) {
  std::vector<QuoteSpan> out;
  struct Nested {
    QuoteSpan span;
    size_t depth;  // open quotes left around it when it closed
  };
  std::vector<uint32_t> stack;
  std::vector<Nested> nested;
  bool carried = false;  // the stack holds a quote open since an earlier paragraph
  const size_t paragraphs = t.paragraph_begin.size() - 1;
  for (size_t p = 0; p < paragraphs; ++p) {
    size_t b = t.paragraph_begin[p];
    size_t e = t.paragraph_begin[p + 1];
    if (carried) {
      ++b;  // the continuation mark opening this paragraph
    } else {
      stack.clear();
    }
    carried = false;
    nested.clear();
    size_t first_out = out.size();
    for (size_t i = b; i < e; ++i) {
      if (t.tokens[i].kind != TokenKind::kQuote) continue;
      MarkRole role = Classify(t, i, b, e);
      // A straight mark spaced on both sides closes an open quote
      // (`a disgrace, " he said`).
      if (role == MarkRole::kNone && !stack.empty() && t.Text(i) == "\"") role = MarkRole::kClose;
      if (role == MarkRole::kOpen) {
        stack.push_back(static_cast<uint32_t>(i));
      } else if (role == MarkRole::kClose && !stack.empty()) {
        QuoteSpan span{stack.back(), static_cast<uint32_t>(i)};
        stack.pop_back();
        if (stack.empty()) {
          out.push_back(span);
        } else {
          nested.push_back({span, stack.size()});
        }
      }
    }
    const uint32_t o = stack.empty() ? 0 : stack.front();
    const bool opens_speech = !stack.empty() && (o == t.paragraph_begin[p] || t.Text(o - 1) == ":" ||
                                                 t.Text(o - 1) == ",");
    if (stack.size() == 1 && nested.empty() && opens_speech && p + 1 < paragraphs &&
        t.tokens[e].kind == TokenKind::kQuote &&
        Classify(t, e, e, t.paragraph_begin[p + 2]) == MarkRole::kOpen) {
      // A quote running on: the next paragraph opens with a mark again.
      carried = true;
      continue;
    }
    if (!stack.empty()) {
      // The outermost opener never closed: its depth-1 children stand alone.
      for (const Nested& n : nested) {
        if (n.depth == 1 && n.span.open > stack.front()) out.push_back(n.span);
      }
      std::sort(out.begin() + first_out, out.end(),
                [](const QuoteSpan& x, const QuoteSpan& y) { return x.open < y.open; });
    }
  }
  return out;
}

}  // namespace actorgraph
