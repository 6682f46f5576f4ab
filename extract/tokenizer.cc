#include "extract/tokenizer.h"

#include <array>

#include "extract/text_util.h"

namespace actorgraph {
namespace {

inline unsigned char At(std::string_view s, size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}
inline bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// ASCII letters and digits, by table: the tokenizer's innermost test.
constexpr std::array<bool, 256> MakeAlnumTable() {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return table;
}
constexpr std::array<bool, 256> kAlnum = MakeAlnumTable();
inline bool IsAsciiAlnum(unsigned char c) { return kAlnum[c]; }

// Length of the UTF-8 punctuation sequence at i (E2 80 xx: quotes, dashes,
// ellipsis), or 0.
inline size_t Utf8PunctLen(std::string_view s, size_t i) {
  if (At(s, i) == 0xE2 && At(s, i + 1) == 0x80) {
    unsigned char c = At(s, i + 2);
    if (c >= 0x90 && c <= 0xA6) return 3;  // dashes, quotes, bullets, ellipsis
  }
  return 0;
}
inline bool IsCurlyApostrophe(std::string_view s, size_t i) {
  return At(s, i) == 0xE2 && At(s, i + 1) == 0x80 && At(s, i + 2) == 0x99;
}
inline bool IsWordByte(std::string_view s, size_t i) {
  unsigned char c = At(s, i);
  if (IsAsciiAlnum(c)) return true;
  return c >= 0x80 && Utf8PunctLen(s, i) == 0 && !(c == 0xC2 && At(s, i + 1) == 0xA0);
}
inline size_t ApostropheLen(std::string_view s, size_t i) {
  if (At(s, i) == '\'') return 1;
  return IsCurlyApostrophe(s, i) ? 3 : 0;
}

// End of the word starting at i.
size_t ScanWord(std::string_view s, size_t i) {
  // Acronym with stops: U.S., U.K., D.C.
  if (IsAsciiAlpha(At(s, i)) && At(s, i + 1) == '.' && IsAsciiAlpha(At(s, i + 2)) &&
      At(s, i + 3) == '.') {
    size_t j = i;
    while (IsAsciiAlpha(At(s, j)) && At(s, j + 1) == '.') j += 2;
    return j;
  }
  size_t j = i;
  while (j < s.size()) {
    // Runs of ASCII letters and digits, the bulk of any word, in one loop.
    while (j < s.size() && IsAsciiAlnum(static_cast<unsigned char>(s[j]))) ++j;
    if (j == s.size()) break;
    if (IsWordByte(s, j)) {
      unsigned char c = At(s, j);
      j += c < 0x80 ? 1 : (c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2);
      continue;
    }
    unsigned char c = At(s, j);
    if ((c == '-' || c == '&') && IsWordByte(s, j + 1)) {
      ++j;
      continue;
    }
    if ((c == '.' || c == ',') && IsDigit(At(s, j - 1)) && IsDigit(At(s, j + 1))) {
      ++j;
      continue;
    }
    size_t ap = ApostropheLen(s, j);
    if (ap > 0 && IsAsciiAlpha(At(s, j + ap))) {
      // A possessive 's ends the word; other contractions (don't, I'm) stay.
      bool possessive = (At(s, j + ap) | 0x20) == 's' && !IsWordByte(s, j + ap + 1);
      if (possessive) break;
      j += ap;
      continue;
    }
    break;
  }
  return j;
}

bool IsAbbreviation(std::string_view w) {
  static constexpr std::string_view kAbbrev[] = {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col",
                                                 "Lt", "Sgt", "Sen", "Rep", "Prof", "Gov",
                                                 "No", "Jr", "Sr", "vs", "Inc", "Co", "Corp"};
  for (std::string_view a : kAbbrev) {
    if (w == a) return true;
  }
  return w.size() == 1 && StartsUpper(w);  // an initial: "John F. Kennedy"
}

}  // namespace

TokenizedText Tokenize(std::string_view text) {
  TokenizedText out;
  out.text = text;
  std::vector<Token> toks;
  toks.reserve(text.size() / 5 + 8);
  uint32_t paragraph = 0;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = At(text, i);
    if (c == '\n') {
      ++paragraph;
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
      continue;
    }
    if (c == 0xC2 && At(text, i + 1) == 0xA0) {  // no-break space
      i += 2;
      continue;
    }
    Token t;
    t.start = static_cast<uint32_t>(i);
    t.paragraph = paragraph;
    size_t ap = ApostropheLen(text, i);
    size_t plen = Utf8PunctLen(text, i);
    if (ap > 0 && (At(text, i + ap) | 0x20) == 's' && !IsWordByte(text, i + ap + 1) &&
        i > 0 && IsWordByte(text, i - 1)) {
      t.kind = TokenKind::kPossessive;
      i += ap + 1;
    } else if (IsWordByte(text, i)) {
      t.kind = TokenKind::kWord;
      i = ScanWord(text, i);
    } else if (c == '"') {
      t.kind = TokenKind::kQuote;
      ++i;
    } else if ((c == '\'' || c == '`') && At(text, i + 1) == c) {
      t.kind = TokenKind::kQuote;  // '' and `` of New York Times and LaTeX copy
      i += 2;
    } else if (plen == 3 && (At(text, i + 2) == 0x9C || At(text, i + 2) == 0x9D)) {
      t.kind = TokenKind::kQuote;  // “ ”
      i += 3;
    } else if (plen > 0) {
      t.kind = TokenKind::kPunct;
      i += plen;
    } else {
      t.kind = TokenKind::kPunct;
      size_t j = i + 1;
      if (c == '-' || c == '.') {
        while (At(text, j) == c) ++j;  // "--", "..."
      }
      i = j;
    }
    t.end = static_cast<uint32_t>(i);
    if (t.kind == TokenKind::kWord) {
      std::string_view w = text.substr(t.start, t.end - t.start);
      t.upper = StartsUpper(w);
      t.all_caps = IsAllCaps(w);
    }
    toks.push_back(t);
  }

  // Paragraphs, headlines and sentences.
  uint32_t sentence = 0;
  uint32_t prev_paragraph = UINT32_MAX;
  bool break_before = false;
  for (size_t k = 0; k < toks.size(); ++k) {
    Token& t = toks[k];
    if (t.paragraph != prev_paragraph) {
      out.paragraph_begin.push_back(static_cast<uint32_t>(k));
      out.headline.push_back(true);
      if (k > 0) break_before = true;
      prev_paragraph = t.paragraph;
    }
    // Blank lines hold no tokens: number paragraphs densely. Later tokens
    // still hold raw line numbers, compared against `raw`.
    const uint32_t raw = t.paragraph;
    t.paragraph = static_cast<uint32_t>(out.paragraph_begin.size() - 1);
    if (!out.sentence_begin.empty() && k - out.sentence_begin.back() >= kMaxSentenceTokens) {
      break_before = true;
    }
    if (break_before) {
      ++sentence;
      break_before = false;
    }
    if (k == 0 || out.sentence_begin.size() <= sentence) out.sentence_begin.push_back(static_cast<uint32_t>(k));
    t.sentence = sentence;
    if (t.kind == TokenKind::kWord && !t.all_caps) {
      for (uint32_t b = t.start; b < t.end; ++b) {
        if (IsAsciiAlpha(static_cast<unsigned char>(text[b]))) {
          out.headline.back() = false;
          break;
        }
      }
    }
    if (t.kind != TokenKind::kPunct) continue;
    std::string_view p = out.Text(t);
    if (p != "." && p != "?" && p != "!" && p != "...") continue;
    if (p == "." && k > 0 && toks[k - 1].kind == TokenKind::kWord && toks[k - 1].end == t.start &&
        IsAbbreviation(out.Text(toks[k - 1]))) {
      continue;
    }
    size_t next = k + 1;
    // A closing quotation mark glued to the stop stays in this sentence.
    if (next < toks.size() && toks[next].kind == TokenKind::kQuote && toks[next].start == t.end &&
        toks[next].paragraph == raw &&
        (next + 1 >= toks.size() || toks[next + 1].start > toks[next].end ||
         toks[next + 1].paragraph != raw)) {
      // The quote joins this sentence; the break follows it.
      if (next + 1 < toks.size() && toks[next + 1].paragraph == raw &&
          (toks[next + 1].upper || toks[next + 1].kind == TokenKind::kQuote)) {
        ++k;
        toks[k].sentence = sentence;
        toks[k].paragraph = t.paragraph;
        break_before = true;
      }
      continue;
    }
    if (next < toks.size() && toks[next].paragraph == raw &&
        (toks[next].upper || toks[next].kind == TokenKind::kQuote)) {
      break_before = true;
    }
  }
  // Headlines need at least two words.
  for (size_t p = 0; p < out.paragraph_begin.size(); ++p) {
    size_t b = out.paragraph_begin[p];
    size_t e = p + 1 < out.paragraph_begin.size() ? out.paragraph_begin[p + 1] : toks.size();
    int words = 0;
    for (size_t k = b; k < e; ++k) words += toks[k].kind == TokenKind::kWord;
    if (words < 2) out.headline[p] = false;
  }
  if (toks.empty()) {  // one empty paragraph and sentence (see the invariant)
    out.paragraph_begin.push_back(0);
    out.sentence_begin.push_back(0);
    out.headline.push_back(false);
  }
  out.sentence_begin.push_back(static_cast<uint32_t>(toks.size()));
  out.paragraph_begin.push_back(static_cast<uint32_t>(toks.size()));
  Token end;
  end.start = end.end = static_cast<uint32_t>(text.size());
  end.kind = TokenKind::kPunct;
  end.paragraph = static_cast<uint32_t>(out.paragraph_begin.size() - 2);
  end.sentence = static_cast<uint32_t>(out.sentence_begin.size() - 2);
  out.tokens = TokenList(std::move(toks), end);
  return out;
}

}  // namespace actorgraph
