// Small ASCII/UTF-8 helpers shared by the extractor's passes.
#ifndef ACTORGRAPH_EXTRACT_TEXT_UTIL_H_
#define ACTORGRAPH_EXTRACT_TEXT_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// ASCII lowercase; bytes >= 0x80 are copied unchanged.
std::string AsciiLower(std::string_view s);

// Lowercase ASCII slug: letters and digits kept, '.' and apostrophes
// dropped, every other run of bytes becomes one '-'; no leading/trailing
// '-'. "U.S. State Department" -> "us-state-department".
std::string Slug(std::string_view s);

// `s` with ASCII whitespace trimmed from both ends.
std::string_view Trim(std::string_view s);

// Splits a lexicon line on '|' and trims each field.
std::vector<std::string_view> SplitFields(std::string_view line);

// True when the first character is an uppercase letter (ASCII or Latin-1
// supplement in UTF-8).
bool StartsUpper(std::string_view s);

// True when `s` has at least two letters and no lowercase ASCII letter.
bool IsAllCaps(std::string_view s);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_TEXT_UTIL_H_
