// Speaker phrases as written, for quotes whose speaker is no known actor.
//
// The attribution rules of speaker_attribution.cc know *where* a speaker must
// stand (`"...," X said`, `"...," said X`, `X said: "..."`); when no actor,
// pronoun or unnamed source is found there, these functions return the noun
// phrase in that slot so the quote still carries its speaker mention:
//   - a capitalised run: "Ms. Acosta", "Sen. Tom Udall", "Judicial Watch";
//   - a determiner and up to kMaxPhraseWords lowercase words:
//     "the committee chairmen", "one unaligned Florida Republican strategist";
//   - a pronoun: "they", "we", "it", "I".
// Leading function words ("But", "And") are not part of a capitalised run.
// A subject with an appositive ("Jo Lind, a fisher, said"; "her adviser,
// Jo Lind, said") gives the name.
#ifndef ACTORGRAPH_EXTRACT_SPEAKER_PHRASE_H_
#define ACTORGRAPH_EXTRACT_SPEAKER_PHRASE_H_

#include <cstdint>
#include <optional>
#include <utility>

#include "extract/lexicons.h"
#include "extract/tokenizer.h"

namespace actorgraph {

inline constexpr size_t kMaxPhraseWords = 8;
inline constexpr size_t kAppositiveTokens = 20;  // "X, APPOSITIVE, said"

using TokenRange = std::pair<uint32_t, uint32_t>;  // [first, end)

// The subject phrase that ends right before the cue at token `cue` (after
// skipping "also", "has", "later", ...), starting no earlier than `begin`.
std::optional<TokenRange> SubjectBefore(const TokenizedText& t, const Lexicons& lex,
                                        size_t begin, size_t cue);

// The phrase that starts at token `b` (right after a cue), ending before
// `limit`, at punctuation, or at a relative word ("who", "which").
std::optional<TokenRange> PhraseAfter(const TokenizedText& t, const Lexicons& lex, size_t b,
                                      size_t limit);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_SPEAKER_PHRASE_H_
