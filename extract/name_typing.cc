// Context typing for ActorBuilder: names no lexicon or person cue typed,
// typed by what surrounds them. Sports results make teams ("Kestrel 3",
// "v Alderby", "Nordvik beat ..."); datelines ("KESTREL 2025-01-14") are
// places; all-caps headlines take the body's names and countries; then the
// defaults of Guess (org followers, acronyms, suffixes, place words, two or
// three uncommon words as a person). See actor_finder.h for the order.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "extract/actor_builder.h"
#include "extract/text_util.h"

namespace actorgraph {
namespace {

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

}  // namespace

bool ActorBuilder::SentenceInitial(size_t i) const {
  const Token& tok = t_.tokens[i];
  if (i == t_.sentence_begin[tok.sentence] || i == t_.paragraph_begin[tok.paragraph]) return true;
  const Token& prev = t_.tokens[i - 1];
  if (prev.kind == TokenKind::kQuote) return true;
  if (prev.kind != TokenKind::kPunct) return false;
  std::string_view p = t_.Text(i - 1);
  return p == "(" || p == ":" || p == "-" || p == "--";
}

bool ActorBuilder::CommonWord(size_t i) const {
  std::string_view w = t_.Text(i);
  char buf[32];
  if (w.size() > sizeof buf) return false;
  for (size_t k = 0; k < w.size(); ++k) {
    char c = w[k];
    buf[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return lex_.WordKinds(std::string_view(buf, w.size())) == Lexicons::kCommonWord;
}

bool ActorBuilder::ScoreAt(size_t i) const {
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

bool ActorBuilder::TeamContext(size_t b, size_t e, bool place) const {
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

int ActorBuilder::TeamActor(size_t b, size_t e) {
  std::string_view surface = SpanText(b, e);
  int a = ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization);
  teams_.emplace(surface, a);
  return a;
}

bool ActorBuilder::Guess(const Candidate& c) {
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
    AddMention(c.begin, c.end, ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization),
               MentionSource::kCertain);
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
  // Shapes are certain: the tagger does not retype them.
  if (n >= 2 && lex_.IsOrgSuffix(last)) {
    AddMention(c.begin, c.end, ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization),
               MentionSource::kCertain);
    return true;
  }
  // "in Internet-fuelled unrest" is no place.
  bool after_place_word = c.begin > 0 && SameParagraph(c.begin - 1, c.begin) &&
                          IsPlacePreposition(t_.Text(c.begin - 1)) && !HasLowerCompound(last);
  if ((n >= 2 && lex_.IsPlaceHead(last)) || (n <= 3 && after_place_word)) {
    AddMention(c.begin, c.end, ActorFor("location:" + Slug(surface), surface, ActorType::kLocation),
               n >= 2 && lex_.IsPlaceHead(last) ? MentionSource::kCertain : source_);
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
      AddMention(c.begin, c.end, ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization),
                 MentionSource::kCertain);
      return true;
    }
  }
  AddPerson(c, lex_.GivenName(t_.Text(c.begin)).value_or(Gender::kUnknown));
  return true;
}

void ActorBuilder::ResolveHeadlines() {
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

void ActorBuilder::FindDatelines() {
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
        AddMention(s, k, a, MentionSource::kCertain);
      }
      s = k + 1;
    }
    std::fill(excluded_.begin() + b, excluded_.begin() + j, true);
    dateline_[p] = true;
  }
}

}  // namespace actorgraph
