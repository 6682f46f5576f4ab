// ActorFinder: finds the actors of one document and every mention of them.
//
// Sources, in order of precedence within a run of capitalised words:
//   1. organisation heads: "U.S. State Department", "Ministry of Fisheries",
//      "Centre for Strategic and International Studies" (head word followed
//      by of/for takes the rest of the run); "(ACRONYM)" right after such a
//      name becomes its alias for the rest of the document;
//   2. titles: "Foreign Minister Ada Quill" (the title is not the name);
//      a common word before a country ending the run is a company named
//      after it ("Air Norway");
//   3. lexicon phrases: iso-codes countries and subdivisions (states,
//      provinces, counties), demonyms, capitals, known organisations and
//      blocs;
//   4. name candidates: 2-4 capitalised words that are a person when a title
//      precedes them, their first word is a known given name, a speech cue
//      is next to them or an apposition follows ("Ada Quill, a former ...");
//      an organisation when an org noun precedes them ("firm Quill Systems"),
//      or, before any of those person cues, when they end in an org suffix
//      ("Ada Motor Corp") or an org follower comes next ("said Quill
//      Systems chairman ...").
// A later surname alone ("Quill said") refers to the person. Bylines and
// footers hold no actors.
//
// Names none of the above types are typed by their context, in order (the
// code is in name_typing.cc; actor_builder.h is the per-document builder):
//   5. sports results: a place or name followed by a score ("Kestrel 3
//      Alderby 1", "PORT ALDER 74 59") or after "v" is a team
//      (organisation), and that place name is the team in the whole
//      document; a name opening with a given name or an initial is a player;
//   6. unknown acronyms in running text ("the KSF said") are organisations
//      (common_acronyms.txt lists those that are not); names ending in an
//      org suffix (org_suffixes.txt, "Alder Holdings", "Quill & Lund") are
//      organisations; after in/at/near or ending in a place head
//      (place_heads.txt) they are places;
//      "the" and a capitalised plural of common words ("the Kestrels") is a
//      team or group (organisation);
//   7. two or three capitalised words that are no common words (the system
//      word list) are a person ("Maren Tollefsen"), unless a known place
//      opens them ("Oregon Skarvers": an organisation named after it);
//   8. one sense per document: an untyped name equal to a typed one is that
//      actor.
// A common word opening a sentence ("Trailing Kestrel ...") is no part of a
// name. Datelines ("KESTREL 2025-01-14", "KESTREL, March 4 -") are places.
// All-caps headline paragraphs hold only names the body has (compared
// case-insensitively) and countries.
#ifndef ACTORGRAPH_EXTRACT_ACTOR_FINDER_H_
#define ACTORGRAPH_EXTRACT_ACTOR_FINDER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extract/lexicons.h"
#include "extract/name_tagger.h"
#include "extract/tokenizer.h"
#include "model/facts.h"

namespace actorgraph {

struct DocActor {
  std::string id;
  std::string name;
  ActorType type = ActorType::kPerson;
  Gender gender = Gender::kUnknown;
  std::vector<std::string> aliases;  // surface forms in order of first use
};

struct ActorMention {
  uint32_t begin = 0;  // first token
  uint32_t end = 0;    // one past the last token
  int actor = -1;      // index into ActorTable::actors
  bool demonym = false;  // "Russian": the adjective of a country's people
};

// Invariant: mentions are in text order and never overlap; mention_at[i] is
// the index of the mention covering token i, or -1.
struct ActorTable {
  std::vector<DocActor> actors;
  std::vector<ActorMention> mentions;
  std::vector<int> mention_at;

  int ActorAt(size_t token) const {
    int m = token < mention_at.size() ? mention_at[token] : -1;
    return m < 0 ? -1 : mentions[m].actor;
  }
};

class ActorFinder {
 public:
  // `lexicons` (and `tagger`, when given) must outlive the finder. Without
  // a tagger only the rules below find names.
  explicit ActorFinder(const Lexicons& lexicons, const NameTagger* tagger = nullptr)
      : lex_(lexicons), tagger_(tagger) {}

  ActorTable Find(const TokenizedText& text) const;

 private:
  const Lexicons& lex_;
  const NameTagger* tagger_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_ACTOR_FINDER_H_
