// SpeakerAttributor: per document, turns quotation spans into statements with speakers,
// and finds reported speech. Defined in three files: speaker_attribution.cc
// (the order of the rules, Attribute), quote_attribution.cc (rules 1, 2 and
// 2b) and speaker_subject.cc (who the subject of a cue is; rule 4 and the
// guesses).
//
// Direct quotes, first rule that applies:
//   0. a short quote (at most kMaxScareWords words) right after a
//      preposition, article, name or cue is a title or label
//      (`On ABC's "This Week," X said`); only rule 2b can keep it, and only
//      inside a larger clause;
//   1. after the quote: `"...," says X` / `"...," X says` /
//      `"...," X, a former official at Y, said` / `"...," reads the sign`
//      (only when the quote ends in , . ? ! or is followed by a comma, or by
//      a few words and a comma: `"It seems unlikely" that it works, X said`).
//      A new sentence after the quote, or the words after a quote opening its
//      sentence with no comma (`"..." Lind said.`), attribute it only when
//      they have no quote of their own, open with the speaker and its cue,
//      and the cue takes no clause (`"...?" Mr. Lind asked.`, `Lind said of
//      the port, ...`, `Lind asked the mayor.`; not `"..." He says the money
//      is ready.`). Any past-tense verb before a name is an inverted cue
//      (`"...," scoffed Jo Lind`); a bare plural noun phrase before the cue
//      is the speaker as written (`"...," federal prosecutors wrote`). A paragraph `-- X` right after a
//      quote closing its paragraph signs it. A quote that does not open its
//      sentence takes the clause before it (`The plan is "a disaster," X
//      said.` gives `The plan is "a disaster,`). A quote that ends its
//      sentence but does not open it (`X says the fleet will "sail." The
//      plan was reported ...`) takes nothing from the next sentence; nor
//      does a participle after a quote whose sentence has a cue before it
//      (`X said the plan was "a sham," adding ...`: rule 2b);
//   1'. before rule 1: a quote inside a subordinate clause ("Although X
//      said that ...", "as she said, "..."") with its own verb of saying takes
//      rule 2/2b's speaker, not the main clause's attribution after it;
//   2. before it: `X said: "..."` / `X told reporters, "..."` /
//      `Said X, "..."` / `According to X, "..."` (X any phrase; words between
//      the comma and the quote join the statement) / `X was blunt: "..."`
//      (the sentence's subject) / a paragraph ending `X continued:`;
//   2b. inside a clause governed by a cue earlier in the sentence, or,
//      failing one, by the nearest `reported`, `accuses` or `denies` cue
//      (`They argue that the board should "pay its way."`; not a noun after
//      a preposition: `Despite Danish hopes the ...`):
//      `X says (that) CLAUSE`, `X called it "..."` (naming verbs need an
//      object before the quote), `X ..., saying CLAUSE` (the subject opens the
//      sentence), `X decried the "..."` (the sentence's first past-tense verb,
//      right after a named or pronoun subject; not for the short labels of
//      rule 0); with no subject next to the cue (`X had said`, `X ... and
//      said`), the sentence's subject speaks: the statement is the whole
//      clause, to the end of the sentence, to a comma at the quote's end
//      (unless a lowercase word other than a participle, cue or subject
//      follows it: `"...," because ...`), or
//      to another clause after the quote (a dash, "(", ";", "but", "and"
//      before a past-tense verb, a cue, he/she/they or an actor);
//   3. a quote opening a sentence continues the previous quote of its
//      paragraph (`"A," says X. "B."`), and a paragraph opening with a quote
//      continues the last quote of the paragraph before; a quote after a
//      comma in the sentence of the last quote, with that quote's
//      attribution between them, is its second piece (`"A," X said last
//      month on Twitter, "B."`). With `join_interrupted` (the default) the
//      continuation is joined into the previous statement when at most one
//      sentence of narration lies between them; so is a paragraph that is
//      only a quotation, into the quote ending the paragraph before (at most
//      its attribution between).
//   4. a quote opening its sentence that rules 1-3 leave unattributed takes
//      the subject of the narration sentence right before it when that is an
//      actor or he/she followed by its verb (`Ada Quill agreed. "..."`).
// The speaker phrase gives, in order: the subject next to the cue as
// written (SubjectOf: an actor's mention, a pronoun, "who" (any "who" right
// before the cue, standing for the actor before it), a noun phrase;
// appositives give the name; a cue after "and"/"but" shares the subject of
// its clause: `X praised Y and said`, `When Y left, X nodded and said`); a person mention; "he"/"she" (the latest
// person named before the quote, of that gender when known); an unnamed
// source ("a senior official", speaker ""); another actor; failing all, the
// phrase in the speaker slot as written (speaker_phrase.h, actor -1).
// A cue right after an article is an adjective ("a suggested "code"").
// Where rules 1 and 2 expect a cue, any lowercase past-tense verb serves
// (`"...?" X pressed.`, `X fumed, "..."`), and after a quote any verb
// (past or -s) right after a named or he/she subject (`"...," X concludes on`).
// A participle after a comma (`X said Monday, adding: "..."`) takes the
// subject of the verb of saying before it (a past participle with no subject
// right before it, `the accord adopted in Paris, saying`, is skipped), else
// the subject after "with" (`, with X saying`), else its clause's subject.
// `X said of Y: "..."` takes X, not Y.
// Punctuation inside a nested single quote (`"... 'the best,'" she said`)
// counts as the quote's own.
// A statement is direct only when it is the quotation itself; `X said that
// "..."` takes the "that", and quoted words the sentence carries on after
// (`X says "..." despite the loss`) run to the end of their clause: both are
// reported speech, closing mark included. Quotes of at most kMaxScareWords
// words, or in title case ("How the Grinch Stole Christmas"), with no rule
// 1-2b attribution are scare quotes or titles and dropped; a longer one
// inside a sentence takes, as a guess (confidence 0.2), the subject of its
// clause (ClauseSubject: after the last comma, "and", "when", "where", ...
// that is followed by a name or pronoun and its verb; else the sentence's)
// when a lowercase word follows it.
//
// Reported speech (direct = false) is found by ReportedSpeechFinder
// (reported_speech.h) in sentences with no direct quote.
#ifndef ACTORGRAPH_EXTRACT_SPEAKER_ATTRIBUTION_H_
#define ACTORGRAPH_EXTRACT_SPEAKER_ATTRIBUTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/actor_finder.h"
#include "extract/lexicons.h"
#include "extract/quote_finder.h"
#include "extract/tokenizer.h"

namespace actorgraph {

inline constexpr size_t kMaxScareWords = 4;

struct Statement {
  uint32_t begin = 0;  // byte span of the quoted or reported text
  uint32_t end = 0;
  uint32_t first_token = 0;  // tokens of that text, [first_token, end_token)
  uint32_t end_token = 0;
  bool direct = true;
  int speaker = -1;  // index into ActorTable::actors, -1 when unknown
  std::optional<std::pair<uint32_t, uint32_t>> speaker_tokens;  // [b, e)
  std::string cue;
  double confidence = 0.0;
  // An accusation or denial read as a statement ("accused X of Y"): its
  // accuses/denies relation already ties the speaker to X, so it gives no
  // "quotes" relations.
  bool accusation_or_denial = false;
};

// A speaker phrase next to a cue: its tokens as written, [begin, end), and
// the actor it names or resolves to (-1 for an unnamed source).
struct SpeakerMention {
  int actor = -1;
  uint32_t begin = 0;
  uint32_t end = 0;
  double confidence = 0.0;
};

// Gives `s` its speaker `sp` and the cue in tokens [cue_begin, cue_end) of
// `t`, as written; a statement read from an accusation or denial is marked so
// it adds no `quotes` edge.
void SetStatementSpeaker(const TokenizedText& t, const SpeakerMention& sp, uint32_t cue_begin,
                         uint32_t cue_end, CueKind kind, Statement* s);

// The person a "he"/"she" at token `before` stands for: the latest person
// mentioned before it (outside quotations), of that gender when the text
// tells one; -1 when none.
int ResolvePronoun(const ActorTable& actors, const std::vector<bool>& in_quote,
                   std::string_view pronoun, size_t before);

class SpeakerAttributor {
 public:
  // All references must outlive the attributor.
  // `join_interrupted`: see ExtractorOptions::join_interrupted_quotes.
  SpeakerAttributor(const Lexicons& lex, const TokenizedText& text, const ActorTable& actors,
                    bool join_interrupted = false)
      : lex_(lex), t_(text), actors_(actors), join_interrupted_(join_interrupted) {}

  // Direct quotes then reported speech, in text order within each kind.
  // Call once per attributor (it is per document).
  std::vector<Statement> Attribute(const std::vector<QuoteSpan>& spans);

 private:
  using Speaker = SpeakerMention;
  struct CueHit {
    uint32_t begin = 0;
    uint32_t end = 0;
    CueKind kind = CueKind::kSpeech;
  };

  std::optional<CueHit> CueAt(size_t i) const;
  // The speaker named in tokens [b, e); `before` is where pronouns resolve.
  std::optional<Speaker> SpeakerIn(size_t b, size_t e, size_t before, bool last) const;
  // The first speaker named in tokens [b, e), else the phrase there as
  // written (an unnamed source, confidence 0.4): the slot after a cue.
  std::optional<Speaker> SpeakerOrPhraseIn(size_t b, size_t e, size_t before) const;
  int ResolvePronoun(std::string_view pronoun, size_t before) const;
  // The subject right before the cue at `cue` (`X said`, `X, who said`),
  // as written, else SpeakerIn(sb, cue, ..., last = true).
  std::optional<Speaker> SubjectOf(size_t sb, size_t cue, size_t before) const;
  // The noun phrase opening the sentence at `sb`, ending before `e`: the
  // subject of a participle cue (`X ..., saying`) or of a colon.
  std::optional<Speaker> SentenceSubject(size_t sb, size_t e) const;
  bool IntroWordIsSubject(size_t i) const;
  // `..., with Jo Lind saying`: the subject of a participle right after
  // "with".
  std::optional<Speaker> WithSubject(size_t sb, size_t cue, size_t before) const;
  // The subject of the clause that ends before token e: the last one opening
  // the sentence or following a comma that is a name or he/she followed by a
  // verb (`When Bo spoke, she listened, nodded and said`), else
  // SentenceSubject.
  std::optional<Speaker> ClauseSubject(size_t sb, size_t e) const;
  // `X said Tuesday, adding ...` / `"...," said X, noting ...`: a participle
  // after a comma takes the subject of the verb of saying before the comma.
  std::optional<Speaker> ParticipleSubject(size_t sb, size_t cue, size_t before) const;
  // SentenceSubject without skipping an introductory phrase.
  std::optional<Speaker> SubjectAt(size_t sb, size_t e) const;
  bool AttributeAfter(const QuoteSpan& q, Statement* s) const;
  bool AttributeBefore(const QuoteSpan& q, Statement* s) const;
  // `X says (that) CLAUSE` with the quote inside CLAUSE: the statement becomes
  // the whole clause, up to the end of the quote's sentence.
  // `any_verb`: a past-tense verb after a named subject may govern the clause
  // (not for labels, which need a cue: `visited the "Harbor Hour" studio`).
  bool AttributeClause(const QuoteSpan& q, bool any_verb, Statement* s) const;
  // Token i (before a short quote) makes the quote a title or label:
  // `On ABC's "This Week,"`, `told "Morning Joe,"`, `a "sociopath,"`.
  bool LabelPrecedes(size_t i) const;
  // The quotation is the title of a work, in title case (see the .cc).
  bool IsTitle(const QuoteSpan& q) const;
  // A lowercase word ending in "ed": a verb of saying no lexicon lists
  // ("pressed", "fumed", "cracked") when it stands where a cue would.
  bool IsPastVerb(size_t i) const;
  bool IsParticiple(size_t i) const;  // a word ending in "ing" ("saying")
  // The sentence starting at token k, after a quote, can attribute it: it
  // has no quote of its own.
  bool AttributionSentenceAt(size_t k) const;
  // The cue ending at token `after` takes no object or clause: the sentence
  // ends, or punctuation or a preposition follows: `Lind said of the port`,
  // not `He says the money is ready.`
  bool NoClauseAfter(size_t after) const;
  // Token n, after a quote inside a clause statement, starts another clause:
  // a dash, "(", ";", "but", or "and" before a past-tense verb, a cue or a
  // new subject.
  bool ClauseBreakAt(size_t n) const;
  // A past-tense verb or a lowercase word ending in "s" ("concludes").
  bool IsFiniteVerb(size_t i) const;
  // End of the actor mention or he/she at token k, else 0.
  size_t SubjectEnd(size_t k) const;
  // `According to X, the plan is "a sham."`: the clause after the comma is
  // the statement, when words precede the quote.
  void AccordingToClause(const QuoteSpan& q, Statement* s) const;
  // Last resort for a long quote with no attribution inside a sentence: the
  // sentence's subject when a lowercase word (its verb) follows it.
  void GuessSubject(const QuoteSpan& q, Statement* s) const;
  // The quote sits in a subordinate clause ("Although", "while", "as", ...)
  // with a verb of saying before it and no comma between.
  bool SubordinateCueBefore(const QuoteSpan& q) const;
  // The lowercase verb after a subject ending at token i, past an
  // appositive between commas and adverbs ("then", "-ly"); 0 when none
  // before `limit`.
  size_t VerbAfterSubject(size_t i, size_t limit) const;
  // A quote opening its sentence with no attribution: the subject of the
  // narration sentence right before it (`Ada Quill agreed. "..."`), when
  // that subject is an actor or he/she followed by its verb.
  bool PreviousSubject(const QuoteSpan& q, Statement* s) const;
  void SetSpeaker(const Speaker& sp, const CueHit& cue, Statement* s) const;
  size_t SentenceEnd(size_t i) const { return t_.sentence_begin[t_.tokens[i].sentence + 1]; }
  size_t SentenceBegin(size_t i) const { return t_.sentence_begin[t_.tokens[i].sentence]; }

  const Lexicons& lex_;
  const TokenizedText& t_;
  const ActorTable& actors_;
  const bool join_interrupted_;
  std::vector<bool> in_quote_;  // token is inside a direct quote
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_SPEAKER_ATTRIBUTION_H_
