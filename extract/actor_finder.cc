#include "extract/actor_finder.h"

#include <algorithm>
#include <unordered_map>

#include "extract/text_util.h"

namespace actorgraph {
namespace {

constexpr size_t kMaxNameWords = 4;

bool IsConnector(std::string_view w) { return w == "of" || w == "for" || w == "and" || w == "de"; }

bool IsAppositionStart(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "who" || w == "former" || w == "chief" ||
         w == "senior" || w == "head" || w == "now";
}

// "in Kestrel", "at Port Alder": a name after these is a place.
bool IsPlacePreposition(std::string_view w) {
  return w == "in" || w == "at" || w == "near" || w == "outside" || w == "across";
}

// "Kestrel-based", "Internet-fuelled": a compound with a lowercase part.
bool HasLowerCompound(std::string_view w) {
  size_t dash = w.find('-');
  return dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' &&
         w[dash + 1] <= 'z';
}

bool IsLetters(std::string_view w) {
  for (char c : w) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
  }
  return true;
}

// "March", "Mar", "Mar.".
bool IsMonth(std::string_view w) {
  static constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",
                                                 "May",     "June",     "July",      "August",
                                                 "September", "October", "November", "December"};
  if (w.ends_with('.')) w.remove_suffix(1);
  if (w.size() < 3) return false;
  for (std::string_view m : kMonths) {
    if (m.starts_with(w) && (w.size() == 3 || w.size() == m.size() || w == "Sept")) return true;
  }
  return false;
}

// "1996-08-30", "2025/01/14": the date of a dateline.
bool IsNumericDate(std::string_view w) {
  if (w.size() < 6 || w[0] < '0' || w[0] > '9') return false;
  for (char c : w) {
    if ((c < '0' || c > '9') && c != '-' && c != '/') return false;
  }
  return true;
}

// Builds the ActorTable of one document. Single use.
class Builder {
 public:
  Builder(const Lexicons& lex, const TokenizedText& t) : lex_(lex), t_(t) {
    excluded_.assign(t.tokens.size(), false);
  }

  ActorTable Run();

 private:
  struct Candidate {
    uint32_t begin;
    uint32_t end;
  };

  size_t ParagraphEnd(size_t i) const { return t_.paragraph_begin[t_.tokens[i].paragraph + 1]; }
  bool UpperWord(size_t i) const {
    return i < t_.tokens.size() && t_.tokens[i].kind == TokenKind::kWord && t_.tokens[i].upper &&
           !excluded_[i];
  }
  std::string_view SpanText(size_t b, size_t e) const {
    return t_.text.substr(t_.tokens[b].start, t_.tokens[e - 1].end - t_.tokens[b].start);
  }
  bool SameParagraph(size_t a, size_t b) const {
    return b < t_.tokens.size() && t_.tokens[a].paragraph == t_.tokens[b].paragraph;
  }

  // True when token i starts a sentence or follows an opening quotation
  // mark, bracket, colon or dash: capitalisation there says nothing.
  bool SentenceInitial(size_t i) const;
  // A capitalised word that is a common lowercase word ("Trailing"), and
  // not also a proper noun ("Reading", "Smith").
  bool CommonWord(size_t i) const;
  // True when token i is a number in the same paragraph as token i - 1:
  // "Kestrel 3 Alder Rovers 1", "Nordland 214 and 80-3".
  // Not a date, nor a quantity ("Kestrel 56 miles").
  bool ScoreAt(size_t i) const;
  // A score after the name ("Nordland 214"), "v" before it, or, for a
  // `place` name, a match verb next to it ("Nordland beat Alderby").
  bool TeamContext(size_t b, size_t e, bool place) const;
  // A sports team named after a place ("Nordland 214"): an organisation,
  // and the place name is the team everywhere in the document.
  int TeamActor(size_t b, size_t e);
  // The stop of an initial the tokenizer split off: "A. Quill".
  bool IsInitialStop(size_t j) const {
    return t_.Is(j, ".") && j > 0 && t_.tokens[j - 1].end == t_.tokens[j].start &&
           t_.tokens[j - 1].end - t_.tokens[j - 1].start == 1 && t_.tokens[j - 1].upper;
  }
  void MarkExcluded();
  void FindDatelines();
  // Names in all-caps headlines: a name the body has ("KESTREL" for
  // "Kestrel"), or a country.
  void ResolveHeadlines();
  void AddPerson(const Candidate& c, Gender gender);
  bool ResolveKnown(const Candidate& c);
  bool Guess(const Candidate& c);
  void ProcessRun(size_t a, size_t b);
  // Returns the end of the organisation starting at i, or 0.
  size_t OrgHeadEnd(size_t i, size_t b) const;
  bool TitleBefore(size_t s, Gender* gender) const;
  bool SpeechCueAt(size_t i) const;
  bool SpeechCueEndsAt(size_t end) const;
  // A speech cue or an apposition next to the name: "Ada Quill said",
  // "said Ada Quill", "Ada Quill, a former ...".
  bool PersonContext(size_t b, size_t e) const;
  // A lowercase org follower at token e, in the paragraph of e - 1:
  // "Kestrel shares".
  bool OrgFollowerAt(size_t e) const {
    return e < t_.tokens.size() && SameParagraph(e - 1, e) && t_.IsWord(e) &&
           !t_.tokens[e].upper && lex_.IsOrgFollower(t_.Text(e));
  }
  void DecideCandidate(const Candidate& c);

  int ActorFor(const std::string& id, std::string_view name, ActorType type);
  void AddMention(size_t b, size_t e, int actor);

  const Lexicons& lex_;
  const TokenizedText& t_;
  std::vector<bool> excluded_;
  ActorTable table_;
  std::unordered_map<std::string, int> by_id_;
  std::unordered_map<std::string, int> doc_alias_;  // acronym -> actor
  std::unordered_map<std::string, int> surname_;    // -1 when ambiguous
  std::unordered_map<std::string, int> full_name_;
  std::vector<Candidate> pending_;
  std::unordered_map<std::string_view, int> teams_;  // place name -> team
  std::vector<bool> dateline_;                        // per paragraph
};

int Builder::ActorFor(const std::string& id, std::string_view name, ActorType type) {
  auto it = by_id_.find(id);
  if (it != by_id_.end()) return it->second;
  int index = static_cast<int>(table_.actors.size());
  DocActor a;
  a.id = id;
  a.name = std::string(name);
  a.type = type;
  table_.actors.push_back(std::move(a));
  by_id_.emplace(id, index);
  return index;
}

void Builder::AddMention(size_t b, size_t e, int actor) {
  table_.mentions.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), actor});
  std::string surface(SpanText(b, e));
  std::vector<std::string>& aliases = table_.actors[actor].aliases;
  if (std::find(aliases.begin(), aliases.end(), surface) == aliases.end()) {
    aliases.push_back(std::move(surface));
  }
}

bool Builder::SentenceInitial(size_t i) const {
  const Token& tok = t_.tokens[i];
  if (i == t_.sentence_begin[tok.sentence] || i == t_.paragraph_begin[tok.paragraph]) return true;
  const Token& prev = t_.tokens[i - 1];
  if (prev.kind == TokenKind::kQuote) return true;
  if (prev.kind != TokenKind::kPunct) return false;
  std::string_view p = t_.Text(i - 1);
  return p == "(" || p == ":" || p == "-" || p == "--";
}

bool Builder::CommonWord(size_t i) const {
  std::string_view w = t_.Text(i);
  char buf[32];
  if (w.size() > sizeof buf) return false;
  for (size_t k = 0; k < w.size(); ++k) {
    char c = w[k];
    buf[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return lex_.WordKinds(std::string_view(buf, w.size())) == Lexicons::kCommonWord;
}

void Builder::MarkExcluded() {
  const std::vector<Token>& toks = t_.tokens;
  for (size_t p = 0; p + 1 < t_.paragraph_begin.size(); ++p) {
    size_t b = t_.paragraph_begin[p];
    size_t e = t_.paragraph_begin[p + 1];
    if (t_.headline[p]) {
      std::fill(excluded_.begin() + b, excluded_.begin() + e, true);
      continue;
    }
    int open_paren = -1;
    for (size_t i = b; i < e; ++i) {
      if (toks[i].kind == TokenKind::kPunct) {
        if (t_.Is(i, "(")) open_paren = static_cast<int>(i);
        if (t_.Is(i, ")")) open_paren = -1;
        continue;
      }
      if (toks[i].kind != TokenKind::kWord) continue;
      if (lex_.bylines().Longest(t_, i, e).value < 0) continue;
      size_t stop = e;
      if (open_paren >= 0) {
        for (size_t k = i; k < e; ++k) {
          if (t_.Is(k, ")")) {
            stop = k;
            break;
          }
        }
      }
      std::fill(excluded_.begin() + i, excluded_.begin() + stop, true);
      i = stop;
      open_paren = -1;
    }
  }
}

size_t Builder::OrgHeadEnd(size_t i, size_t b) const {
  size_t words = 0;
  for (size_t h = i; h < b; ++h) {
    std::string_view w = t_.Text(h);
    if (IsConnector(w)) continue;
    ++words;
    if (!lex_.HeadType(w)) continue;
    if (h + 1 < b && (t_.Is(h + 1, "of") || t_.Is(h + 1, "for"))) return b;
    return words >= 2 ? h + 1 : 0;
  }
  return 0;
}

bool Builder::TitleBefore(size_t s, Gender* gender) const {
  for (size_t len = 1; len <= 3 && len <= s; ++len) {
    size_t from = s - len;
    if (!SameParagraph(from, s)) break;
    PhraseTable::Match m = lex_.titles().Longest(t_, from, s);
    if (m.value >= 0 && from + m.length == s) {
      *gender = static_cast<Gender>(m.value);
      return true;
    }
  }
  return false;
}

bool Builder::SpeechCueAt(size_t i) const {
  if (i >= t_.tokens.size()) return false;  // a name ending the document
  PhraseTable::Match m = lex_.cue_phrases().Longest(t_, i, ParagraphEnd(i));
  return m.value >= 0 && lex_.cues()[m.value].kind == CueKind::kSpeech;
}

bool Builder::SpeechCueEndsAt(size_t end) const {
  for (size_t len = 1; len <= 2 && len <= end; ++len) {
    PhraseTable::Match m = lex_.cue_phrases().Longest(t_, end - len, end);
    if (m.value >= 0 && m.length == len) {
      CueKind k = lex_.cues()[m.value].kind;
      if (k == CueKind::kSpeech || k == CueKind::kAccording) return true;
    }
  }
  return false;
}

bool Builder::PersonContext(size_t b, size_t e) const {
  return SpeechCueAt(e) || (b > 0 && SameParagraph(b - 1, b) && SpeechCueEndsAt(b)) ||
         (t_.Is(e, ",") && SameParagraph(b, e + 1) && IsAppositionStart(t_.Text(e + 1)));
}

void Builder::AddPerson(const Candidate& c, Gender gender) {
  std::string_view surface = SpanText(c.begin, c.end);
  int a = ActorFor("person:" + Slug(surface), surface, ActorType::kPerson);
  if (gender != Gender::kUnknown) table_.actors[a].gender = gender;
  AddMention(c.begin, c.end, a);
  full_name_.emplace(std::string(surface), a);
  std::string last(t_.Text(c.end - 1));
  auto [it, inserted] = surname_.emplace(last, a);
  if (!inserted && it->second != a) it->second = -1;
}

bool Builder::ScoreAt(size_t i) const {
  if (i >= t_.tokens.size() || !SameParagraph(i - 1, i) || !t_.IsWord(i)) return false;
  std::string_view w = t_.Text(i);
  // Not bowling figures either ("4-0-21-1"): a player.
  if (w[0] < '0' || w[0] > '9' || IsNumericDate(w) || std::count(w.begin(), w.end(), '-') >= 2) {
    return false;
  }
  size_t next = i + 1;
  if (next < t_.tokens.size() && SameParagraph(i, next) && t_.IsWord(next) &&
      !t_.tokens[next].upper && !t_.Is(next, "and")) {
    unsigned char c = static_cast<unsigned char>(t_.text[t_.tokens[next].start]);
    return c >= '0' && c <= '9';
  }
  return true;
}

bool Builder::TeamContext(size_t b, size_t e, bool place) const {
  if (ScoreAt(e)) return true;
  if (b > 0 && SameParagraph(b - 1, b)) {
    std::string_view w = t_.Text(b - 1);
    if (w == "v" || w == "vs" || w == "vs.") return true;
    if (place && (w == "beat" || w == "defeated")) return true;
  }
  // A player beats players too: only a place's name is a team by its verb.
  if (place && e < t_.tokens.size() && SameParagraph(b, e)) {
    std::string_view w = t_.Text(e);
    if (w == "beat" || w == "beats" || w == "drew" || w == "defeated") return true;
  }
  return false;
}

int Builder::TeamActor(size_t b, size_t e) {
  std::string_view surface = SpanText(b, e);
  int a = ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization);
  teams_.emplace(surface, a);
  return a;
}

bool Builder::ResolveKnown(const Candidate& c) {
  std::string surface(SpanText(c.begin, c.end));
  auto full = full_name_.find(surface);
  if (full != full_name_.end()) {
    AddMention(c.begin, c.end, full->second);
    return true;
  }
  if (c.end - c.begin == 1) {
    auto last = surname_.find(surface);
    if (last != surname_.end() && last->second >= 0) {
      AddMention(c.begin, c.end, last->second);
      return true;
    }
  }
  return false;
}

bool Builder::Guess(const Candidate& c) {
  size_t n = c.end - c.begin;
  bool all_caps = true;
  bool any_caps = false;
  for (size_t k = c.begin; k < c.end; ++k) {
    all_caps &= t_.tokens[k].all_caps;
    any_caps |= t_.tokens[k].all_caps;
  }
  // "Kestrel 3", "PORT ALDER 3", "Port Alder Rovers 3": a team; "Ada Quill
  // 71 68" (a given name) and "A. Quill 84" (an initial) are players.
  std::string_view first = t_.Text(c.begin);
  bool player = first.size() == 1 || (first.size() <= 3 ? first.back() == '.'
                                                        : lex_.GivenName(first).has_value());
  // A surname two players share is no team either, nor "Aug 31".
  if (n == 1 && (surname_.contains(std::string(first)) || IsMonth(first))) return false;
  if (((n == 1 && !CommonWord(c.begin)) || (all_caps && n <= 3) || (n <= 3 && !player)) &&
      TeamContext(c.begin, c.end, /*place=*/false)) {
    AddMention(c.begin, c.end, TeamActor(c.begin, c.end));
    return true;
  }
  // "Kestrel news agency", "Kestrel shares": an organisation.
  if (n <= 3 && !all_caps && OrgFollowerAt(c.end) && !(n == 1 && CommonWord(c.begin))) {
    std::string_view surface = SpanText(c.begin, c.end);
    AddMention(c.begin, c.end,
               ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization));
    return true;
  }
  // "the KSF said": an unknown acronym in running text is an organisation.
  if (n == 1 && all_caps && first.size() >= 3 && first.size() <= 6 &&
      !lex_.IsCommonAcronym(first) && !CommonWord(c.begin) && IsLetters(first)) {
    AddMention(c.begin, c.end,
               ActorFor("org:" + Slug(first), first, ActorType::kOrganization));
    return true;
  }
  if (any_caps) return false;
  std::string_view surface = SpanText(c.begin, c.end);
  std::string_view last = t_.Text(c.end - 1);
  // "the Harriers", "the Red Kites": a capitalised plural of common words
  // after "the" is a team or a group's name.
  if (n <= 2 && c.begin > 0 && SameParagraph(c.begin - 1, c.begin) && t_.Is(c.begin - 1, "the") &&
      last.size() > 3 && last.back() == 's' && last[last.size() - 2] != 's' &&
      CommonWord(c.begin) && CommonWord(c.end - 1)) {
    AddMention(c.begin, c.end, ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization));
    return true;
  }
  if (n >= 2 && lex_.IsOrgSuffix(last)) {
    AddMention(c.begin, c.end, ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization));
    return true;
  }
  // "in Internet-fuelled unrest" is no place.
  bool after_place_word = c.begin > 0 && SameParagraph(c.begin - 1, c.begin) &&
                          IsPlacePreposition(t_.Text(c.begin - 1)) && !HasLowerCompound(last);
  if ((n >= 2 && lex_.IsPlaceHead(last)) || (n <= 3 && after_place_word)) {
    AddMention(c.begin, c.end,
               ActorFor("location:" + Slug(surface), surface, ActorType::kLocation));
    return true;
  }
  if (n < 2 || n > 3) return false;
  for (size_t k = c.begin; k < c.end; ++k) {
    if (CommonWord(k)) return false;
  }
  // "Nordland Rovers": a known place opening an untyped name is no person's
  // given name; the name is a team or company named after it.
  if (PhraseTable::Match m = lex_.actor_phrases().Longest(t_, c.begin, c.end);
      m.value >= 0 && m.length < n) {
    ActorType k = lex_.known_actors()[m.value].type;
    if (k == ActorType::kLocation || k == ActorType::kCountry) {
      AddMention(c.begin, c.end, ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization));
      return true;
    }
  }
  AddPerson(c, lex_.GivenName(t_.Text(c.begin)).value_or(Gender::kUnknown));
  return true;
}

void Builder::ResolveHeadlines() {
  bool any = false;
  for (size_t p = 0; p + 1 < t_.paragraph_begin.size() && !any; ++p) {
    any = t_.headline[p] || dateline_[p];
  }
  if (!any) return;
  // Tables in capitals: "PORT ALDER 74 59 .556".
  for (size_t p = 0; p + 1 < t_.paragraph_begin.size(); ++p) {
    if (!t_.headline[p] || dateline_[p]) continue;
    size_t b = t_.paragraph_begin[p];
    size_t e = t_.paragraph_begin[p + 1];
    size_t r = b;
    while (r < e && r < b + 3 && t_.IsWord(r) && t_.tokens[r].all_caps &&
           !lex_.IsFunctionWord(t_.Text(r))) {
      ++r;
    }
    if (r > b && ScoreAt(r)) AddMention(b, r, TeamActor(b, r));
  }
  std::unordered_map<std::string, int> by_lower;
  for (const ActorMention& m : table_.mentions) {
    if (dateline_[t_.tokens[m.begin].paragraph]) continue;
    by_lower.emplace(AsciiLower(SpanText(m.begin, m.end)), m.actor);
  }
  for (const auto& [surname, actor] : surname_) {
    if (actor >= 0) by_lower.emplace(AsciiLower(surname), actor);
  }
  // "OSLO 2025-01-14" is the Oslo of the body.
  for (ActorMention& m : table_.mentions) {
    if (!dateline_[t_.tokens[m.begin].paragraph]) continue;
    auto it = by_lower.find(AsciiLower(SpanText(m.begin, m.end)));
    if (it != by_lower.end() && table_.actors[it->second].type == ActorType::kLocation) {
      m.actor = it->second;
    }
  }
  std::vector<bool> taken(t_.tokens.size(), false);
  for (const ActorMention& m : table_.mentions) {
    std::fill(taken.begin() + m.begin, taken.begin() + m.end, true);
  }
  for (size_t p = 0; p + 1 < t_.paragraph_begin.size(); ++p) {
    if (!t_.headline[p]) continue;
    size_t e = t_.paragraph_begin[p + 1];
    for (size_t i = t_.paragraph_begin[p]; i < e; ++i) {
      if (!t_.IsWord(i) || taken[i] || !t_.tokens[i].all_caps) continue;
      size_t len = 0;
      int actor = -1;
      for (size_t n = 4; n >= 1 && actor < 0; --n) {
        size_t k = i;
        while (k < i + n && k < e && t_.IsWord(k) && !taken[k]) ++k;
        if (k < i + n) continue;
        auto it = by_lower.find(AsciiLower(SpanText(i, i + n)));
        if (it != by_lower.end()) {
          actor = it->second;
          len = n;
        }
      }
      if (actor < 0) {
        PhraseTable::Match m = lex_.country_names().Longest(t_, i, e);
        if (m.value < 0) continue;
        const KnownActor& k = lex_.known_actors()[m.value];
        actor = ActorFor(k.id, k.name, k.type);
        len = m.length;
      }
      AddMention(i, i + len, actor);
      i += len - 1;
    }
  }
}

void Builder::FindDatelines() {
  dateline_.assign(t_.paragraph_begin.size(), false);
  for (size_t p = 0; p + 1 < t_.paragraph_begin.size(); ++p) {
    size_t b = t_.paragraph_begin[p];
    size_t e = t_.paragraph_begin[p + 1];
    // "KESTREL 2025-01-14", "PORT ALDER , NORDLAND 2025-01-14",
    // "KESTREL, March 4 -". Each part is a place; a part the lexicons know
    // is that actor.
    size_t j = b;
    // After the comma the region may be in mixed case: "ALDER , Nordland".
    bool comma = false;
    while (j < e && ((t_.IsWord(j) && (t_.tokens[j].all_caps ||
                                       (comma && t_.tokens[j].upper && !IsMonth(t_.Text(j))))) ||
                     (j > b && t_.Is(j, ",")))) {
      comma |= t_.Is(j, ",");
      ++j;
    }
    if (j == b || j >= e) continue;
    // Then a date, "OSLO, March 4 -", or a source "OSLO (Wire) -", "OSLO -".
    std::string_view next = t_.Text(j);
    // Not in an all-caps headline: "CRICKET - KESTREL WIN 2-1".
    bool lower_after = false;
    for (size_t k = j; k < e && !lower_after; ++k) {
      lower_after = t_.IsWord(k) && !t_.tokens[k].all_caps && t_.tokens[k].upper == false &&
                    t_.text[t_.tokens[k].start] >= 'a' && t_.text[t_.tokens[k].start] <= 'z';
    }
    if (!IsNumericDate(next) &&
        (!lower_after ||
         !(t_.Is(j - 1, ",") ? IsMonth(next)
                             : next == "(" || next == "-" || next == "--" || next == "\u2014"))) {
      continue;
    }
    size_t s = b;
    for (size_t k = b; k <= j; ++k) {
      if (k < j && !t_.Is(k, ",")) continue;
      if (k > s) {
        PhraseTable::Match m = lex_.actor_phrases().Longest(t_, s, k);
        int a;
        if (m.value >= 0 && s + m.length == k) {
          const KnownActor& known = lex_.known_actors()[m.value];
          a = ActorFor(known.id, known.name, known.type);
        } else {
          std::string_view surface = SpanText(s, k);
          a = ActorFor("location:" + Slug(surface), surface, ActorType::kLocation);
        }
        AddMention(s, k, a);
      }
      s = k + 1;
    }
    std::fill(excluded_.begin() + b, excluded_.begin() + j, true);
    dateline_[p] = true;
  }
}

void Builder::DecideCandidate(const Candidate& c) {
  size_t n = c.end - c.begin;
  std::string_view surface = SpanText(c.begin, c.end);
  if (n >= 2 && n <= kMaxNameWords) {
    bool any_all_caps = false;
    for (size_t k = c.begin; k < c.end; ++k) any_all_caps |= t_.tokens[k].all_caps;
    Gender gender = Gender::kUnknown;
    bool title = TitleBefore(c.begin, &gender);
    if (!title && c.begin > 0 && SameParagraph(c.begin - 1, c.begin) &&
        lex_.IsOrgNoun(AsciiLower(t_.Text(c.begin - 1)))) {
      int a = ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization);
      AddMention(c.begin, c.end, a);
      return;
    }
    // "Kestrel Motor Corp of ...", "said Kestrel Systems chairman ...": the
    // suffix or the word after makes an organisation, whatever the first
    // word or the cue next to it.
    if (!title && !any_all_caps &&
        (lex_.IsOrgSuffix(t_.Text(c.end - 1)) || OrgFollowerAt(c.end))) {
      int a = ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization);
      AddMention(c.begin, c.end, a);
      return;
    }
    std::optional<Gender> given = lex_.GivenName(t_.Text(c.begin));
    if (given && gender == Gender::kUnknown) gender = *given;
    bool person = !any_all_caps && (title || given || PersonContext(c.begin, c.end));
    if (person) {
      AddPerson(c, gender);
      return;
    }
  } else if (n == 1 && c.begin > 0 && SameParagraph(c.begin - 1, c.begin) &&
             !t_.tokens[c.begin].all_caps && lex_.IsOrgNoun(AsciiLower(t_.Text(c.begin - 1)))) {
    int a = ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization);
    AddMention(c.begin, c.end, a);
    return;
  }
  pending_.push_back(c);
}

void Builder::ProcessRun(size_t a, size_t b) {
  // "A. Quill" is an initial, not the article.
  while (a < b && (lex_.IsFunctionWord(t_.Text(a)) || IsConnector(t_.Text(a))) &&
         !(a + 1 < b && IsInitialStop(a + 1))) {
    ++a;
  }
  // "Trailing Kestrel ...": a common word opening a sentence is no name.
  // A lone word may still be a surname ("Quill said"), resolved later;
  // "Per Lund, a ..." is a name by its context.
  if (a + 1 < b && SentenceInitial(a) && CommonWord(a) && !lex_.GivenName(t_.Text(a)) &&
      !(b - a <= kMaxNameWords && PersonContext(a, b))) {
    ++a;
    while (a < b && IsConnector(t_.Text(a))) ++a;  // "Shares of Kestrel Holdings"
  }
  // "Alder Bay Holdings", "Quill & Lund": the whole run is one company,
  // whatever place or person names it holds.
  if (b - a >= 2 && (lex_.IsOrgSuffix(t_.Text(b - 1)) || t_.Is(b - 2, "&")) &&
      !lex_.titles().Longest(t_, a, b).length) {
    PhraseTable::Match m = lex_.actor_phrases().Longest(t_, a, b);
    if (m.value < 0 || a + m.length < b) {
      std::string_view surface = SpanText(a, b);
      AddMention(a, b, ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization));
      return;
    }
  }
  size_t i = a;
  while (i < b) {
    std::string_view w = t_.Text(i);
    if (IsConnector(w)) {
      ++i;
      continue;
    }
    if (size_t e = OrgHeadEnd(i, b); e > 0) {
      PhraseTable::Match m = lex_.actor_phrases().Longest(t_, i, e);
      int actor;
      if (m.value >= 0 && i + m.length == e) {
        const KnownActor& k = lex_.known_actors()[m.value];
        actor = ActorFor(k.id, k.name, k.type);
      } else {
        std::string_view surface = SpanText(i, e);
        // The first head word decides: "Ministry of Fisheries" is an agency.
        ActorType type = ActorType::kOrganization;
        for (size_t h = i; h < e; ++h) {
          if (std::optional<ActorType> ht = lex_.HeadType(t_.Text(h))) {
            type = *ht;
            break;
          }
        }
        actor = ActorFor((type == ActorType::kAgency ? "agency:" : "org:") + Slug(surface), surface,
                         type);
      }
      AddMention(i, e, actor);
      // "Secret Intelligence Service (MI6)": the acronym is an alias.
      if (t_.Is(e, "(") && t_.IsWord(e + 1) && t_.tokens[e + 1].all_caps && t_.Is(e + 2, ")")) {
        doc_alias_[std::string(t_.Text(e + 1))] = actor;
      }
      i = e;
      continue;
    }
    if (auto it = doc_alias_.find(std::string(w)); it != doc_alias_.end()) {
      AddMention(i, i + 1, it->second);
      ++i;
      continue;
    }
    PhraseTable::Match title = lex_.titles().Longest(t_, i, b);
    if (title.value >= 0 && i + title.length < b && !IsConnector(t_.Text(i + title.length)) &&
        lex_.actor_phrases().Longest(t_, i, b).length < title.length) {
      i += title.length;  // the title itself is no actor; the name follows
      continue;
    }
    PhraseTable::Match m = lex_.actor_phrases().Longest(t_, i, ParagraphEnd(i));
    if (m.value >= 0) {
      const KnownActor& k = lex_.known_actors()[m.value];
      // A bloc word inside a longer name ("West Bank") is not the bloc.
      // Nor a state inside one ("Kestrel City" where Kestrel is a state).
      bool inside_name = (k.type == ActorType::kGroup ? m.length == 1
                                                      : k.type == ActorType::kLocation) &&
                         UpperWord(i + m.length) && SameParagraph(i, i + m.length) &&
                         i + m.length < b;
      if (k.type == ActorType::kLocation && TeamContext(i, i + m.length, /*place=*/true)) {
        AddMention(i, i + m.length, TeamActor(i, i + m.length));
        i += m.length;
        continue;
      }
      if (!inside_name) {
        size_t start = i;
        // "the West" is listed with its article, which starts no run.
        if (i > 0 && t_.Is(i - 1, "the") && SameParagraph(i - 1, i) &&
            lex_.actor_phrases().Longest(t_, i - 1, i + m.length).length == m.length + 1) {
          start = i - 1;
        }
        AddMention(start, i + m.length, ActorFor(k.id, k.name, k.type));
        i += m.length;
        continue;
      }
    }
    // "Air Kestrelia", "Radio Nordland": a common word before a country's
    // name makes a company or broadcaster named after it.
    if (i + 1 < b && CommonWord(i) && !SentenceInitial(i) && !lex_.IsFunctionWord(w)) {
      PhraseTable::Match c = lex_.actor_phrases().Longest(t_, i + 1, b);
      if (c.value >= 0 && i + 1 + c.length == b &&
          lex_.known_actors()[c.value].type == ActorType::kCountry) {
        std::string_view surface = SpanText(i, b);
        AddMention(i, b, ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization));
        i = b;
        continue;
      }
    }
    size_t j = i + 1;
    while (j < b && !IsConnector(t_.Text(j)) && lex_.actor_phrases().Longest(t_, j, b).value < 0 &&
           lex_.titles().Longest(t_, j, b).value < 0 &&
           !doc_alias_.contains(std::string(t_.Text(j)))) {
      ++j;
    }
    DecideCandidate({static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
    i = j;
  }
}

ActorTable Builder::Run() {
  MarkExcluded();
  FindDatelines();
  const size_t n = t_.tokens.size();
  size_t i = 0;
  while (i < n) {
    if (!UpperWord(i)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && SameParagraph(i, j)) {
      if (UpperWord(j)) {
        ++j;
      } else if ((t_.tokens[j].kind == TokenKind::kWord ? IsConnector(t_.Text(j))
                                                         : t_.Is(j, "&") || IsInitialStop(j)) &&
                 UpperWord(j + 1) && SameParagraph(j, j + 1)) {
        j += 2;
      } else {
        break;
      }
    }
    size_t before = table_.mentions.size();  // datelines come first
    ProcessRun(i, j);
    i = j;
    for (size_t m = before; m < table_.mentions.size(); ++m) {
      i = std::max(i, static_cast<size_t>(table_.mentions[m].end));
    }
  }
  // Later (or earlier) references by full name or surname alone, then
  // names typed by their context, then one sense per document: a name
  // typed once is that actor everywhere.
  std::vector<Candidate> rest;
  for (const Candidate& c : pending_) {
    if (!ResolveKnown(c) && !Guess(c)) rest.push_back(c);
  }
  std::unordered_map<std::string_view, int> sense;
  if (!rest.empty()) {
    for (const ActorMention& m : table_.mentions) sense.emplace(SpanText(m.begin, m.end), m.actor);
  }
  for (const Candidate& c : rest) {
    if (ResolveKnown(c)) continue;
    auto it = sense.find(SpanText(c.begin, c.end));
    if (it != sense.end()) AddMention(c.begin, c.end, it->second);
  }
  ResolveHeadlines();
  if (!teams_.empty()) {
    for (ActorMention& m : table_.mentions) {
      if (table_.actors[m.actor].type != ActorType::kLocation ||
          dateline_[t_.tokens[m.begin].paragraph]) {
        continue;
      }
      auto it = teams_.find(SpanText(m.begin, m.end));
      if (it != teams_.end()) m.actor = it->second;
    }
  }
  std::sort(table_.mentions.begin(), table_.mentions.end(),
            [](const ActorMention& x, const ActorMention& y) { return x.begin < y.begin; });
  table_.mention_at.assign(n, -1);
  for (size_t m = 0; m < table_.mentions.size(); ++m) {
    for (uint32_t k = table_.mentions[m].begin; k < table_.mentions[m].end; ++k) {
      table_.mention_at[k] = static_cast<int>(m);
    }
  }
  return std::move(table_);
}

}  // namespace

ActorTable ActorFinder::Find(const TokenizedText& text) const {
  Builder builder(lex_, text);
  return builder.Run();
}

}  // namespace actorgraph
