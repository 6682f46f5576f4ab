#include "extract/reported_speech.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "extract/text_util.h"

namespace actorgraph {
namespace {

template <size_t N>
bool OneOf(std::string_view w, const std::string_view (&set)[N]) {
  return std::find(std::begin(set), std::end(set), w) != std::end(set);
}

// Adverbs and auxiliaries between a subject and its cue: "has also said".
constexpr std::string_view kBetween[] = {
    "also",    "has",       "have",       "had",     "previously", "repeatedly", "publicly",
    "later",   "recently",  "then",       "first",   "once",       "already",    "again",
    "earlier", "privately", "separately", "further", "often",      "frequently", "openly"};

// Negation and do-support between a subject and its cue: "does not want",
// "hasn't endorsed" (both apostrophes).
constexpr std::string_view kNegated[] = {
    "not",     "never",    "n't",     "n’t",      "do",     "does",    "did",
    "don't",   "doesn't",  "didn't",  "hasn't",   "haven't", "hadn't", "don’t",
    "doesn’t", "didn’t",   "hasn’t",  "haven’t",  "hadn’t"};

// Subject pronouns; the mention is the pronoun itself.
constexpr std::string_view kSubjectPronouns[] = {"he", "she", "they", "we",   "i",
                                                 "it", "who", "you",  "which"};

// Lowercase words that never end a subject noun phrase.
constexpr std::string_view kNotSubject[] = {
    "to",   "be",    "been", "being", "is",     "was",   "were", "are",   "am",   "as",
    "that", "and",   "or",   "but",   "than",   "not",   "n't",  "would", "will", "could",
    "can",  "might", "may",  "must",  "should", "shall", "did",  "does",  "do",   "also",
    "so",   "just",  "what", "this",  "there",  "here",  "when", "where", "how",  "why",
    "if",   "him",   "her",  "them",  "me",     "us",    "of",   "in",    "on",   "at",
    "for",  "with",  "by",   "from",  "about",  "into",  "the",  "a",     "an",   "whom"};

// Determiners and quantifiers that open a subject noun phrase.
constexpr std::string_view kDeterminers[] = {
    "the",  "a",     "an",    "his",     "her",   "their", "its",  "our",   "my",  "your",
    "some", "many",  "most",  "several", "other", "both",  "all",  "one",   "two", "three",
    "few",  "these", "those", "another", "each",  "no",    "more", "other", "such"};

// Objects of "told"/"asked" that sit between the cue and the clause.
constexpr std::string_view kObjects[] = {
    "him",         "her",    "them",       "me",        "us",      "you",      "reporters",
    "journalists", "voters", "supporters", "listeners", "viewers", "audiences"};

// Words that cannot open a reported clause right after the cue.
constexpr std::string_view kNotClause[] = {
    "on",         "in",     "at",     "to",      "last",      "after",      "before",    "during",
    "with",       "of",     "by",     "for",     "about",     "yesterday",  "today",     "earlier",
    "later",      "was",    "were",   "is",      "so",        "nothing",    "something", "anything",
    "much",       "little", "more",   "less",    "from",      "as",         "through",   "again",
    "repeatedly", "so.",    "it.",    "goodbye", "and",       "or",         "but",       "hello",
    "yes",        "no",     "thanks", "sorry",   "otherwise", "differently", "up"};

constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"};
constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",
                                        "May",     "June",     "July",      "August",
                                        "September", "October", "November", "December"};
constexpr std::string_view kDayParts[] = {"night", "morning", "afternoon", "evening"};

// A word between a subject and its cue: kBetween, "here", or an adverb in
// -ly ("subsequently told").
bool IsBetween(std::string_view w) {
  return OneOf(w, kBetween) || OneOf(w, kNegated) || w == "here" ||
         (w.size() > 4 && w.ends_with("ly"));
}

// A token lies in at most this many reported statements of its sentence
// (see Find). Real nesting is shallow: ../shared's PolNeAR texts need 4, the
// BBC and Reuters-21578 texts fewer; 6 leaves room. It bounds the facts of a
// document at a few times its text, whatever the text.
constexpr size_t kMaxOverlappingReports = 6;

bool IsHeShe(std::string_view w) { return w == "he" || w == "He" || w == "she" || w == "She"; }

}  // namespace

std::optional<ReportedSpeechFinder::CueHit> ReportedSpeechFinder::CueAt(size_t i) const {
  if (!t_.IsWord(i)) return std::nullopt;
  size_t limit = t_.paragraph_begin[t_.tokens[i].paragraph + 1];
  PhraseTable::Match m = lex_.cue_phrases().Longest(t_, i, limit);
  if (m.value < 0) return std::nullopt;
  const Cue& c = lex_.cues()[m.value];
  const bool relation = c.kind == CueKind::kAccuses || c.kind == CueKind::kDenies ||
                        c.kind == CueKind::kCriticizes;
  if (c.kind != CueKind::kSpeech && c.kind != CueKind::kAccording && c.kind != CueKind::kReported &&
      !relation) {
    return std::nullopt;
  }
  // "held X responsible" needs its closing word; "hold" alone is no cue.
  if (relation && !c.object_before.empty() && c.object_before != "of") {
    return std::nullopt;
  }
  // Right after a verb in the past tense a cue word is its object: "urged
  // caution", "voiced concern" (only cues from reporting_cues.txt are nouns
  // too; verbs of saying keep "she added said" out of news anyway).
  if (c.kind == CueKind::kReported && i > 0 && t_.IsWord(i - 1) && !t_.tokens[i - 1].upper) {
    std::string_view before = t_.Text(i - 1);
    if (before.size() > 4 && before.ends_with("ed") && !before.ends_with("eed")) {
      return std::nullopt;
    }
  }
  // An accusation or criticism reports its object: "accused X of Y",
  // "criticized the plan".
  const bool object = c.object_before == "np" || relation;
  return CueHit{static_cast<uint32_t>(i), static_cast<uint32_t>(i + m.length), c.kind,
                object || c.object_before == "to", c.object_before == "that", object};
}

bool ReportedSpeechFinder::IsWireQuote(size_t i) const {
  const Token& tok = t_.tokens[i];
  std::string_view w = t_.Text(i);
  if (w != "'" && w != "`") return false;
  return (i + 1 < t_.tokens.size() && t_.tokens[i + 1].start == tok.end && t_.Text(i + 1) == w) ||
         (i > 0 && t_.tokens[i - 1].end == tok.start && t_.Text(i - 1) == w);
}

bool ReportedSpeechFinder::NextToQuote(const CueHit& cue) const {
  const size_t n = t_.tokens.size();
  for (size_t k = cue.begin >= 4 ? cue.begin - 4 : 0; k < cue.begin; ++k) {
    if (in_quote_[k]) return true;
  }
  for (size_t k = cue.end; k < n && k < cue.end + 2; ++k) {
    if (in_quote_[k] || t_.tokens[k].kind == TokenKind::kQuote) return true;
  }
  return false;
}

bool ReportedSpeechFinder::ClauseBreak(size_t i, size_t se) const {
  constexpr std::string_view kContrast[] = {"but",     "while",   "although", "though",
                                            "despite", "whereas", "even"};
  if (t_.Is(i, ",") && i + 1 < se && OneOf(t_.Text(i + 1), kContrast)) return true;
  // A relative clause after a comma describes the last noun, not the speech
  // (", which are issued to ..."); ", compared with ..." is the writer's.
  constexpr std::string_view kAside[] = {"which", "who", "whom", "where", "compared"};
  if (t_.Is(i, ",") && i + 1 < se && OneOf(t_.Text(i + 1), kAside)) return true;
  if (!t_.Is(i, ",") && !t_.Is(i, "and") && !t_.Is(i, "but")) return false;
  size_t j = i + 1;
  if (t_.Is(i, ",") && (t_.Is(j, "and") || t_.Is(j, "but"))) ++j;
  for (size_t k = j; k < se && k < j + 6; ++k) {
    if (!t_.IsWord(k) && t_.tokens[k].kind != TokenKind::kPossessive) return false;
    if (std::optional<CueHit> cue = CueAt(k); cue && cue->kind != CueKind::kAccording) {
      // A verb of saying after a subject (", and Bo Lind said") or right
      // after the conjunction ("and said that ..."); any other cue only
      // right after it, as the subject's next verb ("and criticized the
      // board"): after a subject it is part of what was said ("said the
      // states will clarify ...").
      return cue->kind == CueKind::kSpeech ? true : k == j;
    }
  }
  return false;
}

int ReportedSpeechFinder::ResolvePronoun(std::string_view pronoun, size_t before) const {
  return actorgraph::ResolvePronoun(actors_, in_quote_, pronoun, before);
}

size_t ReportedSpeechFinder::SkipTime(size_t k, size_t se) const {
  // "on Monday", "Tuesday night", "last week", "this month", "in a statement".
  for (int rounds = 0; rounds < 3 && k < se; ++rounds) {
    size_t j = k;
    if (t_.Is(j, "on")) ++j;
    if (j < se && OneOf(t_.Text(j), kWeekdays)) {
      ++j;
      if (j < se && OneOf(t_.Text(j), kDayParts)) ++j;
      k = j;
      continue;
    }
    if ((t_.Is(k, "last") || t_.Is(k, "this") || t_.Is(k, "earlier") || t_.Is(k, "later")) &&
        k + 1 < se && t_.IsWord(k + 1) && !t_.tokens[k + 1].upper) {
      std::string_view w = t_.Text(k + 1);
      if (w == "week" || w == "month" || w == "year" || w == "weekend" || w == "night" ||
          w == "spring" || w == "summer" || w == "fall" || w == "winter" || w == "morning") {
        k += 2;
        continue;
      }
    }
    if (t_.Is(k, "yesterday") || t_.Is(k, "today") || t_.Is(k, "recently") ||
        t_.Is(k, "repeatedly") || t_.Is(k, "publicly") || t_.Is(k, "privately")) {
      ++k;
      continue;
    }
    // "in a statement", "in an interview", "in a speech" (+ up to 4 words).
    if (t_.Is(k, "in") && (t_.Is(k + 1, "a") || t_.Is(k + 1, "an") || t_.Is(k + 1, "his") ||
                           t_.Is(k + 1, "her") || t_.Is(k + 1, "its") || t_.Is(k + 1, "their"))) {
      size_t e = k + 2;
      while (e < se && e < k + 8 && t_.IsWord(e) && !t_.Is(e, "that")) ++e;
      if (t_.Is(e, "that") || t_.Is(e, ",")) {
        k = t_.Is(e, ",") ? e + 1 : e;
        continue;
      }
    }
    break;
  }
  return k;
}

std::optional<ReportedSpeechFinder::Speaker> ReportedSpeechFinder::SubjectAt(size_t h,
                                                                             size_t sb) const {
  if (h > sb && t_.Is(h, "%") && t_.IsWord(h - 1)) {  // "47% say"
    return Speaker{-1, static_cast<uint32_t>(h - 1), static_cast<uint32_t>(h + 1), 0.4};
  }
  if (h < sb || !t_.IsWord(h) || in_quote_[h]) return std::nullopt;
  std::string lower = AsciiLower(t_.Text(h));
  const uint32_t end = static_cast<uint32_t>(h + 1);
  if (int m = actors_.mention_at[h]; m >= 0) {
    const ActorMention& am = actors_.mentions[m];
    return Speaker{am.actor, am.begin, end, 0.7};
  }
  if (OneOf(lower, kSubjectPronouns)) {
    int actor = -1;
    if (IsHeShe(t_.Text(h))) {
      actor = ResolvePronoun(t_.Text(h), h);
    } else if ((lower == "who" || lower == "which") && h >= sb + 2 && t_.Is(h - 1, ",")) {
      actor = actors_.ActorAt(h - 2);
    }
    return Speaker{actor, static_cast<uint32_t>(h), end, actor >= 0 ? 0.5 : 0.4};
  }
  if (!t_.tokens[h].upper && OneOf(lower, kNotSubject)) return std::nullopt;
  if (!t_.tokens[h].upper && lower.size() > 3 &&
      (lower.ends_with("ly") || lower.ends_with("ing"))) {
    return std::nullopt;
  }
  // A noun phrase: capitalised words and possessives to its left, up to
  // and including a determiner.
  size_t b = h;
  while (b > sb && b + 6 > h) {
    size_t j = b - 1;
    if (t_.tokens[j].kind == TokenKind::kPossessive) {
      b = j;
      continue;
    }
    if (!t_.IsWord(j) || in_quote_[j]) break;
    std::string lj = AsciiLower(t_.Text(j));
    if (OneOf(lj, kDeterminers)) {
      b = j;
      break;
    }
    if (!t_.tokens[j].upper || lex_.IsFunctionWord(t_.Text(j))) break;
    b = j;
  }
  return Speaker{actors_.ActorAt(h), static_cast<uint32_t>(b), end, 0.4};
}

std::optional<ReportedSpeechFinder::Speaker> ReportedSpeechFinder::SubjectBeforeApposition(
    size_t p, size_t sb) const {
  // "X, a former official, said" / "X, facing a challenge in Y, a swing
  // state, said": the nearest noun phrase before a comma that names a person,
  // else the nearest one before a comma.
  std::optional<Speaker> nearest;
  for (size_t c = p; c > sb + 1 && c + 40 > p;) {
    --c;
    if (!t_.Is(c, ",") || in_quote_[c]) continue;
    std::optional<Speaker> sp = SubjectAt(c - 1, sb);
    if (!sp) continue;
    if (sp->actor >= 0 && actors_.actors[sp->actor].type == ActorType::kPerson) return sp;
    if (!nearest) nearest = sp;
  }
  return nearest;
}

std::optional<ReportedSpeechFinder::Speaker> ReportedSpeechFinder::SentenceSubject(
    size_t sb, size_t limit) const {
  // Skip an opening conjunction and an introductory phrase ("On Monday,").
  size_t i = sb;
  if (i < limit && t_.IsWord(i) && lex_.IsFunctionWord(t_.Text(i)) && actors_.mention_at[i] < 0 &&
      !OneOf(AsciiLower(t_.Text(i)), kSubjectPronouns)) {
    ++i;
  }
  for (size_t j = i; i > sb && j < limit && j < i + 8; ++j) {
    if (t_.Is(j, ",")) {
      i = j + 1;
      break;
    }
    if (!t_.IsWord(j)) break;
  }
  if (i >= limit || !t_.IsWord(i)) return std::nullopt;
  // A named actor, perhaps after its title ("Fisheries Minister Ada Quill").
  for (size_t j = i; j < limit && j < i + 5 && t_.IsWord(j) && t_.tokens[j].upper; ++j) {
    if (int m = actors_.mention_at[j]; m >= 0) {
      const ActorMention& am = actors_.mentions[m];
      return Speaker{am.actor, am.begin, am.end, 0.6};
    }
  }
  if (OneOf(AsciiLower(t_.Text(i)), kSubjectPronouns) && !t_.Is(i, "it") && !t_.Is(i, "It")) {
    int actor = IsHeShe(t_.Text(i)) ? ResolvePronoun(t_.Text(i), i) : -1;
    return Speaker{actor, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), 0.4};
  }
  return std::nullopt;
}

std::optional<ReportedSpeechFinder::Speaker> ReportedSpeechFinder::PhraseAfter(size_t b,
                                                                               size_t e) const {
  // "according to X": X up to a comma or the end, at most 8 tokens; the
  // first actor in it gives the id.
  size_t end = b;
  while (end < e && end < b + 8 && !t_.Is(end, ",") && !t_.Is(end, "(") &&
         t_.tokens[end].kind != TokenKind::kQuote && !IsWireQuote(end)) {
    ++end;
  }
  while (end > b && !t_.IsWord(end - 1)) --end;
  if (end == b) return std::nullopt;
  int actor = -1;
  for (size_t i = b; i < end && actor < 0; ++i) actor = actors_.ActorAt(i);
  if (actor < 0) {
    for (size_t i = b; i < end; ++i) {
      if (IsHeShe(t_.Text(i))) actor = ResolvePronoun(t_.Text(i), i);
    }
  }
  return Speaker{actor, static_cast<uint32_t>(b), static_cast<uint32_t>(end),
                 actor >= 0 ? 0.7 : 0.4};
}

std::optional<ReportedSpeechFinder::Speaker> ReportedSpeechFinder::InvertedSubject(
    size_t b, size_t se) const {
  // "..., said Ada Quill." / "..., said a senior official, who ...": a name
  // or a short phrase with a people noun, then the end or a comma.
  std::optional<Speaker> sp = PhraseAfter(b, se);
  if (!sp || (sp->end != se && !t_.Is(sp->end, ","))) return std::nullopt;
  if (actors_.mention_at[b] >= 0) return sp;
  if (sp->end > b + 5) return std::nullopt;
  for (size_t i = b; i < sp->end; ++i) {
    if (t_.IsWord(i) && lex_.IsPeopleNoun(AsciiLower(t_.Text(i)))) return sp;
  }
  return std::nullopt;
}

size_t ReportedSpeechFinder::ListenerEnd(size_t k, size_t se) const {
  if (k >= se) return k;
  if (OneOf(AsciiLower(t_.Text(k)), kObjects)) return k + 1;
  if (int m = actors_.mention_at[k]; m >= 0) return actors_.mentions[m].end;
  // A capitalised name ("The Daily Item", "POLITICO").
  size_t e = k;
  if (t_.Is(e, "The") || t_.Is(e, "the")) ++e;
  while (e < se && e < k + 6 && t_.IsWord(e) && t_.tokens[e].upper) ++e;
  if (e > k && t_.tokens[e - 1].upper && e > k + (t_.IsWord(k) && !t_.tokens[k].upper ? 1 : 0) &&
      (e > k + 1 || !t_.Is(k, "The"))) {
    return e;
  }
  // "a Senate panel": an article and up to three more words before the end.
  if (t_.Is(k, "a") || t_.Is(k, "an")) {
    for (e = k + 1; e < se && e < k + 5 && t_.IsWord(e); ++e) {
    }
    if (e == se) return e;
  }
  return k;
}

std::optional<std::pair<size_t, size_t>> ReportedSpeechFinder::ClauseAfter(const CueHit& cue,
                                                                           size_t se) const {
  size_t k = SkipTime(cue.end, se);
  // "think about", "think tanks": not a reported clause.
  if (t_.Is(k, "about") || t_.Is(k, "of") || t_.Is(k, "tank") || t_.Is(k, "tanks")) {
    return std::nullopt;
  }
  // "said (on Monday) that ...": the clause starts at "that". An object
  // cue's "that" is a relative pronoun inside its object ("accused X of
  // cutting a cable that links ..."), not a complementizer.
  // Only a phrase opening with a preposition ("on Fox News", "in an
  // interview", "to reporters") comes between the cue and its "that"; in
  // "said she considered how that would ..." the clause is already open.
  constexpr std::string_view kBetween[] = {"in", "on", "at", "to", "during", "after",
                                           "before", "from", "with", "via", "through"};
  size_t b = se;
  for (size_t j = k; !cue.object && j < se && j < k + 8; ++j) {
    if (t_.Is(j, "that")) {
      b = j;
      break;
    }
    if (j == k && !OneOf(AsciiLower(t_.Text(j)), kBetween)) break;
    if (!t_.IsWord(j) && !t_.Is(j, ",")) break;
  }
  if (b == se && cue.needs_that) return std::nullopt;
  if (b == se) {
    // "told reporters he ...": skip the listener (after other verbs it
    // belongs to the clause: "urged voters to stay").
    std::string_view verb = t_.Text(cue.begin);
    const bool tell = verb == "told" || verb == "tells" || verb == "telling" || verb == "tell";
    size_t listener = ListenerEnd(k, se);
    if (tell) {
      if (listener == k) return std::nullopt;
      k = SkipTime(listener, se);
    }
    const bool infinitive = cue.infinitive && t_.Is(k, "to");
    if (k >= se || !t_.IsWord(k) || (!infinitive && OneOf(AsciiLower(t_.Text(k)), kNotClause))) {
      return std::nullopt;
    }
    if (OneOf(t_.Text(k), kWeekdays)) return std::nullopt;
    b = k;
  }
  size_t e = b;
  // An object noun phrase ends at a comma or a time phrase ("endorsed Ada
  // Quill on Monday, saying ...").
  while (cue.object && e < se && !t_.Is(e, ",") && !t_.Is(e, ";") && !t_.Is(e, "(") &&
         !t_.Is(e, "-") && !t_.Is(e, "—") && !t_.Is(e, "–") && SkipTime(e, se) == e &&
         !(t_.Is(e, "in") && e + 1 < se && OneOf(t_.Text(e + 1), kMonths))) {
    ++e;
  }
  if (cue.object && e > b) {
    while (e > b && !t_.IsWord(e - 1)) --e;
    if (!Clean(b, e)) return std::nullopt;
    return std::make_pair(b, e);
  }
  while (e < se && !t_.Is(e, ";") && !ClauseBreak(e, se)) {
    // ". ''That ...": a wire quote after a stop starts the next sentence.
    if (e + 1 < se && t_.tokens[e].kind == TokenKind::kPunct && t_.Text(e) == "." &&
        IsWireQuote(e + 1)) {
      break;
    }
    ++e;
  }
  while (e > b && !t_.IsWord(e - 1)) --e;
  if (e < b + 2 || !Clean(b, e)) return std::nullopt;
  return std::make_pair(b, e);
}

bool ReportedSpeechFinder::Clean(size_t b, size_t e) const {
  if (IsWireQuote(b) || IsWireQuote(e - 1)) return false;
  for (size_t i = b; i < e; ++i) {
    if (t_.tokens[i].kind == TokenKind::kQuote || in_quote_[i]) return false;
    // A wire quote after a comma or a stop opens or closes a sentence-long
    // quotation (the tokenizer does not split sentences at '').
    if (IsWireQuote(i) && i > 0 && t_.tokens[i - 1].kind == TokenKind::kPunct &&
        !IsWireQuote(i - 1)) {
      return false;
    }
  }
  // "... ''finished for good.''": marks glued to the clause's end make it
  // a direct quote.
  for (size_t i = e; i < t_.tokens.size() && t_.tokens[i].kind == TokenKind::kPunct &&
                     t_.tokens[i].start == t_.tokens[i - 1].end;
       ++i) {
    if (IsWireQuote(i)) return false;
  }
  return true;
}

void ReportedSpeechFinder::SetSpeaker(const Speaker& sp, const CueHit& cue, Statement* s) const {
  SetStatementSpeaker(t_, sp, cue.begin, cue.end, cue.kind, s);
}

Statement ReportedSpeechFinder::Reported(const Speaker& sp, const CueHit& cue, size_t b,
                                         size_t e) const {
  Statement s;
  s.direct = false;
  s.first_token = static_cast<uint32_t>(b);
  s.end_token = static_cast<uint32_t>(e);
  SetSpeaker(sp, cue, &s);
  return s;
}

std::optional<Statement> ReportedSpeechFinder::AccordingTo(const CueHit& cue, size_t sb,
                                                           size_t se) const {
  std::optional<Speaker> sp;
  size_t clause_b = 0;
  size_t clause_e = 0;
  if (cue.begin == sb) {  // According to X, CLAUSE.
    size_t comma = cue.end;
    while (comma < se && !t_.Is(comma, ",")) ++comma;
    if (comma >= se) return std::nullopt;
    sp = PhraseAfter(cue.end, comma);
    clause_b = comma + 1;
    clause_e = se;
  } else if (t_.Is(cue.begin - 1, ",")) {  // CLAUSE, according to X.
    sp = PhraseAfter(cue.end, se);
    // A, according to X, B: the whole sentence.
    const bool parenthetical = sp && sp->end < se && t_.Is(sp->end, ",");
    clause_b = sb;
    clause_e = parenthetical ? se : cue.begin - 1;
    // "A, which B, according to X": the last clause before the cue.
    for (size_t i = clause_e; !parenthetical && i > sb + 1; --i) {
      if (!t_.Is(i - 1, ",")) continue;
      if (t_.Is(i, "which") || t_.Is(i, "who")) {
        clause_b = i;
        break;
      }
      if (t_.Is(i, "and") || t_.Is(i, "but")) {
        clause_b = i + 1;
        break;
      }
    }
  } else {
    return std::nullopt;
  }
  if (!sp || clause_e < clause_b + 3 || !Clean(clause_b, clause_e)) return std::nullopt;
  return Reported(*sp, cue, clause_b, clause_e);
}

std::optional<Statement> ReportedSpeechFinder::Said(const CueHit& cue, size_t sb, size_t se) const {
  if (cue.begin == sb) return std::nullopt;
  // "the added security", "all reported contributions": an adjective.
  constexpr std::string_view kArticles[] = {"the", "a",   "an", "his",   "her",
                                            "its", "our", "my", "their", "your"};
  if (t_.IsWord(cue.begin - 1) && OneOf(AsciiLower(t_.Text(cue.begin - 1)), kArticles)) {
    return std::nullopt;
  }
  size_t p = cue.begin - 1;
  while (p > sb && t_.IsWord(p) && !t_.tokens[p].upper && IsBetween(t_.Text(p))) --p;
  // "Norway on Tuesday accused", "Oslo last week said": the subject is
  // before the time phrase.
  if (p > sb && OneOf(t_.Text(p), kWeekdays)) {
    p -= t_.Is(p - 1, "on") && p - 1 > sb ? 2 : 1;
  } else if (p > sb + 1 && (t_.Is(p - 1, "last") || t_.Is(p - 1, "this")) &&
             (t_.Is(p, "week") || t_.Is(p, "month") || t_.Is(p, "year"))) {
    p -= 2;
  } else if (p > sb && (t_.Is(p, "yesterday") || t_.Is(p, "today"))) {
    p -= 1;
  }
  std::optional<Speaker> sp;
  size_t clause_b = 0;
  size_t clause_e = 0;
  std::string_view verb = t_.Text(cue.begin);
  const bool tell = verb == "told" || verb == "tells" || verb == "telling" || verb == "tell";
  // "..., an official told The Daily Item.": the listener is not the clause.
  const size_t tail = SkipTime(tell ? ListenerEnd(cue.end, se) : cue.end, se);
  const bool ing = verb.size() > 4 && verb.ends_with("ing");
  const bool participle = ing && t_.Is(cue.begin - 1, ",");
  if (ing && !participle) return std::nullopt;  // "comments saying", "like saying"
  const bool coordinated = t_.Is(p, "and") || t_.Is(p, "but");
  std::optional<Speaker> after;
  // "CLAUSE, said X": verbs that take an object ("criticized Sweden") do not
  // invert.
  if (!participle && !cue.object && t_.Is(p, ",") && p + 1 == cue.begin && p > sb) {
    after = InvertedSubject(cue.end, se);
  }
  if (participle || coordinated) {
    // X criticized the plan, saying CLAUSE. / X met them and said CLAUSE.
    sp = SentenceSubject(sb, p);
    std::optional<std::pair<size_t, size_t>> c = ClauseAfter(cue, se);
    if (!sp || !c) return std::nullopt;
    clause_b = c->first;
    clause_e = c->second;
  } else if (after) {
    // CLAUSE, said X.
    sp = after;
    clause_b = sb;
    clause_e = p;
  } else {
    if (t_.Is(p, ")")) {
      // Ada Quill (R-Md.) said: skip the parenthesis.
      size_t o = p;
      while (o > sb && o + 8 > p && !t_.Is(o, "(")) --o;
      if (!t_.Is(o, "(") || o == sb) return std::nullopt;
      p = o - 1;
    }
    if (t_.Is(p, ",")) {
      sp = SubjectBeforeApposition(p, sb);
    } else {
      sp = SubjectAt(p, sb);
    }
    if (!sp) return std::nullopt;
    size_t before = sp->begin;
    if (tail >= se || t_.Is(tail, ",")) {
      // "..., federal officials said.": words back to a comma.
      size_t c = before;
      while (c > sb && c + 6 > before && t_.IsWord(c - 1) && !in_quote_[c - 1]) --c;
      if (c > sb && t_.Is(c - 1, ",")) {
        before = c;
        sp->begin = static_cast<uint32_t>(c);
      }
    }
    if (!cue.object && before > sb && t_.Is(before - 1, ",") && (tail >= se || t_.Is(tail, ","))) {
      // CLAUSE, X said. / A, X said, B.
      clause_b = sb;
      clause_e = tail >= se ? before - 1 : se;
    } else {
      std::optional<std::pair<size_t, size_t>> c = ClauseAfter(cue, se);
      if (!c) return std::nullopt;
      clause_b = c->first;
      clause_e = c->second;
      // "While X said CLAUSE, Y ...": the clause ends at the comma.
      constexpr std::string_view kSubordinators[] = {
          "while", "although", "though", "if", "as", "because", "when", "since", "whereas"};
      size_t s0 = t_.Is(sb, "But") || t_.Is(sb, "And") ? sb + 1 : sb;
      bool words = before > s0 && before <= s0 + 7;
      for (size_t i = s0 + 1; words && i < before; ++i) words = t_.IsWord(i);
      if (words && OneOf(AsciiLower(t_.Text(s0)), kSubordinators)) {
        size_t comma = clause_b;
        while (comma < clause_e && !t_.Is(comma, ",")) ++comma;
        clause_e = comma;
      }
    }
  }
  if (!sp || clause_e < clause_b + 2 || !Clean(clause_b, clause_e)) return std::nullopt;
  return Reported(*sp, cue, clause_b, clause_e);
}

std::optional<Statement> ReportedSpeechFinder::Headline(size_t pb, size_t pe) const {
  // "Ada Quill: Harbour will close in March" as a paragraph of its own.
  if (pe > pb + 30) return std::nullopt;
  size_t c = pb;
  while (c < pe && c < pb + 5 && t_.IsWord(c) && t_.tokens[c].upper) ++c;
  if (c == pb || !t_.Is(c, ":")) return std::nullopt;
  int actor = -1;
  for (size_t i = pb; i < c && actor < 0; ++i) actor = actors_.ActorAt(i);
  if (actor < 0 && c < pb + 2) return std::nullopt;
  size_t e = pe;
  while (e > c && !t_.IsWord(e - 1)) --e;
  if (e < c + 4 || !Clean(c + 1, e)) return std::nullopt;
  for (size_t i = c + 1; i < e; ++i) {
    if (t_.Is(i, ":")) return std::nullopt;
  }
  Statement s;
  s.direct = false;
  s.first_token = static_cast<uint32_t>(c + 1);
  s.end_token = static_cast<uint32_t>(e);
  s.speaker = actor;
  s.speaker_tokens = std::make_pair(static_cast<uint32_t>(pb), static_cast<uint32_t>(c));
  s.cue = ":";
  s.confidence = 0.4;
  return s;
}

void ReportedSpeechFinder::Find(const std::vector<bool>& sentence_has_quote,
                                std::vector<Statement>* out) const {
  const size_t first = out->size();
  for (size_t p = 0; p + 1 < t_.paragraph_begin.size(); ++p) {
    size_t pb = t_.paragraph_begin[p];
    if (sentence_has_quote[t_.tokens[pb].sentence]) continue;
    if (std::optional<Statement> s = Headline(pb, t_.paragraph_begin[p + 1])) {
      s->begin = t_.tokens[s->first_token].start;
      s->end = t_.tokens[s->end_token - 1].end;
      out->push_back(std::move(*s));
    }
  }
  const size_t n = t_.tokens.size();
  // The reported statements of the current sentence, [first, end) tokens.
  std::vector<std::pair<uint32_t, uint32_t>> in_sentence;
  size_t sentence = SIZE_MAX;
  for (size_t i = 0; i < n; ++i) {
    if (!t_.IsWord(i) || in_quote_[i]) continue;
    std::optional<CueHit> cue = CueAt(i);
    if (!cue) continue;
    // A cue next to a direct quote attributes that quote ("...," she added).
    if (sentence_has_quote[t_.tokens[i].sentence] && NextToQuote(*cue)) continue;
    const size_t sb = SentenceBegin(i);
    size_t se = SentenceEnd(i);
    while (se > sb && t_.tokens[se - 1].kind != TokenKind::kWord) --se;
    std::optional<Statement> s =
        cue->kind == CueKind::kAccording ? AccordingTo(*cue, sb, se) : Said(*cue, sb, se);
    if (!s) continue;
    if (t_.tokens[i].sentence != sentence) {
      sentence = t_.tokens[i].sentence;
      in_sentence.clear();
    }
    // Reports nest ("X said Y told him that ..."), but a clause overlapping
    // kMaxOverlappingReports others is a run of cues, not news: without this
    // bound "said said said ..." would store the rest of the sentence once
    // per cue.
    size_t overlapping = 0;
    for (const auto& [b, e] : in_sentence) overlapping += b < s->end_token && s->first_token < e;
    if (overlapping >= kMaxOverlappingReports) continue;
    in_sentence.emplace_back(s->first_token, s->end_token);
    s->begin = t_.tokens[s->first_token].start;
    s->end = t_.tokens[s->end_token - 1].end;
    out->push_back(std::move(*s));
    i = cue->end - 1;
  }
  std::stable_sort(out->begin() + first, out->end(), [](const Statement& a, const Statement& b) {
    return a.first_token < b.first_token;
  });
}

}  // namespace actorgraph
