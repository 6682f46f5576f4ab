// Lexicons: the extractor's word lists, loaded once from data files.
//
// Files live in one directory (extract/lexicons/, formats in its README.md);
// countries come from Debian's iso-codes iso_3166-1.json, provinces, states
// and counties from its iso_3166-2.json, and common English words from the
// system word list (Debian's wamerican, /usr/share/dict/words, or
// $ACTORGRAPH_WORDS). Every file is required. After Load() a Lexicons is
// immutable and safe to share between threads.
#ifndef ACTORGRAPH_EXTRACT_LEXICONS_H_
#define ACTORGRAPH_EXTRACT_LEXICONS_H_

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/phrase_table.h"
#include "model/facts.h"
#include "model/status.h"

namespace actorgraph {

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

// kReported: a verb that introduces reported speech only ("announced",
// "suggested"); unlike kSpeech it neither attributes direct quotes nor makes
// a name next to it a person.
enum class CueKind : uint8_t {
  kSpeech,
  kAccording,
  kAccuses,
  kDenies,
  kCriticizes,
  kNegation,
  kHedge,
  kReported
};

// Words of a role phrase (roles.txt): "former senior official", "now head".
enum class RoleWordKind : uint8_t {
  kRole,      // a role noun that can end the phrase: "official", "minister"
  kModifier,  // a word that may precede one: "senior", "deputy"
  kFormer,    // marks a past role: "former", "ex" (also as "ex-official")
  kCurrent,   // marks the present one, not part of the role: "now"
};

// An actor named in a lexicon (a country surface or a known organisation).
struct KnownActor {
  std::string id;    // "country:CHN", "agency:gchq", "group:west"
  std::string name;  // canonical display name
  ActorType type = ActorType::kCountry;
};

struct Cue {
  CueKind kind = CueKind::kSpeech;
  std::string phrase;
  std::string object_before;  // "of" for "suspected X of"; empty otherwise
};

class Lexicons {
 public:
  // Loads every file of `lexicon_dir`, `iso_codes_dir`/iso_3166-{1,2}.json
  // and the word list `words_path` (empty: DefaultWordsPath()).
  // The error message names the offending file (and line).
  static Result<std::unique_ptr<Lexicons>> Load(const std::string& lexicon_dir,
                                                const std::string& iso_codes_dir,
                                                const std::string& words_path = "");

  // Case-sensitive phrases -> index into known_actors().
  const PhraseTable& actor_phrases() const { return actor_phrases_; }
  const std::vector<KnownActor>& known_actors() const { return known_actors_; }
  // Case-insensitive country names and aliases (no demonyms) -> index into
  // known_actors(), for all-caps headlines ("ISRAEL BEAT BULGARIA").
  const PhraseTable& country_names() const { return country_names_; }

  // Case-insensitive cue phrases -> index into cues(). A phrase listed twice
  // keeps its first kind ("complained" attributes quotes as a verb of speech).
  const PhraseTable& cue_phrases() const { return cue_phrases_; }
  // The cues of relations (kinds accuses, criticizes, denies) -> index into
  // cues(): each phrase's first relation kind, whatever its first kind is in
  // cue_phrases() ("complained" criticizes).
  const PhraseTable& relation_phrases() const { return relation_phrases_; }
  const std::vector<Cue>& cues() const { return cues_; }

  // Case-insensitive titles -> Gender (as int).
  const PhraseTable& titles() const { return titles_; }
  // Case-insensitive byline markers.
  const PhraseTable& bylines() const { return bylines_; }
  // False when no byline marker starts with this byte (ASCII case folded):
  // a cheap test before bylines().Longest() on every word.
  bool MayStartByline(char c) const {
    return byline_first_[static_cast<unsigned char>(c) | 0x20];
  }

  // Head word ("Ministry") -> the type of the organisation it names.
  std::optional<ActorType> HeadType(std::string_view word) const;
  bool IsOrgNoun(std::string_view lower_word) const { return org_nouns_.contains(lower_word); }
  bool IsFunctionWord(std::string_view word) const { return function_words_.contains(word); }
  bool IsPeopleNoun(std::string_view lower_word) const { return people_nouns_.contains(lower_word); }
  // True when the word list has `lower_word` in lowercase ("reading",
  // "trailing"): a capitalised word of that spelling may be a common word.
  bool IsCommonWord(std::string_view lower_word) const {
    auto it = words_.find(lower_word);
    return it != words_.end() && (it->second & kCommonWord) != 0;
  }
  // The word list's entries for `lower_word`: kCommonWord when it is listed
  // in lowercase, kProperWord when capitalised ("Reading", "Smith"); 0 when
  // not listed.
  int WordKinds(std::string_view lower_word) const {
    auto it = words_.find(lower_word);
    return it == words_.end() ? 0 : it->second;
  }
  static constexpr int kCommonWord = 1;
  static constexpr int kProperWord = 2;
  // Capitalised words that end organisation names ("Inc", "FC", "United")
  // and location names ("River", "Island"), without the head words above.
  bool IsOrgSuffix(std::string_view word) const { return org_suffixes_.contains(word); }
  bool IsPlaceHead(std::string_view word) const { return place_heads_.contains(word); }
  // Lowercase words after a name that make it an organisation ("news",
  // "chairman", "shares").
  bool IsOrgFollower(std::string_view lower_word) const { return org_followers_.contains(lower_word); }
  // All-caps abbreviations that name no organisation ("CEO", "GDP").
  bool IsCommonAcronym(std::string_view word) const { return common_acronyms_.contains(word); }
  // Gender of a given name (given_names.txt, then the census lists of
  // DefaultCensusNamesPath(); kUnknown when both genders use it), or
  // nullopt when the name is not listed.
  std::optional<Gender> GivenName(std::string_view word) const;
  // The kind of a lowercase role word, or nullopt when it is not listed.
  std::optional<RoleWordKind> RoleWord(std::string_view lower_word) const;

 private:
  Lexicons()
      : actor_phrases_(false),
        country_names_(true),
        cue_phrases_(true),
        relation_phrases_(true),
        titles_(true),
        bylines_(true) {}

  Status LoadCountries(const std::string& iso_path, const std::string& aliases_path,
                       const std::string& demonyms_path);
  // CLDR's English country names and the demonyms formed from them
  // (extract/country_names.h), after iso-codes' names.
  void AddCldrCountryNames(const std::unordered_map<std::string, std::pair<int, bool>>& by_alpha2);
  Status LoadOrganizations(const std::string& path);
  Status LoadSubdivisions(const std::string& iso_path);
  Status LoadWords(const std::string& path);
  Status LoadCensusNames(const std::string& path);
  Status LoadCues(const std::string& path);
  int AddKnownActor(KnownActor actor);

  PhraseTable actor_phrases_;
  std::vector<KnownActor> known_actors_;
  StringSet actor_index_;  // id -> index into known_actors_
  PhraseTable country_names_;
  PhraseTable cue_phrases_;
  PhraseTable relation_phrases_;
  std::vector<Cue> cues_;
  PhraseTable titles_;
  PhraseTable bylines_;
  std::array<bool, 256> byline_first_{};
  StringSet heads_;  // value: 0 agency, 1 organization
  StringSet org_nouns_;
  StringSet function_words_;
  StringSet people_nouns_;
  StringSet given_names_;  // value: Gender; given_names.txt, then the census
  StringSet role_words_;   // value: RoleWordKind
  StringSet words_;  // lowercase word -> kCommonWord | kProperWord
  StringSet org_suffixes_;
  StringSet place_heads_;
  StringSet common_acronyms_;
  StringSet org_followers_;
};

// $ACTORGRAPH_WORDS, else /usr/share/dict/words.
std::string DefaultWordsPath();
// $ACTORGRAPH_GIVEN_NAMES, else Debian's libtext-names-perl module
// /usr/share/perl5/Text/Names.pm, whose US census first-name lists
// GivenName() also consults.
std::string DefaultCensusNamesPath();

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_LEXICONS_H_
