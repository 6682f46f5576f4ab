#include "extract/speaker_phrase.h"

#include "extract/text_util.h"

namespace actorgraph {
namespace {

bool IsOneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (w == x) return true;
  }
  return false;
}

// Words between a subject and its cue: "X also said", "X has said".
bool IsCueModifier(std::string_view w) {
  return IsOneOf(w, {"also", "has", "have", "had", "later", "then", "previously", "once",
                     "recently", "further", "again", "repeatedly", "often", "would", "will",
                     "had", "once", "simply", "just", "reportedly", "publicly", "privately"});
}

bool IsDeterminer(std::string_view lower) {
  return IsOneOf(lower, {"the", "a", "an", "one", "another", "his", "her", "their", "its",
                         "this", "that", "these", "those", "some", "several", "many", "two",
                         "three", "other", "our", "my", "each", "both"});
}

bool IsPronounSpeaker(std::string_view w) {
  return IsOneOf(w, {"he", "He", "she", "She", "they", "They", "we", "We", "I", "it", "It"});
}

// Lowercase words that end a speaker phrase: verbs, prepositions, relatives.
bool EndsPhrase(std::string_view lower) {
  return IsOneOf(lower, {"who", "which", "that", "whose", "in", "on", "at", "to", "for",
                         "with", "from", "during", "after", "before", "when", "while",
                         "as", "and", "or", "but", "is", "was", "are", "were", "has",
                         "had", "have", "said", "says", "told", "by", "about", "if"});
}

// A name word: capitalised, or "." ending an abbreviation glued to it ("Mr.").
bool IsNamePart(const TokenizedText& t, size_t i) {
  const Token& tok = t.tokens[i];
  if (tok.kind == TokenKind::kWord) return tok.upper;
  if (tok.kind == TokenKind::kPossessive) return false;
  return t.Is(i, ".") && i > 0 && t.tokens[i - 1].end == tok.start && t.tokens[i - 1].upper;
}

// A capitalised word that may start a speaker phrase: not a function word
// ("But", "The"), unless it is an abbreviated title ("Mr.", "Ms.").
bool StartsName(const TokenizedText& t, const Lexicons& lex, size_t i) {
  if (!t.IsWord(i) || !t.tokens[i].upper) return false;
  if (!lex.IsFunctionWord(t.Text(i))) return true;
  return t.Is(i + 1, ".") && t.tokens[i + 1].start == t.tokens[i].end;
}

}  // namespace

std::optional<TokenRange> SubjectBefore(const TokenizedText& t, const Lexicons& lex,
                                        size_t begin, size_t cue) {
  size_t end = cue;
  while (end > begin && t.IsWord(end - 1) && IsCueModifier(t.Text(end - 1))) --end;
  if (end > begin + 1 && t.Is(end - 1, ")")) {  // "Rep. Jo Lind (D-Ore.) said"
    size_t open = end - 1;
    while (open > begin && end - open < kAppositiveTokens && !t.Is(open, "(")) --open;
    if (t.Is(open, "(")) end = open;
  }
  if (end <= begin) return std::nullopt;
  if (t.Is(end - 1, ",")) {
    // "Jo Lind, during a visit to Fernby, Lakeshire, said": a name opening
    // the phrase and followed by a comma is the subject.
    size_t n = begin;
    while (n < end && n - begin < 2 * kMaxPhraseWords && IsNamePart(t, n)) ++n;
    if (n > begin && n < end - 1 && t.Is(n, ",") && StartsName(t, lex, begin)) {
      return TokenRange(static_cast<uint32_t>(begin), static_cast<uint32_t>(n));
    }
    // An appositive: "Jo Lind, a fisher, said" or "her adviser, Jo Lind, said".
    size_t p = end - 1;
    while (p > begin && p + kAppositiveTokens > end && !t.Is(p - 1, ",")) --p;
    if (p <= begin || !t.Is(p - 1, ",")) return std::nullopt;
    if (t.IsWord(p) && t.tokens[p].upper) {
      std::optional<TokenRange> name = SubjectBefore(t, lex, p, end - 1);
      if (name && name->first == p) return name;
    }
    return SubjectBefore(t, lex, begin, p - 1);
  }
  if (t.IsWord(end - 1) && IsPronounSpeaker(t.Text(end - 1))) {
    return TokenRange(static_cast<uint32_t>(end - 1), static_cast<uint32_t>(end));
  }
  // A capitalised run, maybe after lowercase title words ("spokeswoman Ada").
  size_t b = end;
  while (b > begin && end - b < 2 * kMaxPhraseWords && IsNamePart(t, b - 1)) --b;
  while (b < end && !StartsName(t, lex, b)) ++b;
  if (b < end) return TokenRange(static_cast<uint32_t>(b), static_cast<uint32_t>(end));
  // "the committee chairmen": lowercase words back to a determiner.
  for (size_t i = end; i > begin && end - i < kMaxPhraseWords;) {
    --i;
    if (!t.IsWord(i)) break;
    std::string lower = AsciiLower(t.Text(i));
    if (IsDeterminer(lower)) {
      if (i + 1 == end) break;  // a lone determiner names no one
      return TokenRange(static_cast<uint32_t>(i), static_cast<uint32_t>(end));
    }
    if (!t.tokens[i].upper && EndsPhrase(lower)) break;
  }
  return std::nullopt;
}

std::optional<TokenRange> PhraseAfter(const TokenizedText& t, const Lexicons& lex, size_t b,
                                      size_t limit) {
  if (b >= limit || !t.IsWord(b)) return std::nullopt;
  if (IsPronounSpeaker(t.Text(b))) {
    return TokenRange(static_cast<uint32_t>(b), static_cast<uint32_t>(b + 1));
  }
  size_t e = b;
  if (StartsName(t, lex, b)) {
    while (e < limit && e - b < 2 * kMaxPhraseWords && IsNamePart(t, e)) ++e;
    return TokenRange(static_cast<uint32_t>(b), static_cast<uint32_t>(e));
  }
  if (!IsDeterminer(AsciiLower(t.Text(b)))) return std::nullopt;
  for (e = b + 1; e < limit && e - b < kMaxPhraseWords && t.IsWord(e); ++e) {
    if (!t.tokens[e].upper && EndsPhrase(AsciiLower(t.Text(e)))) break;
  }
  if (e == b + 1) return std::nullopt;
  return TokenRange(static_cast<uint32_t>(b), static_cast<uint32_t>(e));
}

}  // namespace actorgraph
