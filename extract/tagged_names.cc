// The trained tagger's names (extract/name_tagger.h) against the rules'
// mentions. The rules keep what they know for certain (MentionSource in
// actor_builder.h): lexicon actors (countries, subdivisions, agencies, blocs,
// known organisations), organisation heads and shapes ("Ministry of
// Fisheries", "Alder Holdings", "Kestrel shares"), place shapes ("Tollef
// River"), titled persons, acronyms defined in parentheses and datelines;
// and they give the actor type and key of every name they agree on with the
// tagger. The tagger decides where a name begins and ends and what kind of
// name it is everywhere else:
//   - a tagged name equal to a rule's mention keeps the rule's actor when
//     they agree on the kind or the rule's is certain; otherwise the
//     tagger's kind wins ("Pirelli" an organisation, not a person); a club
//     tagged where a lexicon has its city ("Bremen") is an organisation;
//   - a tagged name longer than the rules' mentions inside it replaces them
//     ("Real Madrid" for "Madrid", "New York" for "York", "Werder Bremen");
//     so it does a rule's name reaching outside it, unless that is certain
//     ("Ontario-based Magna" becomes "Magna"); a place around a country, a
//     name around two certain ones, and a company past its legal form keep
//     the rules' names;
//   - a guessed mention where the tagger sees no name is dropped; a tagged
//     name the rules missed is added;
//   - a person tagged by surname alone is the person of that surname the
//     document introduces (in the body or, before it, in a headline); a
//     surname two people of the document share, or one the document never
//     introduces, is the unresolved person `person:SURNAME`.
// A nationality the rules read as its country ("Russian officials") stays
// that country, marked as a demonym mention; a people ("Kurds": the plural
// of a proper word, tagged as other) is a group; other names of that kind
// (events, languages) make no actor. "the North" after North Korea is named
// is North Korea (ShortCountryNames).
#include <algorithm>
#include <unordered_map>

#include "extract/actor_builder.h"
#include "extract/text_util.h"

namespace actorgraph {
namespace {

NameType Coarse(ActorType t) {
  switch (t) {
    case ActorType::kPerson:
      return NameType::kPerson;
    case ActorType::kOrganization:
    case ActorType::kAgency:
      return NameType::kOrganization;
    case ActorType::kCountry:
    case ActorType::kLocation:
      return NameType::kLocation;
    case ActorType::kGroup:
      return NameType::kMisc;
  }
  return NameType::kMisc;
}

}  // namespace

int ActorBuilder::TaggedActor(const NameSpan& s) {
  std::string_view surface = SpanText(s.begin, s.end);
  PhraseTable::Match m = lex_.actor_phrases().Longest(t_, s.begin, s.end);
  if (m.value >= 0 && s.begin + m.length == s.end) {
    const KnownActor& k = lex_.known_actors()[m.value];
    bool place = k.type == ActorType::kCountry || k.type == ActorType::kLocation;
    if (!(place && s.type == NameType::kOrganization) && !(place && s.type == NameType::kPerson)) {
      return ActorFor(k.id, k.name, k.type);
    }
  }
  if (auto it = doc_alias_.find(std::string(surface)); it != doc_alias_.end()) return it->second;
  switch (s.type) {
    case NameType::kPerson: {
      if (auto it = full_name_.find(std::string(surface)); it != full_name_.end()) {
        return it->second;
      }
      if (s.end - s.begin == 1) {
        auto it = surname_.find(std::string(surface));
        if (it != surname_.end() && it->second >= 0) return it->second;
        return ActorFor("person:" + Slug(surface), surface, ActorType::kPerson);
      }
      AddPerson({s.begin, s.end}, lex_.GivenName(t_.Text(s.begin)).value_or(Gender::kUnknown));
      // AddPerson added the mention; the caller must not add another.
      return -1;
    }
    case NameType::kOrganization: {
      bool agency = false;
      for (uint32_t k = s.begin; k < s.end && !agency; ++k) {
        std::optional<ActorType> head = lex_.HeadType(t_.Text(k));
        agency = head && *head == ActorType::kAgency;
      }
      return agency ? ActorFor("agency:" + Slug(surface), surface, ActorType::kAgency)
                    : ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization);
    }
    case NameType::kLocation:
      return ActorFor("location:" + Slug(surface), surface, ActorType::kLocation);
    case NameType::kMisc:
      if (People(s)) return ActorFor("group:" + Slug(surface), surface, ActorType::kGroup);
      break;
  }
  return -2;
}

bool ActorBuilder::People(const NameSpan& s) const {
  // "Kurds", "Palestinians", "Democrats": the plural of a proper word of
  // the word list, not the first word of a longer name ("Olympics Games").
  if (s.end - s.begin != 1 || UpperWord(s.end)) return false;
  std::string_view w = t_.Text(s.begin);
  if (w.size() < 4 || w.back() != 's' || t_.tokens[s.begin].all_caps) return false;
  return (lex_.WordKinds(AsciiLower(w.substr(0, w.size() - 1))) & Lexicons::kProperWord) != 0;
}

void ActorBuilder::ShortCountryNames() {
  // "the North" once North Korea is named: the one country of the document
  // whose name opens with that word.
  std::unordered_map<std::string_view, int> half;
  for (const ActorMention& m : table_.mentions) {
    const DocActor& a = table_.actors[m.actor];
    if (a.type != ActorType::kCountry) continue;
    for (std::string_view word : {"North", "South"}) {
      if (a.name.size() > word.size() + 1 && a.name.starts_with(word) &&
          a.name[word.size()] == ' ') {
        auto [it, inserted] = half.emplace(word, m.actor);
        if (!inserted && it->second != m.actor) it->second = -1;
      }
    }
  }
  if (half.empty()) return;
  std::vector<int> at(t_.tokens.size(), -1);
  for (size_t m = 0; m < table_.mentions.size(); ++m) {
    for (uint32_t k = table_.mentions[m].begin; k < table_.mentions[m].end; ++k) {
      at[k] = static_cast<int>(m);
    }
  }
  for (size_t i = 1; i < t_.tokens.size(); ++i) {
    auto it = half.find(t_.Text(i));
    if (it == half.end() || it->second < 0 || AsciiLower(t_.Text(i - 1)) != "the" ||
        UpperWord(i + 1)) {
      continue;
    }
    if (at[i] >= 0) {
      ActorMention& m = table_.mentions[at[i]];
      if (m.begin == i && m.end == i + 1) m.actor = it->second;
      continue;
    }
    AddMention(i, i + 1, it->second);
  }
}

void ActorBuilder::MergeTaggedNames() {
  const size_t n = t_.tokens.size();
  std::vector<ActorMention> rules = std::move(table_.mentions);
  std::vector<MentionSource> source = std::move(source_of_);
  table_.mentions.clear();
  source_of_.clear();
  std::vector<int> at(n, -1);  // rule mention covering each token
  for (size_t m = 0; m < rules.size(); ++m) {
    for (uint32_t k = rules[m].begin; k < rules[m].end; ++k) at[k] = static_cast<int>(m);
  }
  std::vector<bool> keep(rules.size(), true);
  std::vector<bool> seen(rules.size(), false);  // overlapped by a tagged name
  std::vector<const NameSpan*> add;  // into names_
  for (NameSpan& s : names_) {
    // "Said Brakwater:": a verb of saying opening a sentence is no given
    // name.
    if (s.end - s.begin >= 2 && SentenceInitial(s.begin) && SpeechCueAt(s.begin) &&
        lex_.cue_phrases().Longest(t_, s.begin, s.begin + 1).length == 1) {
      ++s.begin;
    }
    // "Sen. Olu Brakwater": the title is no part of the name, and makes
    // the rest a person.
    while (s.end - s.begin >= 2) {
      PhraseTable::Match title = lex_.titles().Longest(t_, s.begin, s.end);
      if (title.value < 0 || s.begin + title.length >= s.end) break;
      s.begin += title.length;
      while (s.begin < s.end && t_.Is(s.begin, ".")) ++s.begin;
      s.type = NameType::kPerson;
    }
    // "World Bank Vice President David Knox": a title inside a name, or
    // right after it, ends it, with the title's modifiers ("Vice",
    // "Deputy", "Former").
    for (uint32_t k = s.begin + 1; k <= s.end; ++k) {
      PhraseTable::Match title = lex_.titles().Longest(t_, k, ParagraphEnd(k - 1));
      if (title.value < 0 || !t_.tokens[k].upper || (k < s.end && k + title.length >= s.end)) {
        continue;
      }
      while (k > s.begin + 1) {
        std::optional<RoleWordKind> role = lex_.RoleWord(AsciiLower(t_.Text(k - 1)));
        if (!role || (*role != RoleWordKind::kModifier && *role != RoleWordKind::kFormer)) break;
        --k;
      }
      s.end = k;
      break;
    }
    for (uint32_t k = s.begin; k < s.end; ++k) {
      if (!WireCue(k)) continue;
      if (k == s.begin) {
        s.begin = k + 1;
      } else {
        s.end = k;
        break;
      }
    }
    if (s.begin >= s.end) continue;
    // "Rep. Olu Brakwater (D-Fernland)": a party and state label is no
    // actor.
    if (s.end - s.begin == 1 && t_.Is(s.begin - 1, "(") && t_.Is(s.end, ")")) {
      std::string_view w = t_.Text(s.begin);
      if (w.size() > 2 && w[1] == '-' && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I')) continue;
    }
    // Bylines and footers hold no actors, whatever the tagger says.
    bool byline = false;
    for (uint32_t k = s.begin; k < s.end; ++k) {
      byline |= excluded_[k] && !t_.headline[t_.tokens[k].paragraph];
    }
    if (byline) continue;
    std::vector<int> over;
    for (uint32_t k = s.begin; k < s.end; ++k) {
      if (at[k] >= 0 && (over.empty() || over.back() != at[k])) over.push_back(at[k]);
    }
    for (int m : over) seen[m] = true;
    // All-caps headlines and tables hold only the names the rules find
    // there: the body's names, countries, teams by their scores
    // (ResolveHeadlines).
    if (t_.headline[t_.tokens[s.begin].paragraph]) continue;
    if (s.type == NameType::kMisc) {
      if (over.empty() && People(s)) {
        add.push_back(&s);
        continue;
      }
      // "Russian officials": the country, named by its people's adjective.
      // Other names of that kind (events, languages) are no actors.
      for (int m : over) {
        bool same = rules[m].begin == s.begin && rules[m].end == s.end;
        if (same && table_.actors[rules[m].actor].type == ActorType::kCountry) {
          rules[m].demonym = true;
        } else if (source[m] == MentionSource::kGuess) {
          keep[m] = false;
        }
      }
      continue;
    }
    if (over.empty()) {
      // "Rarely has the port ...": a common word opening a sentence says nothing by
      // its capital; the rules' own test (ProcessRun) holds for the tagger.
      if (s.end - s.begin == 1 && SentenceInitial(s.begin) && CommonWord(s.begin)) continue;
      // "in the U.K., Said it has ...": a lone verb of saying is a person
      // only as the surname of one the document introduces.
      if (s.end - s.begin == 1 && SpeechCueAt(s.begin) &&
          !surname_.contains(std::string(t_.Text(s.begin)))) {
        continue;
      }
      // A number after a name makes a team only when it is a score, not a
      // quantity or a date ("Skarvik 56 miles north").
      if (s.type == NameType::kOrganization && t_.IsWord(s.end) && !t_.tokens[s.end].upper &&
          t_.text[t_.tokens[s.end].start] >= '0' && t_.text[t_.tokens[s.end].start] <= '9' &&
          !ScoreAt(s.end)) {
        continue;
      }
      add.push_back(&s);
      continue;
    }
    const ActorMention& first = rules[over[0]];
    ActorType rule_type = table_.actors[first.actor].type;
    if (over.size() == 1 && first.begin == s.begin && first.end == s.end) {
      bool place = rule_type == ActorType::kCountry || rule_type == ActorType::kLocation;
      if (Coarse(rule_type) == s.type ||
          (source[over[0]] >= MentionSource::kCertain &&
           !(place && s.type == NameType::kOrganization &&
             source[over[0]] == MentionSource::kLexicon))) {
        continue;
      }
      keep[over[0]] = false;
      add.push_back(&s);
      continue;
    }
    // The tagged name differs in extent: it wins over every mention inside
    // it and over any but a lexicon's reaching outside it.
    // A place tagged around a country keeps the country ("a UK visa"); a
    // name around two certain ones keeps both ("Foreign Agricultural
    // Service Turkey analyst").
    int certain_inside = 0;
    for (int m : over) certain_inside += source[m] >= MentionSource::kCertain;
    bool outside = certain_inside >= 2;
    for (int m : over) {
      bool certain = source[m] >= MentionSource::kCertain;
      outside |= certain && (rules[m].begin < s.begin || rules[m].end > s.end);
      outside |= certain && s.type == NameType::kLocation &&
                 table_.actors[rules[m].actor].type == ActorType::kCountry;
      // A company's name ends at its legal form ("Ada Motor Corp of Nordvik").
      outside |= certain && rules[m].end < s.end && lex_.IsOrgSuffix(t_.Text(rules[m].end - 1));
    }
    if (outside) continue;
    for (int m : over) keep[m] = false;
    add.push_back(&s);
  }
  for (size_t m = 0; m < rules.size(); ++m) {
    if (!keep[m] || (source[m] == MentionSource::kGuess && !seen[m])) continue;
    table_.mentions.push_back(rules[m]);
    source_of_.push_back(source[m]);
  }
  // Full names before surnames, so that "Quill" in a headline finds the
  // "Ada Quill" of the body.
  std::stable_sort(add.begin(), add.end(), [](const NameSpan* a, const NameSpan* b) {
    return (a->end - a->begin > 1) > (b->end - b->begin > 1);
  });
  std::vector<bool> taken(n, false);
  for (const ActorMention& m : table_.mentions) {
    std::fill(taken.begin() + m.begin, taken.begin() + m.end, true);
  }
  for (const NameSpan* s : add) {
    bool free = true;
    for (uint32_t k = s->begin; k < s->end; ++k) free &= !taken[k];
    if (!free) continue;
    int actor = TaggedActor(*s);
    if (actor == -2) continue;
    if (actor >= 0) AddMention(s->begin, s->end, actor);
    std::fill(taken.begin() + s->begin, taken.begin() + s->end, true);
  }
  // A surname two people of the document share names neither: the rules
  // may have resolved it before the tagger found the second person.
  for (ActorMention& m : table_.mentions) {
    if (m.end - m.begin != 1 || table_.actors[m.actor].type != ActorType::kPerson) continue;
    std::string w(t_.Text(m.begin));
    auto it = surname_.find(w);
    if (it != surname_.end() && it->second < 0 && table_.actors[m.actor].name != w) {
      m.actor = ActorFor("person:" + Slug(w), w, ActorType::kPerson);
    }
  }
}

}  // namespace actorgraph
