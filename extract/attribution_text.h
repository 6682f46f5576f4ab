// Word and token tests shared by the speaker attribution files
// (speaker_attribution.cc, speaker_subject.cc, quote_attribution.cc).
// Internal to extract/.
#ifndef ACTORGRAPH_EXTRACT_ATTRIBUTION_TEXT_H_
#define ACTORGRAPH_EXTRACT_ATTRIBUTION_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/lexicons.h"
#include "extract/text_util.h"
#include "extract/tokenizer.h"

namespace actorgraph {

inline constexpr size_t kMaxAttributionTokens = 60;
inline constexpr size_t kMaxObjectTokens = 12;  // `told X that`: X at most this long
inline constexpr size_t kMaxObjectWords = 4;    // `"...?" Lind asked the harbor master.`
inline constexpr size_t kMaxBarePhraseWords = 3;  // `"...," federal trade officials said.`

inline bool IsSentenceStop(std::string_view p) { return p == "." || p == "?" || p == "!" || p == "..."; }

// A "." that does not end its sentence ends an abbreviation ("Ms.", "Sen.").
inline bool IsAbbreviationStop(const TokenizedText& t, size_t i) {
  return t.Is(i, ".") && i + 1 < t.tokens.size() && t.tokens[i + 1].sentence == t.tokens[i].sentence;
}

// A single quotation mark (' or a curly one), which the tokenizer leaves as
// punctuation: `"... 'the best,'" she said`.
inline bool IsSingleMark(const TokenizedText& t, size_t i) {
  if (t.tokens[i].kind != TokenKind::kPunct) return false;
  std::string_view m = t.Text(i);
  return m == "'" || m == "\xE2\x80\x98" || m == "\xE2\x80\x99";
}

// Verbs that put a quoted label on something: `X called the plan "a sham"`.
// Only direct quotes take them as cues ("a town called Fernby" has no quote).
inline bool IsNamingVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "called", "calls", "calling", "call", "dubbed", "dubs", "described", "describes",
      "describing", "labeled", "labelled", "branded", "termed", "deemed"};
  for (std::string_view v : kVerbs) {
    if (w == v) return true;
  }
  return false;
}

// "read"/"reads" attribute a quote to a text (`"...," the sign read`) only
// next to the quote: elsewhere "reads" is as often a noun.
inline bool IsReadVerb(std::string_view w) { return w == "read" || w == "reads"; }

inline bool IsDash(const TokenizedText& t, size_t i) {
  return t.tokens[i].kind == TokenKind::kPunct &&
         (t.Is(i, "-") || t.Is(i, "--") || t.Is(i, "\xE2\x80\x94") || t.Is(i, "\xE2\x80\x93"));
}

inline bool IsArticle(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "A" || w == "An" || w == "The";
}

inline bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "despite", "after", "before", "with", "without", "amid", "of", "for", "about", "over",
      "against", "by", "from", "to", "in", "on", "under", "like", "among", "at"};
  std::string lower = AsciiLower(w);
  for (std::string_view v : kWords) {
    if (lower == v) return true;
  }
  return false;
}

inline bool IsPronoun(std::string_view w) {
  return w == "he" || w == "He" || w == "she" || w == "She";
}

// A verb that only reports speech ("argue", "admitting", "warned"), accuses
// or denies: it does not attribute a quote standing alone, but governs a
// clause that holds one (`They argue that the plan should "pay for itself."`,
// `X accused him of "selling out."`).
// Returns the cue's length in tokens, 0 when none starts at `i`, and its kind
// in `*kind`.
inline uint32_t ReportedCueAt(const Lexicons& lex, const TokenizedText& t, size_t i, CueKind* kind) {
  if (!t.IsWord(i)) return 0;
  size_t limit = t.paragraph_begin[t.tokens[i].paragraph + 1];
  PhraseTable::Match m = lex.cue_phrases().Longest(t, i, limit);
  if (m.value < 0) return 0;
  *kind = lex.cues()[m.value].kind;
  if (lex.cues()[m.value].object_before == "noun") return 0;  // "accusation"
  return *kind == CueKind::kReported || *kind == CueKind::kAccuses || *kind == CueKind::kDenies ||
                 *kind == CueKind::kCriticizes
             ? m.length
             : 0;
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_ATTRIBUTION_TEXT_H_
