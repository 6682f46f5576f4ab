// One story told many times: claims.
//
// An agency story reprinted by twenty papers gives twenty documents that say
// the same thing; counting each as a statement makes a copy look like
// consensus. The store gives every statement (a quote's words, a
// relation's evidence sentence) a claim id when it writes the document:
//
//   exact     the same words once case, punctuation, quotation marks and
//             whitespace are folded (ClaimWords), and a wire copy's opening
//             dateline dropped ("OSLO, March 4 (Reuters) - "), are the same
//             claim, in any document, in any order of ingest;
//   near      words of kClaimMinWords or more whose word pairs (bigrams)
//             overlap by a Jaccard similarity of kClaimThreshold or more,
//             with the very same numbers, take the claim of the earliest
//             such statement the store holds ("damage because of frost" and
//             "damage due to frost" in an otherwise identical sentence).
//
// Near-duplicates are found by MinHash with locality-sensitive hashing:
// kClaimBands bands of kClaimRows hashes each, so a pair at the threshold
// shares a band with probability 1 - (1 - 0.7^2)^3 = 0.87 (0.95 at 0.8,
// 0.99 at 0.9); every candidate is then checked against the exact
// similarity. Three bands, not more: each is a key written per claim, and
// keys are what a store write costs. Edge weights count distinct
// claims (EdgeCount::claims), and `query said` lists one statement per claim
// with its sources. docs/store.md ("Claims") gives the figures behind the
// threshold.
#ifndef ACTORGRAPH_STORE_CLAIMS_H_
#define ACTORGRAPH_STORE_CLAIMS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

inline constexpr size_t kClaimMinWords = 8;
inline constexpr double kClaimThreshold = 0.7;
inline constexpr size_t kClaimBands = 3;
inline constexpr size_t kClaimRows = 2;
// A band shared by more claims than this (a template: "the CCC accepted a
// bid for an export bonus to cover the sale of ...") stops taking new ones;
// exact copies still match.
inline constexpr size_t kMaxBandClaims = 16;

// `text` as claims compare it: words joined by one space. A word is a run of
// letters and digits (ASCII lowercased; other letters kept as written);
// quotation marks and apostrophes are dropped ("Japan's" -> "japans"), and
// a full stop or comma between digits is kept ("3.2", "12,500"). Any other
// ASCII character, and the spaces and punctuation of Unicode's Latin-1
// Supplement (U+00A0-U+00BF) and General Punctuation (U+2000-U+206F)
// blocks, separate words.
std::string ClaimWords(std::string_view text);

// A statement's claim as the writer looks it up: the ClaimWords of `text`
// after an opening dateline (model/dates.h, FindDateline).
struct ClaimText {
  uint64_t id = 0;           // ExactClaimId(words)
  std::string words;         // ClaimWords(text)
  std::vector<uint64_t> bands;  // LSH band keys; empty below kClaimMinWords
};
ClaimText MakeClaimText(std::string_view text);

// The claim id of words that nothing near holds: a hash of them, never 0.
uint64_t ExactClaimId(std::string_view words);

// The Jaccard similarity of two ClaimWords' sets of adjacent word pairs, or
// 0 when their numbers (words holding a digit) differ as multisets or
// either has fewer than kClaimMinWords words.
double ClaimSimilarity(std::string_view a, std::string_view b);

// 16 lowercase hex digits, as JSON and tables show a claim.
std::string FormatClaim(uint64_t claim);
std::optional<uint64_t> ParseClaim(std::string_view hex);

}  // namespace actorgraph

#endif  // ACTORGRAPH_STORE_CLAIMS_H_
