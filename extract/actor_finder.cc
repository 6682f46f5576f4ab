#include "extract/actor_finder.h"

#include <algorithm>
#include <unordered_map>

#include "extract/actor_builder.h"
#include "extract/text_util.h"

namespace actorgraph {
namespace {

constexpr size_t kMaxNameWords = 4;

bool IsConnector(std::string_view w) { return w == "of" || w == "for" || w == "and" || w == "de"; }

bool IsAppositionStart(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "who" || w == "former" || w == "chief" ||
         w == "senior" || w == "head" || w == "now";
}

}  // namespace

int ActorBuilder::ActorFor(const std::string& id, std::string_view name, ActorType type) {
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

void ActorBuilder::AddMention(size_t b, size_t e, int actor, MentionSource source) {
  table_.mentions.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), actor});
  source_of_.push_back(source);
  std::string surface(SpanText(b, e));
  std::vector<std::string>& aliases = table_.actors[actor].aliases;
  if (std::find(aliases.begin(), aliases.end(), surface) == aliases.end()) {
    aliases.push_back(std::move(surface));
  }
}

void ActorBuilder::MarkExcluded() {
  const TokenList& toks = t_.tokens;
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
      if (!lex_.MayStartByline(t_.text[toks[i].start]) ||
          lex_.bylines().Longest(t_, i, e).value < 0) {
        continue;
      }
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

size_t ActorBuilder::OrgHeadEnd(size_t i, size_t b) const {
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

bool ActorBuilder::TitleBefore(size_t s, Gender* gender) const {
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

bool ActorBuilder::WireCue(size_t j) const {
  if (j == 0 || !t_.IsWord(j) || !t_.tokens[j].upper || !t_.text.substr(0, t_.tokens[j - 1].end).ends_with('.')) {
    return false;
  }
  PhraseTable::Match m = lex_.cue_phrases().Longest(t_, j, j + 1);
  return m.value >= 0 && lex_.cues()[m.value].kind == CueKind::kSpeech;
}

bool ActorBuilder::SpeechCueAt(size_t i) const {
  if (i >= t_.tokens.size()) return false;  // a name ending the document
  PhraseTable::Match m = lex_.cue_phrases().Longest(t_, i, ParagraphEnd(i));
  return m.value >= 0 && lex_.cues()[m.value].kind == CueKind::kSpeech;
}

bool ActorBuilder::SpeechCueEndsAt(size_t end) const {
  for (size_t len = 1; len <= 2 && len <= end; ++len) {
    PhraseTable::Match m = lex_.cue_phrases().Longest(t_, end - len, end);
    if (m.value >= 0 && m.length == len) {
      CueKind k = lex_.cues()[m.value].kind;
      if (k == CueKind::kSpeech || k == CueKind::kAccording) return true;
    }
  }
  return false;
}

bool ActorBuilder::PersonContext(size_t b, size_t e) const {
  return SpeechCueAt(e) || (b > 0 && SameParagraph(b - 1, b) && SpeechCueEndsAt(b)) ||
         (t_.Is(e, ",") && SameParagraph(b, e + 1) && IsAppositionStart(t_.Text(e + 1)));
}

void ActorBuilder::AddPerson(const Candidate& c, Gender gender) {
  std::string_view surface = SpanText(c.begin, c.end);
  int a = ActorFor("person:" + Slug(surface), surface, ActorType::kPerson);
  if (gender != Gender::kUnknown) table_.actors[a].gender = gender;
  AddMention(c.begin, c.end, a);
  full_name_.emplace(std::string(surface), a);
  std::string last(t_.Text(c.end - 1));
  auto [it, inserted] = surname_.emplace(last, a);
  if (!inserted && it->second != a) it->second = -1;
}

bool ActorBuilder::ResolveKnown(const Candidate& c) {
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

void ActorBuilder::DecideCandidate(const Candidate& c) {
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
      AddMention(c.begin, c.end, a, MentionSource::kCertain);
      return;
    }
    std::optional<Gender> given = lex_.GivenName(t_.Text(c.begin));
    if (given && gender == Gender::kUnknown) gender = *given;
    bool person = !any_all_caps && (title || given || PersonContext(c.begin, c.end));
    if (person) {
      Sourced certain(this, title ? MentionSource::kCertain : source_);
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

void ActorBuilder::ProcessRun(size_t a, size_t b) {
  // "A. Quill" is an initial, not the article.
  while (a < b && (lex_.IsFunctionWord(t_.Text(a)) || IsConnector(t_.Text(a))) &&
         !(a + 1 < b && IsInitialStop(a + 1))) {
    ++a;
  }
  // "Trailing Kestrel ...": a common word opening a sentence is no name.
  // A lone word may still be a surname ("Quill said"), resolved later;
  // "Per Lund, a ..." is a name by its context; "Amnesty International",
  // ending in an organisation's last word, is one when the tagger too
  // starts a name there ("Trailing Kestrel Rovers" is not).
  size_t first_end = a;
  while (first_end < b && !t_.Is(first_end, "and")) ++first_end;
  bool org_shape = first_end - a >= 2 && first_end - a <= kMaxNameWords &&
                   lex_.IsOrgSuffix(t_.Text(first_end - 1)) &&
                   std::any_of(names_.begin(), names_.end(),
                               [&](const NameSpan& s) { return s.begin == a; });
  if (a + 1 < b && SentenceInitial(a) && CommonWord(a) && !lex_.GivenName(t_.Text(a)) &&
      !org_shape && !(b - a <= kMaxNameWords && PersonContext(a, b))) {
    ++a;
    while (a < b && IsConnector(t_.Text(a))) ++a;  // "Shares of Kestrel Holdings"
  }
  // "Alder Bay Holdings", "Quill & Lund": the whole run is one company,
  // whatever place or person names it holds; "Amnesty International and
  // Human Rights Watch" is two.
  bool has_and = false;
  for (size_t k = a; k < b; ++k) has_and |= t_.Is(k, "and");
  if (b - a >= 2 && !has_and && (lex_.IsOrgSuffix(t_.Text(b - 1)) || t_.Is(b - 2, "&")) &&
      !lex_.titles().Longest(t_, a, b).length) {
    PhraseTable::Match m = lex_.actor_phrases().Longest(t_, a, b);
    if (m.value < 0 || a + m.length < b) {
      std::string_view surface = SpanText(a, b);
      AddMention(a, b, ActorFor("org:" + Slug(surface), surface, ActorType::kOrganization),
                 MentionSource::kCertain);
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
      AddMention(i, e, actor, MentionSource::kCertain);
      // "Secret Intelligence Service (MI6)": the acronym is an alias.
      if (t_.Is(e, "(") && t_.IsWord(e + 1) && t_.tokens[e + 1].all_caps && t_.Is(e + 2, ")")) {
        doc_alias_[std::string(t_.Text(e + 1))] = actor;
      }
      i = e;
      continue;
    }
    if (auto it = doc_alias_.find(std::string(w)); it != doc_alias_.end()) {
      AddMention(i, i + 1, it->second, MentionSource::kCertain);
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
        AddMention(i, i + m.length, TeamActor(i, i + m.length), MentionSource::kGuess);
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
        AddMention(start, i + m.length, ActorFor(k.id, k.name, k.type), MentionSource::kLexicon);
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

ActorTable ActorBuilder::Run() {
  MarkExcluded();
  FindDatelines();
  const size_t n = t_.tokens.size();
  size_t i = 0;
  while (i < n) {
    if (!UpperWord(i) || WireCue(i)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && SameParagraph(i, j)) {
      if (WireCue(j)) break;
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
    if (ResolveKnown(c)) continue;
    Sourced guess(this, MentionSource::kGuess);
    if (!Guess(c)) rest.push_back(c);
  }
  std::unordered_map<std::string_view, int> sense;
  if (!rest.empty()) {
    for (const ActorMention& m : table_.mentions) sense.emplace(SpanText(m.begin, m.end), m.actor);
  }
  for (const Candidate& c : rest) {
    if (ResolveKnown(c)) continue;
    auto it = sense.find(SpanText(c.begin, c.end));
    if (it != sense.end()) AddMention(c.begin, c.end, it->second, MentionSource::kGuess);
  }
  ResolveHeadlines();
  if (!names_.empty()) MergeTaggedNames();
  ShortCountryNames();
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

ActorTable ActorFinder::Find(const TokenizedText& text) const {
  ActorBuilder builder(lex_, text, tagger_ ? tagger_->Tag(text, lex_) : std::vector<NameSpan>{});
  return builder.Run();
}

}  // namespace actorgraph
