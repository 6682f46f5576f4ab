// One actor across documents: the store's canonical actors.
//
// The extractor names an actor from one document ("CBS Inc", "Smith",
// "ARGENTINA" as a place); the store has seen many. Before it writes a
// document, the store takes each actor it does not know yet for one it
// knows, when exactly one fits:
//
//   name     the same name up to case, a company suffix or a leading article:
//            "CBS Inc" and "CBS", "The Treasury" and "Treasury";
//   country  a place or organisation named as a known country is the country;
//   alias    a short form one known actor has as a name or alias ("OPEC");
//   surname  a bare surname that exactly one known person bears, and no
//            other person of the same document; a surname two known people
//            share is never merged (a person of two or more words named
//            exactly as one known company, "Data General" for "Data General
//            Corp", is the company: reason name);
//   user     the user's alias file: "X = Y" forces, "X != Y" forbids.
//
// An actor the store already knows keeps its id (unless a user rule moves
// it), so the first form seen of an actor names it, and each merge is
// recorded in the document's facts (DocumentFacts::merges) with its reason:
// `actorgraph actors --merges` lists them. The rules read only names and
// types, never the text, so any writer (ingest, --facts, merge, import)
// canonicalises alike. docs/store.md ("Canonical actors") says more.
#ifndef ACTORGRAPH_STORE_CANONICAL_H_
#define ACTORGRAPH_STORE_CANONICAL_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/facts.h"
#include "model/status.h"

namespace actorgraph {

// Bumped when the rules change, so that a re-ingest applies them again.
inline constexpr uint32_t kCanonicalRulesVersion = 1;

// The form names are compared in: ASCII lowercase words (of letters,
// digits and an inner '&'; inner stops and apostrophes dropped, hyphens
// separate) joined by one space, a leading "the" dropped, and trailing
// company suffixes dropped while a word remains ("The CBS Inc." -> "cbs",
// "U.S." -> "us", "Rolls-Royce Plc" -> "rolls royce"). Suffixes: Inc, Corp,
// Co, Ltd, plc, LLC, LP, LLP, AG, SA, NV, BV, GmbH, SpA, and the spelled-out
// Incorporated, Corporation, Company, Limited.
std::string FoldName(std::string_view name);
// Whether a name ends with a company suffix ("Amgen Inc").
bool HasCompanySuffix(std::string_view name);
// The lowercase last word of a name of two or more words, a generational
// suffix (Jr, Sr, II, III) skipped; "" for a single word.
std::string Surname(std::string_view name);
// The actor type an id's prefix names ("org:x" -> organization).
std::optional<ActorType> TypeOfId(std::string_view id);

// The keys of the store's canon family (store/keys.h) an actor record
// has, each with what the form is of it (keys::kCanonName ...): its folded
// name; its aliases' when it is not a person; its surname when it is a
// person of two or more words. Only aliases from `first_alias` on, and the
// name only when `with_name`: what a record that grew gains.
std::vector<std::pair<std::string, char>> CanonKeys(const Actor& record, size_t first_alias = 0,
                                                    bool with_name = true);

// A user's alias file: one rule a line, '#' starts a comment.
//   X = Y     the actor named X is Y (Y: an actor id such as org:cbs, or a name)
//   X != Y    never take X for Y, nor Y for X
// Names are compared up to case and punctuation ("NSA Inc != NSA" keeps
// the two apart); ids as written. "X = Y" with Y a name needs one known
// actor (or one of the same document) named Y.
struct AliasRules {
  std::vector<std::pair<std::string, std::string>> same;   // X, Y
  std::vector<std::pair<std::string, std::string>> apart;  // X, Y
  std::string text;  // as read, kept in the store

  bool empty() const { return same.empty() && apart.empty(); }
  // `source` names the file in errors: "FILE:LINE: ...".
  static Result<AliasRules> Parse(std::string_view text, std::string_view source);
};

// What the rules need of the store, as it stands before this document.
class ActorIndex {
 public:
  virtual ~ActorIndex() = default;
  struct Entry {
    std::string id;
    bool by_name = false;  // the form is the actor's folded name, not an alias
    bool company = false;  // and that name ends with a company suffix
  };
  // Whether the store holds an actor with this id.
  virtual Result<bool> Known(std::string_view id) = 0;
  // ByName and BySurname give an entry with an empty id for a form more
  // actors share than the index lists: ambiguous whatever the rest.
  //
  // The actors having `folded` as a folded name or alias.
  virtual Result<std::vector<Entry>> ByName(std::string_view folded) = 0;
  // The persons of two or more words with this surname.
  virtual Result<std::vector<Entry>> BySurname(std::string_view surname) = 0;
  // The name and aliases of a known actor (none when unknown).
  virtual Result<std::vector<std::string>> Names(std::string_view id) = 0;
};

// Rewrites the ids of `facts`' actors (and so of its statements and
// relations) to the actors `index` knows, by the rules above, and appends a
// merge to facts.merges for each. Returns true when anything changed.
//
// One known actor may be the one to go: a person the extractor typed so
// elsewhere, with the very name of a company this document names with its
// suffix ("Amgen" said ..., then "Amgen Inc"). The company keeps
// its id, and (known id, company id) is appended to `retired`, for the
// writer to move the known actor's documents over (RemapActors).
Result<bool> Canonicalize(DocumentFacts& facts, ActorIndex& index, const AliasRules& rules,
                          std::vector<std::pair<std::string, std::string>>* retired);

// Renames actors in `facts`: entries of one actor joined, statements,
// relations (a relation left from an actor to itself dropped) and merges'
// targets.
void RemapActors(DocumentFacts& facts, const std::map<std::string, std::string>& remap);

}  // namespace actorgraph

#endif  // ACTORGRAPH_STORE_CANONICAL_H_
