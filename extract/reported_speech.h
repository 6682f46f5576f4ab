// ReportedSpeechFinder: per document, finds reported (indirect) speech and
// appends it as statements with direct = false.
//
// Forms: `X said (that) CLAUSE.`, `According to X, CLAUSE.`,
// `CLAUSE, according to X.`, in sentences with no direct quote, where X is
// an actor or a resolvable he/she.
#ifndef ACTORGRAPH_EXTRACT_REPORTED_SPEECH_H_
#define ACTORGRAPH_EXTRACT_REPORTED_SPEECH_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/actor_finder.h"
#include "extract/lexicons.h"
#include "extract/speaker_attribution.h"
#include "extract/tokenizer.h"

namespace actorgraph {

class ReportedSpeechFinder {
 public:
  // All references must outlive the finder. `in_quote` marks the tokens of
  // direct quotes (marks included).
  ReportedSpeechFinder(const Lexicons& lex, const TokenizedText& text, const ActorTable& actors,
                       const std::vector<bool>& in_quote)
      : lex_(lex), t_(text), actors_(actors), in_quote_(in_quote) {}

  // Appends the reported statements of sentences not marked in
  // `sentence_has_quote` (indexed by sentence) to `out`, in text order.
  void Find(const std::vector<bool>& sentence_has_quote, std::vector<Statement>* out) const;

 private:
  struct Speaker {
    int actor = -1;
    uint32_t begin = 0;  // tokens of the speaker phrase as written
    uint32_t end = 0;
    double confidence = 0.0;
  };
  struct CueHit {
    uint32_t begin = 0;
    uint32_t end = 0;
    CueKind kind = CueKind::kSpeech;
  };

  std::optional<CueHit> CueAt(size_t i) const;
  std::optional<Speaker> SpeakerIn(size_t b, size_t e, size_t before) const;
  int ResolvePronoun(std::string_view pronoun, size_t before) const;
  void SetSpeaker(const Speaker& sp, const CueHit& cue, Statement* s) const;
  size_t SentenceEnd(size_t i) const { return t_.sentence_begin[t_.tokens[i].sentence + 1]; }
  size_t SentenceBegin(size_t i) const { return t_.sentence_begin[t_.tokens[i].sentence]; }

  const Lexicons& lex_;
  const TokenizedText& t_;
  const ActorTable& actors_;
  const std::vector<bool>& in_quote_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_REPORTED_SPEECH_H_
