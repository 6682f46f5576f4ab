// ReportedSpeechFinder: per document, finds reported (indirect) speech and
// appends it as statements with direct = false.
//
// Forms, with a cue of kind speech or reported (cues.txt):
//   SUBJ [has also] CUE [on Monday] [that] CLAUSE.   (CUE told: a listener
//                                                     may follow it)
//   SUBJ, an apposition, CUE CLAUSE.
//   CLAUSE, SUBJ CUE [on Monday].  /  CLAUSE, CUE X[, apposition].
//   A, SUBJ CUE, B.                 (the whole sentence is reported)
//   According to X, CLAUSE.  /  CLAUSE, according to X.  /
//   A, according to X, B.
//   X did something and said CLAUSE.  /  X did something, saying CLAUSE.
//   Name: CLAUSE                    (a headline paragraph)
//   SUBJ [does not] CUE OBJECT       (cues marked "np" and accusations:
//                                     "endorsed X on Monday", "accused X of
//                                     Y"; the object ends at a comma, a dash
//                                     or a time phrase)
// The statement's span is the clause, "that" included (reached only through
// a prepositional phrase: "said on Fox News that"), up to the sentence end, a
// ';', a contrast (", but"), a relative clause after a comma (", which ..."),
// or a conjunction before a verb of saying (", and Bo Lind said", "and said")
// or right before another cue ("and criticized"). A cue of kind reported
// right after a past-tense verb is that verb's object ("urged caution"). Its speaker is the local mention as written: a name, a
// pronoun ("he", "who", "they"), or a noun phrase ("Harbour officials",
// "some fishermen"; lowercase modifiers are left out, "harbour officials"
// gives "officials", except before a postposed cue); its actor is the named actor, a resolved
// he/she, or the actor before ", who"; else -1. Clauses holding a quotation mark (mixed
// quotes) and cues inside a direct quote are left to the direct quotes; a sentence holding a
// direct quote may still report a clause outside it ("X endorsed Y on Monday, calling her ...").
#ifndef ACTORGRAPH_EXTRACT_REPORTED_SPEECH_H_
#define ACTORGRAPH_EXTRACT_REPORTED_SPEECH_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
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

  // Appends the reported statements to `out`, in text order. Headline
  // paragraphs ("Name: CLAUSE") count only in sentences not marked in
  // `sentence_has_quote` (indexed by sentence).
  void Find(const std::vector<bool>& sentence_has_quote, std::vector<Statement>* out) const;

 private:
  using Speaker = SpeakerMention;
  struct CueHit {
    uint32_t begin = 0;
    uint32_t end = 0;
    CueKind kind = CueKind::kSpeech;
    bool infinitive = false;  // the clause may be "to ..." ("declined to")
    bool needs_that = false;  // the clause must open with "that" ("found that")
    bool object = false;      // the content may be an object noun phrase ("endorsed X")
  };

  std::optional<CueHit> CueAt(size_t i) const;
  // True for the '' and `` of wire copy (one of two glued marks).
  bool IsWireQuote(size_t i) const;
  // True for a cue within a few tokens of a direct quote: it attributes
  // the quote ("...," she added when ...).
  bool NextToQuote(const CueHit& cue) const;
  // True where a reported clause ends early: ", but ...", ", while ...",
  // or a conjunction shortly before another cue (", and Bo Lind said").
  bool ClauseBreak(size_t i, size_t se) const;
  int ResolvePronoun(std::string_view pronoun, size_t before) const;
  // The first token after time phrases at `k` ("on Monday", "last week",
  // "in a statement,").
  size_t SkipTime(size_t k, size_t se) const;
  // The subject noun phrase whose last word is token `h`.
  std::optional<Speaker> SubjectAt(size_t h, size_t sb) const;
  // The subject before an apposition that ends at the comma `p`.
  std::optional<Speaker> SubjectBeforeApposition(size_t p, size_t sb) const;
  // The subject of the sentence's main clause, before token `limit`: a
  // named actor or a pronoun ("But on Monday, she ...").
  std::optional<Speaker> SentenceSubject(size_t sb, size_t limit) const;
  // The noun phrase opening tokens [b, e) ("according to X").
  std::optional<Speaker> PhraseAfter(size_t b, size_t e) const;
  // The speaker after an inverted cue ("..., said X."), starting at `b`.
  std::optional<Speaker> InvertedSubject(size_t b, size_t se) const;
  // The end of a listener at `k` ("reporters", "The Daily Item"), or `k`.
  size_t ListenerEnd(size_t k, size_t se) const;
  // The reported clause after a cue, up to the sentence end `se`.
  std::optional<std::pair<size_t, size_t>> ClauseAfter(const CueHit& cue, size_t se) const;
  // No quotation mark in tokens [b, e), except wire marks inside.
  bool Clean(size_t b, size_t e) const;
  // A headline paragraph [pb, pe) "Name: CLAUSE".
  std::optional<Statement> Headline(size_t pb, size_t pe) const;
  std::optional<Statement> AccordingTo(const CueHit& cue, size_t sb, size_t se) const;
  std::optional<Statement> Said(const CueHit& cue, size_t sb, size_t se) const;
  // The statement of clause tokens [b, e) by `sp`, cued by `cue`.
  Statement Reported(const Speaker& sp, const CueHit& cue, size_t b, size_t e) const;
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
