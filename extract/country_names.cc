#include "extract/country_names.h"

#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

namespace actorgraph {
namespace {

std::string Utf8(const UChar* s, int32_t len) {
  std::string out(static_cast<size_t>(len) * 3 + 1, '\0');
  int32_t written = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &written, s, len, &status);
  if (U_FAILURE(status)) return {};
  out.resize(static_cast<size_t>(written));
  return out;
}

void AddName(std::string alpha2, std::string name, bool standard,
             std::vector<CldrCountryName>* out) {
  // "Myanmar (Burma)": both; "Congo (Republic)" gives "Congo" only when the
  // part in parentheses is a name (capitalised, not "Republic" or "DRC"'s
  // kind of qualifier, which the caller filters with the word list).
  size_t open = name.find(" (");
  if (open != std::string::npos && name.back() == ')') {
    std::string inner = name.substr(open + 2, name.size() - open - 3);
    name.resize(open);
    out->push_back({alpha2, inner, false});
  }
  out->push_back({std::move(alpha2), std::move(name), standard});
}

}  // namespace

std::vector<CldrCountryName> CldrEnglishCountryNames() {
  std::vector<CldrCountryName> names;
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "region", "en", &status);
  if (U_FAILURE(status)) return names;
  for (const char* table : {"Countries", "Countries%variant", "Countries%short"}) {
    UErrorCode s = U_ZERO_ERROR;
    UResourceBundle* countries = ures_getByKey(bundle, table, nullptr, &s);
    if (U_FAILURE(s)) {
      ures_close(countries);
      continue;
    }
    int32_t n = ures_getSize(countries);
    for (int32_t i = 0; i < n; ++i) {
      UErrorCode e = U_ZERO_ERROR;
      UResourceBundle* item = ures_getByIndex(countries, i, nullptr, &e);
      int32_t len = 0;
      const UChar* value = ures_getString(item, &len, &e);
      const char* key = ures_getKey(item);
      // Two-letter keys are countries; three digits are regions ("419").
      if (U_SUCCESS(e) && key != nullptr && std::string_view(key).size() == 2) {
        AddName(key, Utf8(value, len), std::string_view(table) == "Countries", &names);
      }
      ures_close(item);
    }
    ures_close(countries);
  }
  ures_close(bundle);
  return names;
}

std::vector<DemonymForm> DemonymForms(std::string_view name) {
  std::vector<DemonymForm> forms;
  if (name.size() < 3 || name.find(' ') != std::string_view::npos) return forms;
  auto add = [&](std::string form, int rank, bool plural) {
    if (plural) forms.push_back({form + "s", rank});
    forms.push_back({std::move(form), rank});
  };
  std::string whole(name);
  char last = whole.back();
  bool vowel = last == 'a' || last == 'e' || last == 'i' || last == 'o' || last == 'u';
  if (vowel) add(whole + "n", 0, true);  // Kenyan, Cuban
  add(whole + "ian", 1, true);             // Brazilian
  add(whole + "an", 1, true);
  add(whole + "i", 1, true);               // Iraqi, Israeli
  add(whole + "ese", 1, false);            // Sudanese, Japanese
  add(whole + "ish", 1, false);
  std::string stem = whole;
  while (!stem.empty() && std::string_view("aeiouy").find(stem.back()) != std::string_view::npos) {
    stem.pop_back();
  }
  if (stem.size() >= 3 && stem != whole) {
    if (last == 'y') add(stem, 2, true);   // Germany: German, Germans
    add(stem + "ian", 2, true);              // Italy: Italian
    add(stem + "an", 2, true);               // Mexico: Mexican
    add(stem + "ese", 2, false);             // China: Chinese
    add(stem + "ish", 2, false);
    add(stem + "i", 2, true);
  }
  return forms;
}

}  // namespace actorgraph
