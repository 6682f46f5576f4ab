// English names of countries as news writes them, beyond iso-codes' names:
// CLDR's English display names (shipped in ICU's region data: the standard
// name, its variant and its short form: "Turkey" and "Türkiye", "Ivory
// Coast", "Myanmar (Burma)", "UK"), and demonyms formed from a name with
// English suffixes ("Kenyan", "Iraqis", "Sudanese"), kept only when the
// system word list has them as proper words.
#ifndef ACTORGRAPH_EXTRACT_COUNTRY_NAMES_H_
#define ACTORGRAPH_EXTRACT_COUNTRY_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

struct CldrCountryName {
  std::string alpha2;  // "TR"
  std::string name;    // "Turkey"
  bool standard = false;  // CLDR's display name (else a variant or short form)
};

// Every English name ICU's CLDR data has for a region, with "X (Y)" given
// as both X and Y ("Myanmar (Burma)"). Empty when ICU has no region data.
std::vector<CldrCountryName> CldrEnglishCountryNames();

struct DemonymForm {
  std::string form;  // "Kenyan", "Kenyans"
  int rank = 0;      // lower is likelier: the whole name kept before a stem
};

// Candidate demonyms of a one-word country name (the caller checks them
// against the word list): name + n/an/ian/i/ese/ish, the name without its
// final vowel or "y" + an/ian/ese/ish/i, and the plural of each -an and -i
// form ("Kenya" gives "Kenyan", "Kenyans"; "Iraq" "Iraqi", "Iraqis";
// "Germany" "German").
std::vector<DemonymForm> DemonymForms(std::string_view name);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_COUNTRY_NAMES_H_
