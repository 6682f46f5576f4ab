// Agencies named after their country: "U.S. State Department", "Russian
// Defence Ministry", "Britain's Secret Intelligence Service". Each such
// agency is affiliated_with its country (role "agency"), so the graph ties a
// ministry's statements to the government it speaks for.
//
// The country is read from the agency's first mention: a country name,
// alias or demonym opening the name (extract/lexicons, iso-codes), or a
// country mention right before it followed by a possessive 's. A country
// named only inside the agency's name is reported with its tokens so the
// caller can add it as an actor of the document (with no mention: the
// agency's name stays one mention of the agency).
#ifndef ACTORGRAPH_EXTRACT_AGENCY_COUNTRY_H_
#define ACTORGRAPH_EXTRACT_AGENCY_COUNTRY_H_

#include <cstdint>
#include <vector>

#include "extract/actor_finder.h"
#include "extract/lexicons.h"
#include "extract/tokenizer.h"

namespace actorgraph {

struct AgencyCountry {
  int agency = -1;         // index into ActorTable::actors
  int country = -1;        // index into ActorTable::actors, or -1: see known
  int known = -1;          // index into Lexicons::known_actors() when country < 0
  uint32_t begin = 0;      // tokens naming the country, [begin, end)
  uint32_t end = 0;
  uint32_t sentence = 0;   // of the agency's first mention
};

// At most one country per agency, in order of the agencies' first mentions.
std::vector<AgencyCountry> FindAgencyCountries(const Lexicons& lex, const TokenizedText& t,
                                               const ActorTable& actors);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_AGENCY_COUNTRY_H_
