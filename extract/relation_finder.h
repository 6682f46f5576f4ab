// RelationFinder: accusations and denials between actors of one document.
//
// A cue (cues.txt kinds accuses/denies) outside direct quotes gives edges
// from its subject to its object:
//   subject: the actor phrase right before the cue, adverbs skipped
//            ("X and Y blamed Z" -> both); "they" -> an actor conjunction
//            earlier in the sentence, else the last collective sentence
//            subject ("U.S. and other Western officials"); "both" -> the
//            last actor conjunction;
//   object:  (accuses) the first actor group after the cue in its clause,
//            named before "of" for cues that say so ("suspected X of");
//            (denies) an actor after "by"/"from", else none.
// No edge when a negation or hedge (cues.txt) is within three words before
// the cue ("did not accuse", "might wrongly blame"), when the cue is a
// passive participle ("-- blamed for"), or when no subject actor is found
// ("a nation blamed ...").
#ifndef ACTORGRAPH_EXTRACT_RELATION_FINDER_H_
#define ACTORGRAPH_EXTRACT_RELATION_FINDER_H_

#include <cstdint>
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
  // The first actor group in [b, e), stopping at `stop_word` when given.
  std::vector<int> GroupAfter(size_t b, size_t e) const;
  bool Hedged(size_t cue, size_t sb) const;
  void SentenceGroups(size_t sb, size_t se, std::vector<Group>* conj,
                      std::vector<int>* subject) const;

  const Lexicons& lex_;
  const TokenizedText& t_;
  const ActorTable& actors_;
  const std::vector<bool>& in_quote_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RELATION_FINDER_H_
