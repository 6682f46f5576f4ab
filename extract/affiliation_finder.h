// AffiliationFinder: person -> organisation edges from the roles news gives
// people (relation type affiliated_with).
//
// Two shapes, each outside direct quotations and within one sentence:
//   apposition after the name, one or more role phrases joined by "and":
//     "Ada Quill, a former senior official at the Ministry of Fisheries and
//      now senior fellow at the Nordic Policy Institute"
//     "Per Lund, the Norwegian Defence Minister"  (organisation opens the role)
//     "Jo Ek, a former U.S. diplomat"             (country inside the role)
//     "Bo Lind, head of research at Fjordwise"    (of/on complement kept)
//   role before the name, the organisation before the role or after the name:
//     "Swedish Trade Minister Eva Berg", "former GCHQ official Lund",
//     "consultant Tim Lark of Quill Group".
// A role phrase ends in a role noun of roles.txt; the organisation is the
// last non-person actor of the noun phrase after at/for/of/with/in/from
// ("for Danish bank Nordbank" -> Nordbank; "of Norway's Coastal Service"
// -> the service), else the actor inside or before the role. `role` is the
// phrase as written minus articles, "now" and the organisation's own words;
// `former` is set when it holds a former word ("former", "ex-").
// One edge per (person, organisation) per document: the first one.
#ifndef ACTORGRAPH_EXTRACT_AFFILIATION_FINDER_H_
#define ACTORGRAPH_EXTRACT_AFFILIATION_FINDER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/actor_finder.h"
#include "extract/lexicons.h"
#include "extract/tokenizer.h"

namespace actorgraph {

struct FoundAffiliation {
  int person = -1;  // index into ActorTable::actors
  int org = -1;     // index into ActorTable::actors: not a person or location
  uint32_t sentence = 0;
  std::string role;  // "former senior official"
  bool former = false;
  double confidence = 0.0;
};

class AffiliationFinder {
 public:
  // All references must outlive the finder. in_quote[i]: token i lies in a
  // direct quotation.
  AffiliationFinder(const Lexicons& lex, const TokenizedText& text, const ActorTable& actors,
                    const std::vector<bool>& in_quote)
      : lex_(lex), t_(text), actors_(actors), in_quote_(in_quote) {}

  std::vector<FoundAffiliation> Find() const;

 private:
  // A role phrase being read: its tokens (articles, "now" and organisation
  // words left out) and the organisation found so far.
  struct Role {
    std::vector<uint32_t> tokens;
    bool has_noun = false;
    bool former = false;
    int org = -1;
  };

  std::optional<RoleWordKind> Kind(size_t i) const;
  // The actor covering token i when it may be affiliated to (not a person or
  // place, not inside a quotation), else -1; *person is set for a person.
  int OrgActorAt(size_t i, bool* person) const;
  // Role phrases after the name ending at token `e`.
  void Apposition(int person, size_t e, size_t se, std::vector<FoundAffiliation>* out) const;
  // A role right before the name starting at token `b`.
  void RoleBefore(int person, size_t b, size_t e, size_t sb, size_t se,
                  std::vector<FoundAffiliation>* out) const;
  // The organisation of the noun phrase starting at `b`, or -1; *end is the
  // token after the phrase.
  int OrgAfter(size_t b, size_t se, size_t* end) const;
  void Emit(int person, size_t token, const Role& role, double confidence,
            std::vector<FoundAffiliation>* out) const;

  const Lexicons& lex_;
  const TokenizedText& t_;
  const ActorTable& actors_;
  const std::vector<bool>& in_quote_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_AFFILIATION_FINDER_H_
