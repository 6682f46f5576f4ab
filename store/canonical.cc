#include "store/canonical.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "store/keys.h"

namespace actorgraph {

namespace {

bool WordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// The lowercase words of a name. Stops and apostrophes inside a word go
// ("U.S." and "US", "O'Neil" and "ONeil" are one word); '&' stays ("AT&T");
// anything else, hyphens included, separates ("Rolls-Royce" and "Rolls
// Royce").
std::vector<std::string> LowerWords(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  auto end_word = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (WordByte(c)) {
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if ((c == '.' || c == '\'' || c == '&') && !word.empty() && i + 1 < name.size() &&
               WordByte(static_cast<unsigned char>(name[i + 1]))) {
      if (c == '&') word += '&';
    } else {
      end_word();
    }
  }
  end_word();
  return words;
}

// The legal forms news writes after a company's name: the abbreviations
// (and their spelled-out forms) of ISO 20275's entity legal forms most
// common in English-language business news.
bool CompanySuffix(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {
      "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc",
      "llc", "lp", "llp", "ag", "sa", "nv", "bv", "gmbh", "spa"};
  return std::find(std::begin(kSuffixes), std::end(kSuffixes), w) != std::end(kSuffixes);
}

bool GenerationalSuffix(std::string_view w) {
  return w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv";
}

std::string Trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return std::string();
  const size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

bool IdLike(std::string_view s) { return TypeOfId(s).has_value() && s.find(' ') == s.npos; }

// A rule's side as it is compared: an id as written, a name folded.
// An id the extractor made from the text alone ("location:boston"), not
// from a gazetteer's code ("location:US-MA", "country:USA").
bool Guessed(std::string_view id) {
  const size_t colon = id.find(':');
  return std::none_of(id.begin() + static_cast<ptrdiff_t>(colon + 1), id.end(),
                      [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A name as written, up to case and punctuation: "NSA Inc." -> "nsa inc".
std::string NormalName(std::string_view name) {
  std::string out;
  for (const std::string& w : LowerWords(name)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string RuleSide(std::string_view side) {
  return IdLike(side) ? std::string(side) : NormalName(side);
}

}  // namespace

bool HasCompanySuffix(std::string_view name) {
  std::vector<std::string> words = LowerWords(name);
  return words.size() > 1 && CompanySuffix(words.back());
}

std::string FoldName(std::string_view name) {
  std::vector<std::string> words = LowerWords(name);
  size_t begin = words.size() > 1 && words.front() == "the" ? 1 : 0;
  size_t end = words.size();
  while (end - begin > 1 && CompanySuffix(words[end - 1])) --end;
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

std::string Surname(std::string_view name) {
  std::vector<std::string> words = LowerWords(name);
  while (words.size() > 2 && GenerationalSuffix(words.back())) words.pop_back();
  return words.size() < 2 ? std::string() : words.back();
}

std::optional<ActorType> TypeOfId(std::string_view id) {
  const size_t colon = id.find(':');
  if (colon == std::string_view::npos || colon + 1 == id.size()) return std::nullopt;
  const std::string_view prefix = id.substr(0, colon);
  if (prefix == "org") return ActorType::kOrganization;
  if (prefix == "organization") return std::nullopt;
  return ParseActorType(prefix);
}

std::vector<std::pair<std::string, char>> CanonKeys(const Actor& record, size_t first_alias,
                                                    bool with_name) {
  std::vector<std::pair<std::string, char>> out;
  const std::string own = FoldName(record.name);
  if (with_name && !own.empty()) {
    out.emplace_back(keys::CanonNameKey(own),
                     HasCompanySuffix(record.name) ? keys::kCanonCompany : keys::kCanonName);
  }
  if (record.type == ActorType::kPerson) {
    const std::string surname = Surname(record.name);
    if (with_name && !surname.empty()) {
      out.emplace_back(keys::CanonSurnameKey(surname), keys::kCanonName);
    }
    return out;
  }
  for (size_t i = first_alias; i < record.aliases.size(); ++i) {
    const std::string form = FoldName(record.aliases[i]);
    if (form.empty() || form == own) continue;
    std::string key = keys::CanonNameKey(form);
    if (std::none_of(out.begin(), out.end(), [&](const auto& k) { return k.first == key; })) {
      out.emplace_back(std::move(key), keys::kCanonAlias);
    }
  }
  return out;
}

Result<AliasRules> AliasRules::Parse(std::string_view text, std::string_view source) {
  AliasRules rules;
  rules.text = std::string(text);
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string line = Trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto error = [&](const std::string& why) {
      return Status::InvalidArgument(std::string(source) + ":" + std::to_string(line_no) + ": " +
                                     why);
    };
    const size_t ne = line.find("!=");
    const size_t eq = line.find('=');
    if (eq == std::string::npos) return error("expected 'X = Y' or 'X != Y'");
    const bool apart = ne != std::string::npos && ne + 1 == eq;
    const std::string x = Trim(std::string_view(line).substr(0, apart ? ne : eq));
    const std::string y = Trim(std::string_view(line).substr(eq + 1));
    if (x.empty() || y.empty() || y.find('=') != std::string::npos) {
      return error("expected 'X = Y' or 'X != Y'");
    }
    std::pair<std::string, std::string> rule{RuleSide(x), RuleSide(y)};
    if (rule.first.empty() || rule.second.empty()) return error("a side has no letters or digits");
    if (rule.first == rule.second) return error("both sides name the same actor");
    (apart ? rules.apart : rules.same).push_back(std::move(rule));
  }
  return rules;
}

namespace {

class Canonicalizer {
 public:
  Canonicalizer(DocumentFacts& facts, ActorIndex& index, const AliasRules& rules,
                std::vector<std::pair<std::string, std::string>>* retired)
      : facts_(facts), index_(index), rules_(rules), retired_(retired) {}

  Result<bool> Run();

 private:
  // Whether rule side `side` names actor `a` of this document.
  bool Names(const std::string& side, const Actor& a) const;
  // Whether rule side `side` names the actor with id `id`.
  Result<bool> NamesId(const std::string& side, const std::string& id);
  Result<bool> Forbidden(const Actor& a, const std::string& id);
  // The id a user's "X = Y" gives `a`, or "".
  Result<std::string> Forced(const Actor& a);
  // The one known actor `a` (not a person) is, or "".
  Result<std::string> ByName(const Actor& a, MergeReason* reason);
  Result<std::string> BySurname(const Actor& a);
  // The one known organisation a person's whole name names ("Amgen" for
  // "Amgen Inc"), or "".
  Result<std::string> PersonAsCompany(const Actor& a);
  // The same within the document: "Data General" said, of "Data General
  // Corp".
  Status PersonsAsLocalCompanies();
  // A statement whose speaker the document names by a bare surname it never
  // introduces ("... ," Quill said): the one known person of that surname.
  Result<bool> NameSurnameSpeakers();
  // A country new to the store takes the places and organisations the
  // extractor guessed with its name before ("JAPAN" in a headline).
  Status RetireNamesakes(const Actor& country);

  DocumentFacts& facts_;
  ActorIndex& index_;
  const AliasRules& rules_;
  std::vector<std::pair<std::string, std::string>>* retired_;
  std::map<std::string, std::string> remap_;
  // Folded forms of this document's actors the store does not know yet:
  // two of them may be one ("CBS Inc" and then "CBS").
  std::unordered_map<std::string, std::string> local_;
};

bool Canonicalizer::Names(const std::string& side, const Actor& a) const {
  if (IdLike(side)) return side == a.id;
  if (NormalName(a.name) == side) return true;
  return std::any_of(a.aliases.begin(), a.aliases.end(),
                     [&](const std::string& alias) { return NormalName(alias) == side; });
}

Result<bool> Canonicalizer::NamesId(const std::string& side, const std::string& id) {
  if (IdLike(side)) return side == id;
  for (const Actor& a : facts_.actors) {
    if (a.id == id && Names(side, a)) return true;
  }
  Result<std::vector<std::string>> names = index_.Names(id);
  if (!names.ok()) return names.status();
  return std::any_of(names->begin(), names->end(),
                     [&](const std::string& name) { return NormalName(name) == side; });
}

Result<bool> Canonicalizer::Forbidden(const Actor& a, const std::string& id) {
  for (const auto& [x, y] : rules_.apart) {
    for (const auto& [mine, theirs] : {std::pair(&x, &y), std::pair(&y, &x)}) {
      if (!Names(*mine, a)) continue;
      Result<bool> hit = NamesId(*theirs, id);
      if (!hit.ok()) return hit.status();
      if (*hit) return true;
    }
  }
  return false;
}

Result<std::string> Canonicalizer::Forced(const Actor& a) {
  for (const auto& [x, y] : rules_.same) {
    if (!Names(x, a)) continue;
    if (IdLike(y)) return y;
    for (const Actor& other : facts_.actors) {
      if (other.id != a.id && Names(y, other)) return other.id;
    }
    Result<std::vector<ActorIndex::Entry>> named = index_.ByName(FoldName(y));
    if (!named.ok()) return named.status();
    std::set<std::string> ids;
    for (const ActorIndex::Entry& e : *named) {
      Result<bool> is = NamesId(y, e.id);
      if (!is.ok()) return is.status();
      if (*is) ids.insert(e.id);
    }
    if (ids.size() == 1 && !ids.begin()->empty()) return *ids.begin();
  }
  return std::string();
}

Result<std::string> Canonicalizer::ByName(const Actor& a, MergeReason* reason) {
  const std::string own = FoldName(a.name);
  std::vector<std::string> forms = {own};
  for (const std::string& alias : a.aliases) {
    std::string form = FoldName(alias);
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
  }
  // A company is never a place, whose name it may bear ("Boston Corp" is
  // not Boston), and is no person: a known person with the very name of a
  // company ("Amgen", typed a person where it said something) is the
  // company, which the suffix names for what it is.
  const bool company = a.type == ActorType::kOrganization && HasCompanySuffix(a.name);
  const bool place = a.type == ActorType::kLocation || a.type == ActorType::kGroup;
  std::map<std::string, bool> candidates;  // id -> matched by name
  std::set<std::string> mistyped;
  bool many = false;
  for (const std::string& form : forms) {
    if (form.empty()) continue;
    Result<std::vector<ActorIndex::Entry>> named = index_.ByName(form);
    if (!named.ok()) return named.status();
    for (const ActorIndex::Entry& e : *named) {
      if (e.id.empty()) many = true;
      if (e.id == a.id || e.id.empty()) continue;
      const std::optional<ActorType> type = TypeOfId(e.id);
      if (type == ActorType::kPerson) {
        // Not a bare surname: "Coleman" may be a Coleman of Coleman Co.
        if (company && e.by_name && form == own && own.find(' ') != std::string::npos) {
          mistyped.insert(e.id);
        }
        continue;
      }
      if (company && type != ActorType::kOrganization && type != ActorType::kAgency) continue;
      if (place && e.company) continue;
      candidates[e.id] |= e.by_name && form == own;
    }
    if (auto it = local_.find(form); it != local_.end() && it->second != a.id) {
      candidates[it->second] |= form == own;
    }
  }
  for (auto it = candidates.begin(); it != candidates.end();) {
    Result<bool> no = Forbidden(a, it->first);
    if (!no.ok()) return no.status();
    it = *no ? candidates.erase(it) : std::next(it);
  }
  // Several: the one named so rather than known by it as an alias ("ASA",
  // and the American Soybean Association's "ASA"), else the one of the same
  // type, if only one is.
  if (candidates.size() > 1) {
    std::map<std::string, bool> named;
    for (const auto& [id, by_name] : candidates) {
      if (by_name) named.emplace(id, by_name);
    }
    if (named.size() == 1) candidates = std::move(named);
  }
  if (candidates.size() > 1) {
    std::map<std::string, bool> same;
    for (const auto& [id, by_name] : candidates) {
      if (TypeOfId(id) == a.type) same.emplace(id, by_name);
    }
    if (same.size() == 1) candidates = std::move(same);
  }
  if (many) {
    candidates.clear();
    mistyped.clear();
  }
  if (candidates.empty() && mistyped.size() == 1 && retired_ != nullptr) {
    Result<bool> no = Forbidden(a, *mistyped.begin());
    if (!no.ok()) return no.status();
    if (!*no) retired_->emplace_back(*mistyped.begin(), a.id);
  }
  if (candidates.size() != 1) {
    for (const std::string& form : forms) {
      if (!form.empty()) local_.emplace(form, a.id);
    }
    return std::string();
  }
  const auto& [id, by_name] = *candidates.begin();
  *reason = TypeOfId(id) == ActorType::kCountry ? MergeReason::kCountry
            : by_name                          ? MergeReason::kName
                                               : MergeReason::kAlias;
  return id;
}

Status Canonicalizer::RetireNamesakes(const Actor& country) {
  Result<std::vector<ActorIndex::Entry>> named = index_.ByName(FoldName(country.name));
  if (!named.ok()) return named.status();
  for (const ActorIndex::Entry& e : *named) {
    const std::optional<ActorType> type = TypeOfId(e.id);
    if (!e.by_name || e.company || !Guessed(e.id) ||
        (type != ActorType::kLocation && type != ActorType::kOrganization)) {
      continue;
    }
    Result<bool> no = Forbidden(country, e.id);
    if (!no.ok()) return no.status();
    if (!*no) retired_->emplace_back(e.id, country.id);
  }
  return Status::Ok();
}

Result<bool> Canonicalizer::NameSurnameSpeakers() {
  // English personal pronouns: capitalised at a sentence's start, and "He"
  // is also a surname.
  static constexpr std::string_view kPronouns[] = {"i",   "you", "he",  "she",
                                                   "it",  "we",  "they"};
  bool changed = false;
  for (Quote& q : facts_.quotes) {
    if (!q.speaker.empty() || !q.speaker_mention || q.speaker_text.empty() ||
        q.speaker_text[0] < 'A' || q.speaker_text[0] > 'Z') {
      continue;
    }
    const std::vector<std::string> words = LowerWords(q.speaker_text);
    if (words.size() != 1 ||
        std::find(std::begin(kPronouns), std::end(kPronouns), words[0]) != std::end(kPronouns)) {
      continue;
    }
    Actor bare{"person:" + words[0], q.speaker_text, ActorType::kPerson, {q.speaker_text}, {}};
    Result<std::string> to = BySurname(bare);
    if (!to.ok()) return to.status();
    if (to->empty()) continue;
    q.speaker = *to;
    bare.mentions.push_back({facts_.document, *q.speaker_mention, MentionForm::kName});
    facts_.merges.push_back({bare.id, bare.name, *to, MergeReason::kSurname});
    bare.id = *to;
    facts_.actors.push_back(std::move(bare));
    changed = true;
  }
  if (changed) RemapActors(facts_, {});  // joins the entries of one actor
  return changed;
}

Status Canonicalizer::PersonsAsLocalCompanies() {
  std::map<std::string, std::string> companies;  // folded name -> the company's id
  for (const Actor& a : facts_.actors) {
    if (a.type == ActorType::kOrganization && HasCompanySuffix(a.name)) {
      auto it = remap_.find(a.id);
      companies.emplace(FoldName(a.name), it == remap_.end() ? a.id : it->second);
    }
  }
  if (companies.empty()) return Status::Ok();
  for (const Actor& a : facts_.actors) {
    if (a.type != ActorType::kPerson || Surname(a.name).empty() || remap_.count(a.id) != 0) {
      continue;
    }
    auto it = companies.find(FoldName(a.name));
    if (it == companies.end()) continue;
    Result<bool> no = Forbidden(a, it->second);
    if (!no.ok()) return no.status();
    if (*no) continue;
    Result<bool> known = index_.Known(a.id);
    if (!known.ok()) return known.status();
    // Known from other documents: they follow.
    if (*known && retired_ != nullptr) retired_->emplace_back(a.id, it->second);
    remap_.emplace(a.id, it->second);
    facts_.merges.push_back({a.id, a.name, it->second, MergeReason::kName});
  }
  return Status::Ok();
}

Result<std::string> Canonicalizer::PersonAsCompany(const Actor& a) {
  if (Surname(a.name).empty()) return std::string();  // a bare surname is a person's
  Result<std::vector<ActorIndex::Entry>> named = index_.ByName(FoldName(a.name));
  if (!named.ok()) return named.status();
  std::set<std::string> ids;
  for (const ActorIndex::Entry& e : *named) {
    if (e.id.empty() || (e.by_name && TypeOfId(e.id) == ActorType::kOrganization)) {
      ids.insert(e.id);
    }
  }
  if (ids.size() != 1 || ids.begin()->empty()) return std::string();
  Result<bool> no = Forbidden(a, *ids.begin());
  if (!no.ok()) return no.status();
  return *no ? std::string() : *ids.begin();
}

Result<std::string> Canonicalizer::BySurname(const Actor& a) {
  if (!Surname(a.name).empty()) return std::string();  // a full name
  const std::string surname = FoldName(a.name);
  if (surname.empty() || surname.find(' ') != std::string::npos) return std::string();
  // Another person of this document with the surname: the extractor kept
  // them apart for a reason.
  for (const Actor& other : facts_.actors) {
    if (other.type == ActorType::kPerson && Surname(other.name) == surname) return std::string();
  }
  Result<std::vector<ActorIndex::Entry>> known = index_.BySurname(surname);
  if (!known.ok()) return known.status();
  std::set<std::string> ids;
  for (const ActorIndex::Entry& e : *known) ids.insert(e.id);
  if (ids.size() != 1 || ids.begin()->empty()) return std::string();
  Result<bool> no = Forbidden(a, *ids.begin());
  if (!no.ok()) return no.status();
  return *no ? std::string() : *ids.begin();
}

Result<bool> Canonicalizer::Run() {
  for (const Actor& a : facts_.actors) {
    if (remap_.count(a.id) != 0) continue;
    ActorMerge merge{a.id, a.name, "", MergeReason::kUserRule};
    Result<std::string> to = Forced(a);
    if (!to.ok()) return to.status();
    if (to->empty()) {
      Result<bool> known = index_.Known(a.id);
      if (!known.ok()) return known.status();
      if (*known) continue;
      if (a.type == ActorType::kCountry) {
        if (retired_ == nullptr) continue;
        if (Status r = RetireNamesakes(a); !r.ok()) return r;
        continue;
      }
      if (a.type == ActorType::kPerson) {
        merge.reason = MergeReason::kSurname;
        to = BySurname(a);
        if (to.ok() && to->empty()) {
          merge.reason = MergeReason::kName;
          to = PersonAsCompany(a);
        }
      } else {
        to = ByName(a, &merge.reason);
      }
      if (!to.ok()) return to.status();
    }
    if (to->empty() || *to == a.id) continue;
    merge.to = *to;
    remap_.emplace(a.id, *to);
    facts_.merges.push_back(std::move(merge));
  }
  if (Status s = PersonsAsLocalCompanies(); !s.ok()) return s;
  Result<bool> named = NameSurnameSpeakers();
  if (!named.ok()) return named.status();
  if (*named && remap_.empty()) return true;
  if (remap_.empty()) return false;
  RemapActors(facts_, remap_);
  return true;
}

}  // namespace

void RemapActors(DocumentFacts& facts, const std::map<std::string, std::string>& remap) {
  auto map = [&](std::string& id) {
    if (auto it = remap.find(id); it != remap.end()) id = it->second;
  };
  // One entry per actor: a merged actor's aliases and mentions join the
  // entry of the actor it became, where the document has one.
  std::vector<Actor> actors;
  std::unordered_map<std::string, size_t> at;
  for (Actor& a : facts.actors) {
    map(a.id);
    if (std::optional<ActorType> type = TypeOfId(a.id)) a.type = *type;
    auto [it, inserted] = at.emplace(a.id, actors.size());
    if (inserted) {
      actors.push_back(std::move(a));
      continue;
    }
    Actor& into = actors[it->second];
    for (std::string& alias : a.aliases) {
      if (std::find(into.aliases.begin(), into.aliases.end(), alias) == into.aliases.end()) {
        into.aliases.push_back(std::move(alias));
      }
    }
    for (Mention& m : a.mentions) into.mentions.push_back(std::move(m));
    std::stable_sort(into.mentions.begin(), into.mentions.end(),
                     [](const Mention& x, const Mention& y) { return x.span.start < y.span.start; });
  }
  facts.actors = std::move(actors);

  for (Quote& q : facts.quotes) {
    map(q.speaker);
    std::vector<std::string> about;
    for (std::string& id : q.about) {
      map(id);
      if (std::find(about.begin(), about.end(), id) == about.end()) {
        about.push_back(std::move(id));
      }
    }
    q.about = std::move(about);
  }
  // A relation between two names of one actor ("CBS Inc said CBS ...") is
  // none.
  std::vector<Relation> relations;
  for (Relation& r : facts.relations) {
    const bool self = !r.target.empty() && r.source == r.target;
    map(r.source);
    map(r.target);
    if (!self && !r.target.empty() && r.source == r.target) continue;
    relations.push_back(std::move(r));
  }
  facts.relations = std::move(relations);
  for (ActorMerge& m : facts.merges) map(m.to);
}

Result<bool> Canonicalize(DocumentFacts& facts, ActorIndex& index, const AliasRules& rules,
                          std::vector<std::pair<std::string, std::string>>* retired) {
  return Canonicalizer(facts, index, rules, retired).Run();
}

}  // namespace actorgraph
