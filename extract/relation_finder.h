// RelationFinder: the DISAPPROVE family between actors of one document:
// accusations, criticism and denials (Lexicons::relation_phrases(): kinds
// accuses, criticizes, denies of cues.txt and disapproval_cues.txt).
//
// A cue outside direct quotes gives edges from its source to its target:
//   active:  the source is the actor phrase right before the cue, adverbs and
//            time phrases skipped ("X and Y blamed Z" -> both; "the X
//            government condemned"); past an apposition ("X, a former
//            envoy, accused"); he/she -> the latest person of that gender;
//            "they" -> an actor conjunction earlier in the sentence, else the
//            last collective sentence subject; "both" -> the last actor
//            conjunction; a document ("X's report accused", "a report by X
//            alleged") -> its publisher. The target (accuses, criticizes) is
//            the first actor group after the cue in its clause, named before
//            "of" for cues that say so ("suspected X of"), or the person an
//            apposition names there ("accused the North's leader, Kim, of");
//            (denies) an actor after "by"/"from" or before "'s accusations",
//            else the accuser of the denier in the same sentence ("X
//            blamed Y, which Y denied"), else the one actor that accused or
//            criticised the denier earlier in the document, else none
//            (several: the graph links the denial to each).
//   passive: "X was accused by Y of ...", "X has been criticized by Y":
//            Y -> X; with no "by" agent, no edge.
//   nominal: "accusations by Y against X", "Y's criticism of X",
//            "Y's denial": a cue marked "noun" with its source after
//            "by"/"from" or before "'s", its target after
//            "against"/"of"/"that".
//   reported: "Y said X was responsible for ...", "... X is to blame":
//            the speaker of a verb of saying accuses the clause's subject.
// No edge when a negation or hedge (cues.txt) is within three words before
// the cue ("did not accuse", "might wrongly blame"), in a question (the
// sentence ends with "?"), in a conditional clause ("if", "unless",
// "whether" before the cue in its clause), for a participle after
// punctuation ("Rebuked by Y, X ..."; "-- blamed for"), or when no source
// actor is found ("a nation blamed ...").
#ifndef ACTORGRAPH_EXTRACT_RELATION_FINDER_H_
#define ACTORGRAPH_EXTRACT_RELATION_FINDER_H_

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/actor_finder.h"
#include "extract/lexicons.h"
#include "extract/tokenizer.h"
#include "model/facts.h"

namespace actorgraph {

struct FoundRelation {
  RelationType type = RelationType::kAccuses;
  int source = -1;  // index into ActorTable::actors
  int target = -1;  // -1: none
  uint32_t sentence = 0;
  uint32_t cue_begin = 0;  // tokens of the cue
  uint32_t cue_end = 0;
  double confidence = 0.0;
  uint32_t source_begin = 0;  // tokens naming the source as written
  uint32_t source_end = 0;
};

class RelationFinder {
 public:
  // All references must outlive the finder. in_quote[i]: token i lies in a
  // direct quotation.
  RelationFinder(const Lexicons& lex, const TokenizedText& text, const ActorTable& actors,
                 const std::vector<bool>& in_quote)
      : lex_(lex), t_(text), actors_(actors), in_quote_(in_quote) {}

  std::vector<FoundRelation> Find() const;

 private:
  struct Group {
    uint32_t end = 0;  // token after the group
    std::vector<int> actors;
  };

  // Actors of the phrase ending just before token `i`; *stop is the first
  // token before it that is not part of the phrase.
  std::vector<int> PhraseBefore(size_t i, size_t sb, size_t* stop) const;
  // The source of an active cue at `i` (see the header comment), with the
  // tokens naming it in *name_b, *name_e.
  std::vector<int> SourceBefore(size_t i, size_t sb, const std::vector<Group>& conj,
                                const std::vector<int>& last_subject,
                                const std::vector<Group>& conj_before, double* confidence,
                                uint32_t* name_b, uint32_t* name_e) const;
  // The first actor group in [b, e), stopping at `stop_word` when given.
  std::vector<int> GroupAfter(size_t b, size_t e) const;
  // The first actor group in [b, e) right after one of `words`
  // ("by", "from"); *at is its first mention's first token.
  std::vector<int> GroupAfterWord(size_t b, size_t e, std::initializer_list<std::string_view> words,
                                  size_t* at) const;
  bool Hedged(size_t cue, size_t sb) const;
  // "Y said X was responsible for ..." at token i: appends Y accuses X.
  void ReportedResponsibility(size_t i, size_t sb, size_t se, size_t sentence,
                              std::vector<FoundRelation>* out) const;
  // Fills the target of a denial with no named accuser (header comment).
  void LinkDenials(std::vector<FoundRelation>* out) const;
  // "if", "unless" or "whether" between the clause start and the cue.
  bool Conditional(size_t cue, size_t sb) const;
  void SentenceGroups(size_t sb, size_t se, std::vector<Group>* conj,
                      std::vector<int>* subject) const;

  const Lexicons& lex_;
  const TokenizedText& t_;
  const ActorTable& actors_;
  const std::vector<bool>& in_quote_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RELATION_FINDER_H_
