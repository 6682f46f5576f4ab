// Scoring extracted facts against gold annotations (actorgraph eval).
//
// Gold JSONL, one document per line (docs/eval.md):
//   {"id": "...", "text": "...",
//    "quotes":   [{"start", "end", "speaker", "speaker_start", "speaker_end",
//                  "quote_marks", "text", ...}],
//    "entities": [{"start", "end", "type"}]}
// Gold offsets are Unicode code points (Python str indices), end exclusive;
// facts use UTF-8 byte offsets, so predictions are converted per document
// with a CodePointMap. A document without a "quotes" (or "entities") key is
// left out of that part of the scoring; other fields are ignored.
//
// Quotes: a prediction matches a gold quote when the code-point Jaccard
// overlap of their spans is >= kMinQuoteJaccard, one-to-one, greedily by best
// overlap. Both spans are first trimmed of white space and quotation marks
// at their ends (predicted spans exclude the marks by contract, gold spans
// often include them). A matched pair is attributed right when the predicted
// speaker_mention overlaps the gold speaker span. Gold quotes with no speaker
// (and the predictions matched to them) are left out of attribution.
//
// Entities: each actor mention is a predicted entity whose type is
// ConllType(actor type); exact = same span and type, lenient = overlapping
// spans of the same type (one-to-one, best overlap first).
#ifndef ACTORGRAPH_CLI_EVAL_H_
#define ACTORGRAPH_CLI_EVAL_H_

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/facts.h"
#include "model/status.h"

namespace actorgraph {

inline constexpr double kMinQuoteJaccard = 0.5;

// True positives, false positives and false negatives, with the usual
// ratios; each ratio is 0 when its denominator is 0.
struct Counts {
  uint64_t tp = 0;
  uint64_t fp = 0;
  uint64_t fn = 0;
  double Precision() const;
  double Recall() const;
  double F1() const;
  Counts& operator+=(const Counts& other);
  bool operator==(const Counts&) const = default;
};

// Maps UTF-8 byte offsets of one text to code-point offsets. A byte offset
// inside a multi-byte character maps to that character; offsets past the end
// map to the code-point length.
class CodePointMap {
 public:
  explicit CodePointMap(std::string_view utf8);
  uint32_t ToCodePoint(uint32_t byte_offset) const;
  Span ToCodePoints(Span bytes) const;
  uint32_t code_points() const { return code_points_; }

 private:
  std::vector<uint32_t> byte_to_cp_;  // size bytes + 1
  uint32_t code_points_ = 0;
};

// The text's code points, decoded (the text must be valid UTF-8).
std::u32string DecodeUtf8(std::string_view utf8);

// |a ∩ b| / |a ∪ b| over code points; 0 for two empty spans.
double Jaccard(Span a, Span b);
// Whether the spans share at least one position.
bool Overlaps(Span a, Span b);
// Whether Jaccard(a, b) >= kMinQuoteJaccard, computed exactly in integers.
bool QuoteSpansMatch(Span a, Span b);

// One-to-one matching of predicted to gold spans: every pair accepted by
// `accept` is a candidate; candidates are taken by decreasing Jaccard (ties:
// lower gold index, then lower predicted index) while both ends are free.
// Returns (gold index, predicted index) pairs.
template <typename Accept>
std::vector<std::pair<size_t, size_t>> MatchSpans(const std::vector<Span>& gold,
                                                  const std::vector<Span>& predicted,
                                                  Accept accept);

// `span` of `text` without white space and quotation marks at its ends.
Span TrimQuoteSpan(const std::u32string& text, Span span);

// Whether a gold quotation counts as direct: the statement is the quotation
// itself, its text (without trailing white space and . , ; :) opening with a
// quotation mark and closing with one (“ ” " ‘ ’ ' « », and '' as some papers
// write it); or `quote_marks` is set and the span leaves the marks out (it
// holds none). Reported speech holding a quoted fragment (`that it was "a
// disgrace".`) is not direct, whatever its `quote_marks` flag says: PolNeAR
// sets the flag on such mixed quotations.
bool IsDirectGold(std::u32string_view quote_text, bool quote_marks);

// The CoNLL-2003 type an actor type is scored as: person -> PER; organization,
// agency -> ORG; country, location -> LOC; group -> MISC.
std::string_view ConllType(ActorType type);

struct GoldQuote {
  Span span;                   // code points
  std::optional<Span> speaker;  // code points; nullopt when unattributed
  bool direct = false;
  std::string cue;             // as written, "" when the gold gives none
  std::optional<uint32_t> cue_start;  // code point
};

// The relation family a gold attribution's cue belongs to, by the stems of
// its words: accuses (accus*, blam*), denies (deny*, deni*: not
// "denounce"), criticizes (critici*, condemn*, denounc*, ...); none
// otherwise.
std::optional<RelationType> CueFamily(std::string_view cue);

struct GoldEntity {
  Span span;  // code points
  std::string type;
};

struct GoldDocument {
  std::string id;
  std::string text;
  std::optional<std::vector<GoldQuote>> quotes;      // nullopt: key absent
  std::optional<std::vector<GoldEntity>> entities;  // nullopt: key absent
  // Event-coded records (PETRARCH validation): the CAMEO codes of "events"
  // ("112", "1121", "033"), and meta.noevents (a record that must give no
  // event). nullopt: no "events" key.
  std::optional<std::vector<std::string>> events;
  bool no_events = false;
};

// Parses one gold JSONL line. The error message names the problem but not
// the file or line ("quotes[3]: end 90 is past the text's 80 code points").
Result<GoldDocument> ParseGoldDocument(std::string_view line);

struct QuoteScores {
  Counts span;
  Counts attribution;
};

// Event-coded records: how many hold a code of the family and how many of
// those gave an edge of the matching type (strict) or of any DISAPPROVE type
// (accuses or criticizes: coders and lexicons differ on where "condemn"
// goes).
struct EventScores {
  uint64_t records = 0;
  uint64_t with_type = 0;
  uint64_t with_family = 0;
  EventScores& operator+=(const EventScores& o) {
    records += o.records;
    with_type += o.with_type;
    with_family += o.with_family;
    return *this;
  }
};

struct EvalReport {
  uint64_t documents = 0;
  uint64_t quote_documents = 0;   // documents with a "quotes" key
  uint64_t entity_documents = 0;  // documents with an "entities" key
  uint64_t gold_quotes = 0;
  uint64_t gold_entities = 0;
  QuoteScores all, direct, indirect;
  std::map<std::string, Counts> entities_exact;    // by CoNLL type
  std::map<std::string, Counts> entities_lenient;  // by CoNLL type
  // Relations against gold attributions of each cue family (CueFamily).
  std::map<RelationType, Counts> relations;
  uint64_t event_records = 0;
  EventScores accuse_events, criticize_events;  // CAMEO 112*, 111*
  uint64_t no_event_records = 0;
  uint64_t no_event_records_with_edge = 0;  // any accuses/criticizes/denies
};

// Adds one document's scores to `report`. `facts` are the extractor's output
// for gold.text (byte offsets).
void ScoreDocument(const GoldDocument& gold, const DocumentFacts& facts, EvalReport* report);

// Span and attribution counts of `predicted` quotes against `gold` quotes,
// all spans in code points (the quotes are already trimmed and filtered).
struct PredictedQuote {
  Span span;
  std::optional<Span> speaker;
};
QuoteScores ScoreQuotes(const std::vector<GoldQuote>& gold,
                        const std::vector<PredictedQuote>& predicted);

// Prints a plain-text table per part to `out`; a part with no gold items in
// the whole file says "not scored" (CoNLL has no quotes, PolNeAR no entities).
void PrintReportText(const EvalReport& report, std::string_view gold_path, std::FILE* out);
// The same figures as one JSON object (docs/eval.md), newline-terminated.
std::string FormatReportJson(const EvalReport& report, std::string_view gold_path);

// ---------------------------------------------------------------------------

template <typename Accept>
std::vector<std::pair<size_t, size_t>> MatchSpans(const std::vector<Span>& gold,
                                                  const std::vector<Span>& predicted,
                                                  Accept accept) {
  struct Candidate {
    double jaccard;
    size_t g, p;
  };
  std::vector<Candidate> candidates;
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t p = 0; p < predicted.size(); ++p) {
      if (accept(gold[g], predicted[p])) candidates.push_back({Jaccard(gold[g], predicted[p]), g, p});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.jaccard > b.jaccard; });
  std::vector<bool> gold_used(gold.size()), predicted_used(predicted.size());
  std::vector<std::pair<size_t, size_t>> pairs;
  for (const Candidate& c : candidates) {
    if (gold_used[c.g] || predicted_used[c.p]) continue;
    gold_used[c.g] = predicted_used[c.p] = true;
    pairs.emplace_back(c.g, c.p);
  }
  return pairs;
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_EVAL_H_
