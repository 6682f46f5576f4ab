#include "extract/agency_country.h"

namespace actorgraph {

std::vector<AgencyCountry> FindAgencyCountries(const Lexicons& lex, const TokenizedText& t,
                                               const ActorTable& actors) {
  std::vector<AgencyCountry> out;
  std::vector<bool> seen(actors.actors.size(), false);
  for (const ActorMention& m : actors.mentions) {
    if (seen[m.actor]) continue;
    seen[m.actor] = true;
    if (actors.actors[m.actor].type != ActorType::kAgency) continue;
    AgencyCountry link;
    link.agency = m.actor;
    link.sentence = t.tokens[m.begin].sentence;
    // "Britain's Secret Intelligence Service"
    if (m.begin >= 2 && t.tokens[m.begin - 1].kind == TokenKind::kPossessive) {
      int before = actors.ActorAt(m.begin - 2);
      if (before >= 0 && actors.actors[before].type == ActorType::kCountry) {
        link.country = before;
        link.begin = m.begin - 2;
        link.end = m.begin - 1;
        out.push_back(link);
        continue;
      }
    }
    // "U.S. State Department", "Russian Defence Ministry"
    PhraseTable::Match name = lex.actor_phrases().Longest(t, m.begin, m.end);
    if (name.value < 0 || m.begin + name.length >= m.end) continue;
    const KnownActor& k = lex.known_actors()[name.value];
    if (k.type != ActorType::kCountry) continue;
    link.known = name.value;
    for (size_t a = 0; a < actors.actors.size(); ++a) {
      if (actors.actors[a].id == k.id) link.country = static_cast<int>(a);
    }
    link.begin = m.begin;
    link.end = m.begin + name.length;
    out.push_back(link);
  }
  return out;
}

}  // namespace actorgraph
