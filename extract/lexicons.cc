#include "extract/lexicons.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include <simdjson.h>

#include "extract/country_names.h"
#include "extract/text_util.h"

namespace actorgraph {
namespace {

// One non-comment, non-blank line of a lexicon file.
struct Line {
  int number;
  std::string text;
};

Result<std::vector<Line>> ReadLexiconFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open lexicon file " + path);
  std::vector<Line> lines;
  std::string raw;
  int number = 0;
  while (std::getline(in, raw)) {
    ++number;
    size_t hash = raw.find('#');
    std::string_view body = Trim(std::string_view(raw).substr(0, hash));
    if (body.empty()) continue;
    lines.push_back({number, std::string(body)});
  }
  if (in.bad()) return Status::IOError("cannot read lexicon file " + path);
  return lines;
}

Status LineError(const std::string& path, const Line& line, const std::string& what) {
  return Status::Corruption(path + ":" + std::to_string(line.number) + ": " + what);
}

// Loads a one-word-per-line file into `set`.
Status LoadWordSet(const std::string& path, bool lower, StringSet* set) {
  Result<std::vector<Line>> lines = ReadLexiconFile(path);
  if (!lines.ok()) return lines.status();
  for (const Line& line : *lines) {
    if (line.text.find(' ') != std::string::npos || line.text.find('|') != std::string::npos) {
      return LineError(path, line, "expected one word, got \"" + line.text + "\"");
    }
    set->emplace(lower ? AsciiLower(line.text) : line.text, 0);
  }
  return Status::Ok();
}

std::optional<Gender> ParseGender(std::string_view s) {
  if (s == "male") return Gender::kMale;
  if (s == "female") return Gender::kFemale;
  return std::nullopt;
}

}  // namespace

int Lexicons::AddKnownActor(KnownActor actor) {
  auto it = actor_index_.find(actor.id);
  if (it != actor_index_.end()) return it->second;
  int index = static_cast<int>(known_actors_.size());
  actor_index_.emplace(actor.id, index);
  known_actors_.push_back(std::move(actor));
  return index;
}

namespace {

// The array under `key` ("3166-1") of an iso-codes JSON file, parsed with
// simdjson (the file is hundreds of KB; this runs at every start).
Result<simdjson::dom::array> ReadIsoCodes(simdjson::dom::parser& parser, const std::string& path,
                                          const char* key) {
  simdjson::dom::element doc;
  simdjson::error_code error = parser.load(path).get(doc);
  if (error == simdjson::IO_ERROR) return Status::NotFound("cannot open iso-codes file " + path);
  simdjson::dom::array entries;
  if (error != simdjson::SUCCESS || doc[key].get(entries) != simdjson::SUCCESS) {
    return Status::Corruption("malformed iso-codes file " + path +
                              ": expected an object with a \"" + key + "\" array");
  }
  return entries;
}

std::string_view OptionalString(simdjson::dom::element entry, const char* key) {
  std::string_view value;
  return entry[key].get(value) == simdjson::SUCCESS ? value : std::string_view();
}

}  // namespace

Status Lexicons::LoadCountries(const std::string& iso_path, const std::string& aliases_path,
                               const std::string& demonyms_path) {
  simdjson::dom::parser parser;
  // alpha-2 -> (index, true when iso-codes gives no common name)
  std::unordered_map<std::string, std::pair<int, bool>> by_alpha2;
  Result<simdjson::dom::array> entries = ReadIsoCodes(parser, iso_path, "3166-1");
  if (!entries.ok()) return entries.status();
  for (simdjson::dom::element c : *entries) {
    std::string_view code_view, name_view;
    if (c["alpha_3"].get(code_view) != simdjson::SUCCESS ||
        c["name"].get(name_view) != simdjson::SUCCESS) {
      return Status::Corruption("malformed iso-codes file " + iso_path +
                                ": entry without alpha_3 or name");
    }
    std::string code(code_view), name(name_view);
    std::string common(OptionalString(c, "common_name"));
    std::string official(OptionalString(c, "official_name"));
    int index = AddKnownActor({"country:" + code, common.empty() ? name : common,
                               ActorType::kCountry});
    if (std::string alpha2(OptionalString(c, "alpha_2")); !alpha2.empty()) {
      by_alpha2.emplace(alpha2, std::pair{index, common.empty()});
    }
    // "Korea, Republic of" is an index form, never written in running text.
    for (const std::string& surface : {common, name, official}) {
      if (!surface.empty() && surface.find(',') == std::string::npos) {
        actor_phrases_.Add(surface, index);
        country_names_.Add(surface, index);
      }
    }
  }
  AddCldrCountryNames(by_alpha2);
  for (const std::string* path : {&aliases_path, &demonyms_path}) {
    Result<std::vector<Line>> lines = ReadLexiconFile(*path);
    if (!lines.ok()) return lines.status();
    for (const Line& line : *lines) {
      std::vector<std::string_view> f = SplitFields(line.text);
      if (f.size() < 2 || f.size() > 3 || f[1].empty()) {
        return LineError(*path, line, "expected \"ALPHA3 | surface\"");
      }
      auto it = actor_index_.find("country:" + std::string(f[0]));
      if (it == actor_index_.end()) {
        return LineError(*path, line, "unknown country code \"" + std::string(f[0]) + "\"");
      }
      if (f.size() == 3) {
        if (f[2] != "name") return LineError(*path, line, "third field must be \"name\"");
        known_actors_[it->second].name = std::string(f[1]);
      }
      actor_phrases_.Add(f[1], it->second);
      if (path == &aliases_path && f[1] != "US") country_names_.Add(f[1], it->second);  // "us"
    }
  }
  return Status::Ok();
}

void Lexicons::AddCldrCountryNames(
    const std::unordered_map<std::string, std::pair<int, bool>>& by_alpha2) {
  std::vector<CldrCountryName> cldr = CldrEnglishCountryNames();
  // A name two countries claim ("Congo") is neither's; a common word
  // ("Republic" of "Congo (Republic)") is no name.
  std::unordered_map<std::string, int> owner;
  for (const CldrCountryName& c : cldr) {
    auto it = by_alpha2.find(c.alpha2);
    if (it == by_alpha2.end() || c.name.empty() || !StartsUpper(c.name)) continue;
    auto [o, inserted] = owner.emplace(c.name, it->second.first);
    if (!inserted && o->second != it->second.first) o->second = -1;
  }
  for (const CldrCountryName& c : cldr) {
    auto it = owner.find(c.name);
    if (it == owner.end() || it->second < 0) continue;
    int index = it->second;
    // "Republic" (of "Congo (Republic)") is a common word only; "Turkey"
    // is both, and a name.
    if (c.name.find(' ') == std::string::npos && WordKinds(AsciiLower(c.name)) == kCommonWord) {
      continue;
    }
    // The display name: CLDR's, where iso-codes has only an index or
    // official form ("Russian Federation", "Türkiye"); "Congo - Kinshasa"
    // stays as iso-codes says.
    if (c.standard && by_alpha2.at(c.alpha2).second && c.name.find(" - ") == std::string::npos) {
      known_actors_[index].name = c.name;
    }
    actor_phrases_.Add(c.name, index);
    if (!(c.name.size() <= 2 && IsAllCaps(c.name))) country_names_.Add(c.name, index);  // "US"
  }
  // Demonyms formed from one-word names, attested as proper words in the
  // word list; a form two countries could give goes to the likelier
  // ("Nigerian": Nigeria + n, not Niger + ian), a tie to neither.
  std::unordered_map<std::string, std::pair<int, int>> demonym;  // form -> (index, rank)
  std::vector<std::string> order;
  for (int index = 0; index < static_cast<int>(known_actors_.size()); ++index) {
    std::vector<std::string> names = {known_actors_[index].name};
    for (const CldrCountryName& c : cldr) {
      auto it = owner.find(c.name);
      if (it != owner.end() && it->second == index) names.push_back(c.name);
    }
    for (const std::string& name : names) {
      for (DemonymForm& f : DemonymForms(name)) {
        if ((WordKinds(AsciiLower(f.form)) & kProperWord) == 0) continue;
        auto [d, inserted] = demonym.emplace(f.form, std::pair{index, f.rank});
        if (inserted) {
          order.push_back(f.form);
        } else if (d->second.first != index) {
          if (f.rank < d->second.second) d->second = {index, f.rank};
          else if (f.rank == d->second.second) d->second = {-1, f.rank};
        }
      }
    }
  }
  for (const std::string& form : order) {
    auto [index, rank] = demonym.at(form);
    if (index >= 0) actor_phrases_.Add(form, index);
  }
}

Status Lexicons::LoadOrganizations(const std::string& path) {
  Result<std::vector<Line>> lines = ReadLexiconFile(path);
  if (!lines.ok()) return lines.status();
  for (const Line& line : *lines) {
    std::vector<std::string_view> f = SplitFields(line.text);
    if (f.size() < 3 || f[1].empty() || f[2].empty()) {
      return LineError(path, line, "expected \"type | id | name [| alias ...]\"");
    }
    std::string prefix;
    ActorType type;
    if (f[0] == "agency") {
      prefix = "agency:";
      type = ActorType::kAgency;
    } else if (f[0] == "organization") {
      prefix = "org:";
      type = ActorType::kOrganization;
    } else if (f[0] == "group") {
      prefix = "group:";
      type = ActorType::kGroup;
    } else {
      return LineError(path, line, "unknown type \"" + std::string(f[0]) + "\"");
    }
    std::string name(f[2]);
    // Blocs read best with their article: "the West".
    int index = AddKnownActor({prefix + std::string(f[1]), name, type});
    for (size_t k = 2; k < f.size(); ++k) actor_phrases_.Add(f[k], index);
  }
  return Status::Ok();
}

Status Lexicons::LoadSubdivisions(const std::string& iso_path) {
  simdjson::dom::parser parser;
  Result<simdjson::dom::array> entries = ReadIsoCodes(parser, iso_path, "3166-2");
  if (!entries.ok()) return entries.status();
  for (simdjson::dom::element c : *entries) {
    std::string_view code, full_name;
    if (c["code"].get(code) != simdjson::SUCCESS || c["name"].get(full_name) != simdjson::SUCCESS) {
      return Status::Corruption("malformed iso-codes file " + iso_path +
                                ": entry without code or name");
    }
    // "Isle of Anglesey [Sir Ynys Môn GB-YNM]": the bracket is another name.
    std::string name(Trim(full_name.substr(0, full_name.find('['))));
    // "Bristol, City of" is an index form; "Central", "Reading" and "Most"
    // are common words far more often than places, "Paul" a given name.
    if (name.empty() || name.find(',') != std::string::npos ||
        (name.find(' ') == std::string::npos &&
         (IsCommonWord(AsciiLower(name)) || given_names_.contains(name)))) {
      continue;
    }
    // A country, bloc or organisation of the same name keeps it.
    int index = AddKnownActor({"location:" + std::string(code), name, ActorType::kLocation});
    actor_phrases_.Add(name, index);
  }
  return Status::Ok();
}

Status Lexicons::LoadCensusNames(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open given-name list " + path);
  // Text/Names.pm keeps the US census lists as here-documents:
  //   $COMMON_MALE_FIRSTNAMES = <<ENDNAMES;
  //   JAMES          3.318  3.318      1
  //   ENDNAMES
  StringSet census;
  std::string line;
  int gender = -1;  // of the list being read
  int lists = 0;
  while (std::getline(in, line)) {
    if (gender < 0) {
      if (line.starts_with("$COMMON_MALE_FIRSTNAMES = <<")) gender = static_cast<int>(Gender::kMale);
      if (line.starts_with("$COMMON_FEMALE_FIRSTNAMES = <<")) {
        gender = static_cast<int>(Gender::kFemale);
      }
      continue;
    }
    if (line.starts_with("ENDNAMES")) {
      gender = -1;
      ++lists;
      continue;
    }
    size_t end = line.find(' ');
    if (end == 0 || end == std::string::npos) continue;
    std::string name = line.substr(0, end);
    for (size_t k = 1; k < name.size(); ++k) {
      if (name[k] >= 'A' && name[k] <= 'Z') name[k] = static_cast<char>(name[k] - 'A' + 'a');
    }
    auto [it, inserted] = census.emplace(name, gender);
    if (!inserted && it->second != gender) it->second = static_cast<int>(Gender::kUnknown);
  }
  if (in.bad()) return Status::IOError("cannot read given-name list " + path);
  if (lists < 2) return Status::Corruption("no census name lists in " + path);
  // given_names.txt, loaded first, keeps its entries.
  for (auto& [name, g] : census) given_names_.emplace(name, g);
  return Status::Ok();
}

Status Lexicons::LoadWords(const std::string& path) {
  // Read whole: ~100,000 lines, on every start.
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::NotFound("cannot open word list " + path);
  std::string all(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(all.data(), static_cast<std::streamsize>(all.size()));
  if (!in) return Status::IOError("cannot read word list " + path);
  words_.reserve(110000);
  std::string_view rest(all);
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view w = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (w.empty() || w.find('\'') != std::string_view::npos) continue;  // "Smith's"
    unsigned char c = static_cast<unsigned char>(w[0]);
    if (c >= 'a' && c <= 'z') {
      words_.At(w) |= kCommonWord;
    } else if (c >= 'A' && c <= 'Z') {
      words_.At(AsciiLower(w)) |= kProperWord;
    }
  }
  return Status::Ok();
}

Status Lexicons::LoadCues(const std::string& path) {
  Result<std::vector<Line>> lines = ReadLexiconFile(path);
  if (!lines.ok()) return lines.status();
  for (const Line& line : *lines) {
    std::vector<std::string_view> f = SplitFields(line.text);
    if (f.size() < 2 || f.size() > 3 || f[1].empty()) {
      return LineError(path, line, "expected \"kind | phrase [| word]\"");
    }
    Cue cue;
    if (f[0] == "speech") cue.kind = CueKind::kSpeech;
    else if (f[0] == "according") cue.kind = CueKind::kAccording;
    else if (f[0] == "accuses") cue.kind = CueKind::kAccuses;
    else if (f[0] == "denies") cue.kind = CueKind::kDenies;
    else if (f[0] == "criticizes") cue.kind = CueKind::kCriticizes;
    else if (f[0] == "negation") cue.kind = CueKind::kNegation;
    else if (f[0] == "hedge") cue.kind = CueKind::kHedge;
    else if (f[0] == "reported") cue.kind = CueKind::kReported;
    else return LineError(path, line, "unknown cue kind \"" + std::string(f[0]) + "\"");
    cue.phrase = std::string(f[1]);
    if (f.size() == 3) cue.object_before = AsciiLower(f[2]);
    cue_phrases_.Add(cue.phrase, static_cast<int>(cues_.size()));
    if (cue.kind == CueKind::kAccuses || cue.kind == CueKind::kDenies ||
        cue.kind == CueKind::kCriticizes) {
      relation_phrases_.Add(cue.phrase, static_cast<int>(cues_.size()));
    }
    cues_.push_back(std::move(cue));
  }
  return Status::Ok();
}

std::string DefaultCensusNamesPath() {
  const char* env = std::getenv("ACTORGRAPH_GIVEN_NAMES");
  return env != nullptr && *env != '\0' ? env : "/usr/share/perl5/Text/Names.pm";
}

std::string DefaultWordsPath() {
  const char* env = std::getenv("ACTORGRAPH_WORDS");
  return env != nullptr && *env != '\0' ? env : "/usr/share/dict/words";
}

Result<std::unique_ptr<Lexicons>> Lexicons::Load(const std::string& lexicon_dir,
                                                 const std::string& iso_codes_dir,
                                                 const std::string& words_path) {
  std::unique_ptr<Lexicons> lex(new Lexicons());
  auto path = [&](const char* file) { return lexicon_dir + "/" + file; };
  Status s = lex->LoadWords(words_path.empty() ? DefaultWordsPath() : words_path);
  if (!s.ok()) return s;

  s = lex->LoadCountries(iso_codes_dir + "/iso_3166-1.json", path("country_aliases.txt"),
                         path("demonyms.txt"));
  if (!s.ok()) return s;
  s = lex->LoadOrganizations(path("organizations.txt"));
  if (!s.ok()) return s;
  // The hand-written cues first (a phrase keeps its first kind), then those
  // derived from data by train/derive_cues.py.
  for (const char* file : {"cues.txt", "disapproval_cues.txt", "reporting_cues.txt"}) {
    s = lex->LoadCues(path(file));
    if (!s.ok()) return s;
  }

  {
    std::string p = path("org_heads.txt");
    Result<std::vector<Line>> lines = ReadLexiconFile(p);
    if (!lines.ok()) return lines.status();
    for (const Line& line : *lines) {
      std::vector<std::string_view> f = SplitFields(line.text);
      if (f.size() != 2 || (f[0] != "agency" && f[0] != "organization") || f[1].empty()) {
        return LineError(p, line, "expected \"agency|organization | Head\"");
      }
      lex->heads_.emplace(std::string(f[1]), f[0] == "agency" ? 0 : 1);
    }
  }
  for (auto [file, table] : {std::pair{"titles.txt", &lex->titles_}}) {
    std::string p = path(file);
    Result<std::vector<Line>> lines = ReadLexiconFile(p);
    if (!lines.ok()) return lines.status();
    for (const Line& line : *lines) {
      std::vector<std::string_view> f = SplitFields(line.text);
      std::optional<Gender> g = f.size() == 2 ? ParseGender(f[1]) : Gender::kUnknown;
      if (f.size() > 2 || f[0].empty() || !g) {
        return LineError(p, line, "expected \"title [| male|female]\"");
      }
      table->Add(f[0], static_cast<int>(*g));
    }
  }
  {
    std::string p = path("given_names.txt");
    Result<std::vector<Line>> lines = ReadLexiconFile(p);
    if (!lines.ok()) return lines.status();
    for (const Line& line : *lines) {
      std::vector<std::string_view> f = SplitFields(line.text);
      std::optional<Gender> g = f.size() == 2 ? ParseGender(f[1]) : std::nullopt;
      if (!g || f[0].empty()) return LineError(p, line, "expected \"Name | male|female\"");
      lex->given_names_.emplace(std::string(f[0]), static_cast<int>(*g));
    }
  }
  {
    std::string p = path("roles.txt");
    Result<std::vector<Line>> lines = ReadLexiconFile(p);
    if (!lines.ok()) return lines.status();
    static constexpr std::pair<std::string_view, RoleWordKind> kKinds[] = {
        {"role", RoleWordKind::kRole},
        {"modifier", RoleWordKind::kModifier},
        {"former", RoleWordKind::kFormer},
        {"current", RoleWordKind::kCurrent}};
    for (const Line& line : *lines) {
      std::vector<std::string_view> f = SplitFields(line.text);
      const auto* kind = f.size() == 2 ? std::find_if(std::begin(kKinds), std::end(kKinds),
                                                      [&](auto& k) { return k.first == f[0]; })
                                       : std::end(kKinds);
      if (kind == std::end(kKinds) || f[1].empty() || f[1].find(' ') != std::string_view::npos) {
        return LineError(p, line, "expected \"role|modifier|former|current | word\"");
      }
      lex->role_words_.emplace(AsciiLower(f[1]), static_cast<int>(kind->second));
    }
  }
  {
    std::string p = path("bylines.txt");
    Result<std::vector<Line>> lines = ReadLexiconFile(p);
    if (!lines.ok()) return lines.status();
    for (const Line& line : *lines) {
      if (!lex->bylines_.Add(line.text, 0)) continue;
      size_t first = line.text.find_first_not_of(" \t");
      lex->byline_first_[static_cast<unsigned char>(line.text[first]) | 0x20] = true;
    }
  }
  // After given_names.txt, whose genders win.
  s = lex->LoadCensusNames(DefaultCensusNamesPath());
  if (!s.ok()) return s;
  s = LoadWordSet(path("org_nouns.txt"), true, &lex->org_nouns_);
  if (!s.ok()) return s;
  s = LoadWordSet(path("function_words.txt"), false, &lex->function_words_);
  if (!s.ok()) return s;
  s = LoadWordSet(path("people_nouns.txt"), true, &lex->people_nouns_);
  if (!s.ok()) return s;
  s = LoadWordSet(path("org_suffixes.txt"), false, &lex->org_suffixes_);
  if (!s.ok()) return s;
  s = LoadWordSet(path("place_heads.txt"), false, &lex->place_heads_);
  if (!s.ok()) return s;
  s = LoadWordSet(path("common_acronyms.txt"), false, &lex->common_acronyms_);
  if (!s.ok()) return s;
  s = LoadWordSet(path("org_followers.txt"), true, &lex->org_followers_);
  if (!s.ok()) return s;
  // Last: a subdivision never takes a name the files above gave.
  s = lex->LoadSubdivisions(iso_codes_dir + "/iso_3166-2.json");
  if (!s.ok()) return s;
  return lex;
}

std::optional<ActorType> Lexicons::HeadType(std::string_view word) const {
  auto it = heads_.find(word);
  if (it == heads_.end()) return std::nullopt;
  return it->second == 0 ? ActorType::kAgency : ActorType::kOrganization;
}

std::optional<Gender> Lexicons::GivenName(std::string_view word) const {
  auto it = given_names_.find(word);
  if (it == given_names_.end()) return std::nullopt;
  return static_cast<Gender>(it->second);
}

std::optional<RoleWordKind> Lexicons::RoleWord(std::string_view lower_word) const {
  auto it = role_words_.find(lower_word);
  if (it == role_words_.end()) return std::nullopt;
  return static_cast<RoleWordKind>(it->second);
}

}  // namespace actorgraph
