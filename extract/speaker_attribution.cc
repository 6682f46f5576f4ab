#include "extract/speaker_attribution.h"

#include <algorithm>

#include "extract/reported_speech.h"
#include "extract/speaker_phrase.h"
#include "extract/text_util.h"

namespace actorgraph {
namespace {

constexpr size_t kMaxAttributionTokens = 60;
constexpr size_t kMaxObjectTokens = 12;  // `told X that`: X at most this long
constexpr size_t kMaxObjectWords = 4;    // `"...?" Lind asked the harbor master.`
constexpr size_t kMaxBarePhraseWords = 3;  // `"...," federal trade officials said.`

bool IsSentenceStop(std::string_view p) { return p == "." || p == "?" || p == "!" || p == "..."; }

// A "." that does not end its sentence ends an abbreviation ("Ms.", "Sen.").
bool IsAbbreviationStop(const TokenizedText& t, size_t i) {
  return t.Is(i, ".") && i + 1 < t.tokens.size() && t.tokens[i + 1].sentence == t.tokens[i].sentence;
}

// A single quotation mark (' or a curly one), which the tokenizer leaves as
// punctuation: `"... 'the best,'" she said`.
bool IsSingleMark(const TokenizedText& t, size_t i) {
  if (t.tokens[i].kind != TokenKind::kPunct) return false;
  std::string_view m = t.Text(i);
  return m == "'" || m == "\xE2\x80\x98" || m == "\xE2\x80\x99";
}

// Verbs that put a quoted label on something: `X called the plan "a sham"`.
// Only direct quotes take them as cues ("a town called Fernby" has no quote).
bool IsNamingVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "called", "calls", "calling", "call", "dubbed", "dubs", "described", "describes",
      "describing", "labeled", "labelled", "branded", "termed", "deemed"};
  for (std::string_view v : kVerbs) {
    if (w == v) return true;
  }
  return false;
}

// "read"/"reads" attribute a quote to a text (`"...," the sign read`) only
// next to the quote: elsewhere "reads" is as often a noun.
bool IsReadVerb(std::string_view w) { return w == "read" || w == "reads"; }

bool IsDash(const TokenizedText& t, size_t i) {
  return t.tokens[i].kind == TokenKind::kPunct &&
         (t.Is(i, "-") || t.Is(i, "--") || t.Is(i, "\xE2\x80\x94") || t.Is(i, "\xE2\x80\x93"));
}

bool IsArticle(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "A" || w == "An" || w == "The";
}

bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "despite", "after", "before", "with", "without", "amid", "of", "for", "about", "over",
      "against", "by", "from", "to", "in", "on", "under", "like", "among", "at"};
  std::string lower = AsciiLower(w);
  for (std::string_view v : kWords) {
    if (lower == v) return true;
  }
  return false;
}

bool IsPronoun(std::string_view w) {
  return w == "he" || w == "He" || w == "she" || w == "She";
}

// A verb that only reports speech ("argue", "admitting", "warned"), accuses
// or denies: it does not attribute a quote standing alone, but governs a
// clause that holds one (`They argue that the plan should "pay for itself."`,
// `X accused him of "selling out."`).
// Returns the cue's length in tokens, 0 when none starts at `i`, and its kind
// in `*kind`.
uint32_t ReportedCueAt(const Lexicons& lex, const TokenizedText& t, size_t i, CueKind* kind) {
  if (!t.IsWord(i)) return 0;
  size_t limit = t.paragraph_begin[t.tokens[i].paragraph + 1];
  PhraseTable::Match m = lex.cue_phrases().Longest(t, i, limit);
  if (m.value < 0) return 0;
  *kind = lex.cues()[m.value].kind;
  return *kind == CueKind::kReported || *kind == CueKind::kAccuses || *kind == CueKind::kDenies
             ? m.length
             : 0;
}

}  // namespace

std::optional<SpeakerAttributor::CueHit> SpeakerAttributor::CueAt(size_t i) const {
  if (!t_.IsWord(i)) return std::nullopt;
  size_t limit = t_.paragraph_begin[t_.tokens[i].paragraph + 1];
  PhraseTable::Match m = lex_.cue_phrases().Longest(t_, i, limit);
  if (m.value < 0) return std::nullopt;
  CueKind kind = lex_.cues()[m.value].kind;
  if (kind != CueKind::kSpeech && kind != CueKind::kAccording) return std::nullopt;
  return CueHit{static_cast<uint32_t>(i), static_cast<uint32_t>(i + m.length), kind};
}

int ResolvePronoun(const ActorTable& actors, const std::vector<bool>& in_quote,
                   std::string_view pronoun, size_t before) {
  Gender want = (pronoun == "she" || pronoun == "She") ? Gender::kFemale : Gender::kMale;
  int fallback = -1;
  for (size_t m = actors.mentions.size(); m-- > 0;) {
    const ActorMention& am = actors.mentions[m];
    if (am.begin >= before || in_quote[am.begin]) continue;
    const DocActor& a = actors.actors[am.actor];
    if (a.type != ActorType::kPerson) continue;
    if (a.gender == want) return am.actor;
    if (a.gender == Gender::kUnknown && fallback < 0) fallback = am.actor;
  }
  return fallback;
}

int SpeakerAttributor::ResolvePronoun(std::string_view pronoun, size_t before) const {
  return actorgraph::ResolvePronoun(actors_, in_quote_, pronoun, before);
}

std::optional<SpeakerAttributor::Speaker> SpeakerAttributor::SpeakerIn(size_t b, size_t e,
                                                                       size_t before,
                                                                       bool last) const {
  if (b >= e) return std::nullopt;
  // A person named in the phrase (the last one when the phrase precedes
  // its cue: "In a letter to Bo Lind, Ada Quill said").
  std::optional<Speaker> person;
  std::optional<Speaker> other;
  for (size_t i = b; i < e; ++i) {
    int m = actors_.mention_at[i];
    if (m < 0) continue;
    const ActorMention& am = actors_.mentions[m];
    Speaker sp{am.actor, am.begin, std::min<uint32_t>(am.end, e), 0.9};
    if (actors_.actors[am.actor].type == ActorType::kPerson) {
      if (!person || last) person = sp;
      if (!last) break;
    } else if (!other || last) {
      other = sp;
    }
    i = am.end - 1;
  }
  if (person) return person;
  for (size_t i = b; i < e; ++i) {
    if (t_.IsWord(i) && IsPronoun(t_.Text(i))) {
      int actor = ResolvePronoun(t_.Text(i), before);
      return Speaker{actor, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), 0.7};
    }
  }
  for (size_t i = b; i < e; ++i) {
    if (t_.IsWord(i) && lex_.IsPeopleNoun(AsciiLower(t_.Text(i)))) {
      // "another European cyber security expert": the phrase up to its noun.
      return Speaker{-1, static_cast<uint32_t>(b), static_cast<uint32_t>(i + 1), 0.5};
    }
  }
  return other;
}

std::optional<SpeakerAttributor::Speaker> SpeakerAttributor::SubjectOf(size_t sb, size_t cue,
                                                                       size_t before) const {
  // `Ada Quill praised the plan and said ...`: a verb coordinated with an
  // earlier one shares its subject, the sentence's, not the object between.
  size_t conj = cue;
  if (conj > sb && (t_.Is(conj - 1, "also") || t_.Is(conj - 1, "then"))) --conj;
  if (conj > sb + 1 && (t_.Is(conj - 1, "and") || t_.Is(conj - 1, "but"))) {
    if (std::optional<Speaker> sp = ClauseSubject(SentenceBegin(cue), conj - 1)) {
      return sp;
    }
  }
  if (std::optional<TokenRange> r = SubjectBefore(t_, lex_, sb, cue)) {
    if (r->second == r->first + 1 && IsPronoun(t_.Text(r->first))) {
      return Speaker{ResolvePronoun(t_.Text(r->first), before), r->first, r->second, 0.7};
    }
    for (size_t i = r->first; i < r->second; ++i) {
      if (int m = actors_.mention_at[i]; m >= 0) {
        const ActorMention& am = actors_.mentions[m];
        return Speaker{am.actor, am.begin, std::min<uint32_t>(am.end, r->second), 0.9};
      }
    }
    // A capitalised phrase with no actor in it counts in subject position
    // only: not "Ada Quill on Monday said".
    bool subject_position = r->first == sb || t_.Is(r->first - 1, ",");
    if (!t_.tokens[r->first].upper || t_.Is(r->first, "The") || subject_position) {
      return Speaker{-1, r->first, r->second, 0.4};  // "the committee chairmen"
    }
  }
  // "Bo Lind, who said": the relative pronoun stands for the name before it.
  size_t w = cue;
  while (w > sb && t_.IsWord(w - 1) && !t_.Is(w - 1, "who") && w + 3 > cue) --w;
  // "an adviser who said": the mention is "who", standing for the last actor
  // before it when there is one.
  if (w > sb && t_.Is(w - 1, "who")) {
    int actor = -1;
    if (w > sb + 2 && t_.Is(w - 2, ",") && actors_.mention_at[w - 3] >= 0) {
      actor = actors_.mentions[actors_.mention_at[w - 3]].actor;
    } else if (std::optional<Speaker> sp = SpeakerIn(sb, w - 1, before, true)) {
      actor = sp->actor;
    }
    return Speaker{actor, static_cast<uint32_t>(w - 1), static_cast<uint32_t>(w), 0.7};
  }
  if (std::optional<Speaker> sp = SpeakerIn(sb, cue, before, true)) return sp;
  if (std::optional<TokenRange> r = SubjectBefore(t_, lex_, sb, cue)) {
    return Speaker{-1, r->first, r->second, 0.4};
  }
  return std::nullopt;
}

std::optional<SpeakerAttributor::Speaker> SpeakerAttributor::ParticipleSubject(
    size_t sb, size_t cue, size_t before) const {
  std::string_view w = t_.Text(cue);
  if (w.size() <= 4 || !w.ends_with("ing") || cue < sb + 2 || !t_.Is(cue - 1, ",")) {
    return std::nullopt;
  }
  size_t from = sb;  // narration starts after the last quote before the participle
  for (size_t i = cue - 1; i > sb; --i) {
    if (in_quote_[i - 1] || t_.tokens[i - 1].kind == TokenKind::kQuote) {
      from = i;
      break;
    }
  }
  for (size_t v = cue - 1; v-- > from && v + kMaxObjectTokens > cue;) {
    if (t_.tokens[v].kind == TokenKind::kPunct && !IsAbbreviationStop(t_, v) && !t_.Is(v, "-")) {
      return std::nullopt;
    }
    std::optional<CueHit> hit = CueAt(v);
    if (!(hit && hit->kind == CueKind::kSpeech) && !IsPastVerb(v)) continue;
    // `criticized the accord adopted in Paris, saying`: a past participle
    // with no subject right before it is no verb of this clause.
    if (!(hit && hit->kind == CueKind::kSpeech)) {
      const bool subject = v > from && (IsPronoun(t_.Text(v - 1)) ||
                                        (actors_.mention_at[v - 1] >= 0 &&
                                         actors_.mentions[actors_.mention_at[v - 1]].end == v));
      if (!subject) continue;
    }
    // `X said Tuesday, adding`, or inverted: `"...," said X, adding`.
    std::optional<Speaker> sp;
    if (v > from) sp = SubjectOf(from, v, before);
    if (!sp) sp = SpeakerIn(v + 1, cue - 1, before, false);
    return sp;
  }
  return std::nullopt;
}

std::optional<SpeakerAttributor::Speaker> SpeakerAttributor::WithSubject(size_t sb, size_t cue,
                                                                         size_t before) const {
  size_t w = cue;
  while (w > sb && w + kMaxObjectTokens > cue && t_.tokens[w - 1].kind != TokenKind::kPunct &&
         !t_.Is(w - 1, "with")) {
    --w;
  }
  if (w <= sb || !t_.Is(w - 1, "with") || w + 1 > cue) return std::nullopt;
  if (std::optional<Speaker> sp = SpeakerIn(w, cue, before, false)) return sp;
  if (std::optional<TokenRange> r = SubjectBefore(t_, lex_, w, cue)) {
    return Speaker{-1, r->first, r->second, 0.4};
  }
  return std::nullopt;
}

std::optional<SpeakerAttributor::Speaker> SpeakerAttributor::ClauseSubject(size_t sb,
                                                                           size_t e) const {
  static constexpr std::string_view kNotVerbs[] = {
      "of", "for", "in", "on", "at", "to", "from", "with", "by", "and", "or", "but", "the", "a",
      "an", "who", "which", "that"};
  static constexpr std::string_view kBoundaries[] = {
      ",", "and", "but", "when", "as", "while", "where", "although", "though", "because",
      "after", "before", "since", "which", "if", "then", "so"};
  for (size_t p = e; p-- > sb;) {
    if (p > sb && in_quote_[p - 1]) continue;
    bool boundary = p == sb;
    if (!boundary && t_.Text(p - 1).size() <= 8) {
      const std::string prev = AsciiLower(t_.Text(p - 1));  // short: no allocation
      for (std::string_view w : kBoundaries) boundary = boundary || prev == w;
    }
    if (!boundary) continue;
    std::optional<Speaker> sp = SubjectAt(p, e);
    if (!sp) continue;
    if (sp->actor < 0 && sp->end == sp->begin + 1 && IsPronoun(t_.Text(sp->begin))) {
      sp->actor = ResolvePronoun(t_.Text(sp->begin), sp->begin);
    } else if (sp->actor < 0 && p > sb &&
               !(sp->end == sp->begin + 1 && (t_.Is(sp->begin, "they") || t_.Is(sp->begin, "it")))) {
      continue;  // after a boundary, only a name or a pronoun
    }
    size_t verb = VerbAfterSubject(sp->end, e);
    if (verb == 0) continue;
    bool not_verb = false;
    for (std::string_view w : kNotVerbs) not_verb = not_verb || t_.Is(verb, w);
    if (!not_verb) return sp;
  }
  return SentenceSubject(sb, e);
}

// One capitalised word opening a sentence is a subject ("Lind said") unless
// it opens an adverbial ("Over the years", "Acknowledging that", "Clearly").
bool SpeakerAttributor::IntroWordIsSubject(size_t i) const {
  std::string_view w = t_.Text(i);
  if (w.ends_with("ing") || w.ends_with("ly") || w.ends_with("wise")) return false;
  // "Hours later, she ...": a time phrase.
  if (t_.Is(i + 1, "later") || t_.Is(i + 1, "earlier") || t_.Is(i + 1, "ago")) return false;
  static constexpr std::string_view kNotAfterSubject[] = {
      "the", "a", "an", "of", "that", "since", "to", "in", "on", "for", "with", "at", "by",
      "from", "as", "after", "before", "when", "while", "if", "this", "these", "those", "than",
      "about", "whether", "why", "how", "what"};
  for (std::string_view x : kNotAfterSubject) {
    if (t_.Is(i + 1, x)) return false;
  }
  return true;
}

std::optional<SpeakerAttributor::Speaker> SpeakerAttributor::SentenceSubject(size_t sb,
                                                                             size_t e) const {
  if (std::optional<Speaker> sp = SubjectAt(sb, e)) return sp;
  // "On Twitter, she responded ...": past an introductory phrase.
  for (size_t i = sb; i + 1 < e && i < sb + kMaxObjectTokens; ++i) {
    if (t_.Is(i, ",")) return SubjectAt(i + 1, e);
  }
  return std::nullopt;
}

std::optional<SpeakerAttributor::Speaker> SpeakerAttributor::SubjectAt(size_t sb,
                                                                       size_t e) const {
  if (int m = actors_.mention_at[sb]; m >= 0) {
    const ActorMention& am = actors_.mentions[m];
    return Speaker{am.actor, am.begin, std::min<uint32_t>(am.end, e), 0.5};
  }
  if (std::optional<TokenRange> r = PhraseAfter(t_, lex_, sb, e)) {
    for (size_t i = r->first; i < r->second; ++i) {
      if (int m = actors_.mention_at[i]; m >= 0) {
        const ActorMention& am = actors_.mentions[m];
        return Speaker{am.actor, am.begin, std::min<uint32_t>(am.end, e), 0.5};
      }
    }
    if (t_.tokens[r->first].all_caps) return std::nullopt;  // a headline
    if (r->second == r->first + 1 && !IntroWordIsSubject(r->first)) return std::nullopt;
    return Speaker{-1, r->first, r->second, 0.3};
  }
  return std::nullopt;
}

void SpeakerAttributor::SetSpeaker(const Speaker& sp, const CueHit& cue, Statement* s) const {
  s->speaker = sp.actor;
  s->speaker_tokens = std::make_pair(sp.begin, sp.end);
  s->cue = std::string(t_.text.substr(t_.tokens[cue.begin].start,
                                      t_.tokens[cue.end - 1].end - t_.tokens[cue.begin].start));
  s->confidence = sp.confidence;
  s->accusation_or_denial = cue.kind == CueKind::kAccuses || cue.kind == CueKind::kDenies;
}

bool SpeakerAttributor::AttributeAfter(const QuoteSpan& q, Statement* s) const {
  const size_t para_end = t_.paragraph_begin[t_.tokens[q.close].paragraph + 1];
  size_t k = q.close + 1;
  if (k < para_end && IsSingleMark(t_, k)) ++k;  // a third mark after NYT's closing ''
  // A quote closing its paragraph, signed by the next one: `"..."` /
  // `-- Jo Lind, mayor of Fernby.`
  const size_t d = k < para_end && t_.Is(k, ".") ? k + 1 : k;
  if (d == para_end && d + 1 < t_.tokens.size() && IsDash(t_, d)) {
    const size_t e = std::min<size_t>(t_.paragraph_begin[t_.tokens[d].paragraph + 1],
                                      d + 1 + kAppositiveTokens);
    std::optional<Speaker> sp = SpeakerIn(d + 1, e, q.open, false);
    if (!sp) {
      if (std::optional<TokenRange> r = PhraseAfter(t_, lex_, d + 1, e)) {
        sp = Speaker{-1, r->first, r->second, 0.4};
      }
    }
    if (sp && sp->begin <= d + 2) {
      SetSpeaker(*sp, CueHit{static_cast<uint32_t>(d), static_cast<uint32_t>(d + 1)}, s);
      return true;
    }
  }
  bool comma_after = t_.Is(k, ",");
  // `"... 'the Queen,'" she said`: the punctuation may sit inside a nested quote.
  size_t p = q.close - 1;
  while (p > q.open + 1 && IsSingleMark(t_, p)) --p;
  bool punct_inside = p > q.open && t_.tokens[p].kind == TokenKind::kPunct &&
                      (t_.Is(p, ",") || IsSentenceStop(t_.Text(p)));
  bool bare = false;
  if (!comma_after && !punct_inside) {
    // `"It seems unlikely" that the plan works, said Jo Lind.`: a few words
    // finishing the quoted sentence, then the attribution after a comma.
    size_t m = k;
    while (m < para_end && m < k + kMaxObjectTokens && t_.tokens[m].kind != TokenKind::kQuote &&
           t_.tokens[m].sentence == t_.tokens[q.close].sentence && !t_.Is(m, ",")) {
      ++m;
    }
    if (m > k && m < para_end && t_.Is(m, ",") &&
        t_.tokens[m].sentence == t_.tokens[q.close].sentence) {
      k = m;
      comma_after = true;
    } else if (q.open == SentenceBegin(q.open) && k < para_end && t_.IsWord(k)) {
      // `"The vote is a battle of niches" Lind said.`: a comma left out; the
      // attribution must follow at once, as in a new sentence.
      bare = true;
    } else {
      return false;
    }
  }
  // `X says the plan will "work." Y said ...`: a quote ending its sentence
  // inside a clause takes no attribution from the next sentence.
  if (!comma_after && !t_.Is(p, ",") && q.open > SentenceBegin(q.open) && k < para_end &&
      t_.tokens[k].sentence != t_.tokens[q.close].sentence) {
    return false;
  }
  if (comma_after) ++k;
  if (k >= para_end) return false;
  // `"... home." He added that ...`: a sentence after a closed quote
  // attributes it only when it opens with the attribution (`"...?" Mr. Lind
  // asked of the port.`); otherwise it tells what the speaker, or someone
  // else, did or said next. The same holds after a quote with no comma.
  const bool strict = bare || t_.tokens[k].sentence != t_.tokens[q.close].sentence;
  if (strict && !AttributionSentenceAt(k)) return false;
  // `"...," says X` / `"...," according to X` / `"...," reads the sign`.
  std::optional<CueHit> inverted = CueAt(k);
  // `"...," scoffed Jo Lind.`: any past-tense verb before a name.
  if (!inverted && IsPastVerb(k) && k + 1 < para_end && t_.tokens[k + 1].upper &&
      t_.IsWord(k + 1)) {
    inverted = CueHit{static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), CueKind::kSpeech};
  }
  if (!inverted && t_.IsWord(k) && IsReadVerb(t_.Text(k))) {
    inverted = CueHit{static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), CueKind::kSpeech};
  }
  if (std::optional<CueHit> cue = inverted) {
    if (strict && !NoClauseAfter(cue->end)) return false;
    size_t e = cue->end;
    while (e < para_end && e < cue->end + 20 && t_.tokens[e].kind != TokenKind::kQuote &&
           !(t_.tokens[e].kind == TokenKind::kPunct && !t_.Is(e, "-") && !t_.Is(e, "&") &&
             !IsAbbreviationStop(t_, e))) {
      ++e;
    }
    if (std::optional<Speaker> sp = SpeakerIn(cue->end, e, q.open, false)) {
      SetSpeaker(*sp, *cue, s);
      return true;
    }
    if (std::optional<TokenRange> r = PhraseAfter(t_, lex_, cue->end, e)) {
      SetSpeaker(Speaker{-1, r->first, r->second, 0.4}, *cue, s);
      return true;
    }
    return false;
  }
  // `"...," X says` / `"...," X, a former official, said`.
  for (size_t j = k; j < para_end && j < k + kMaxAttributionTokens; ++j) {
    if (t_.tokens[j].kind == TokenKind::kQuote) break;
    if (t_.tokens[j].kind == TokenKind::kPunct && IsSentenceStop(t_.Text(j)) &&
        !IsAbbreviationStop(t_, j)) {
      break;
    }
    std::optional<CueHit> cue = CueAt(j);
    // `"...?" Bo Lind pressed.`: any past-tense verb ending the sentence.
    if (!cue && j > k && j < k + kMaxPhraseWords && (IsPastVerb(j) || IsReadVerb(t_.Text(j))) &&
        (IsSentenceStop(t_.Text(j + 1)) || t_.Is(j + 1, ","))) {
      cue = CueHit{static_cast<uint32_t>(j), static_cast<uint32_t>(j + 1), CueKind::kSpeech};
    }
    // `"...," Bo Lind concludes on his blog.`: a verb right after a named or
    // pronoun subject opening the attribution (in the quote's own sentence).
    if (!cue && !strict && j > k && j == SubjectEnd(k) && IsFiniteVerb(j)) {
      cue = CueHit{static_cast<uint32_t>(j), static_cast<uint32_t>(j + 1), CueKind::kSpeech};
    }
    if (!cue) continue;
    if (strict && (j >= k + kMaxPhraseWords || !NoClauseAfter(cue->end))) return false;
    std::optional<Speaker> sp = SpeakerIn(k, j, q.open, false);
    if (!sp) {
      if (std::optional<TokenRange> r = SubjectBefore(t_, lex_, k, j)) {
        sp = Speaker{-1, r->first, r->second, 0.4};
      }
    }
    // `"...," federal prosecutors wrote.`: a bare plural or people noun
    // phrase right before the cue.
    if (!sp && j > k && j <= k + kMaxBarePhraseWords) {
      bool bare_phrase = true;
      for (size_t i = k; i < j; ++i) {
        bare_phrase = bare_phrase && t_.IsWord(i) && !t_.tokens[i].upper &&
                      !lex_.IsFunctionWord(t_.Text(i));
      }
      std::string last = AsciiLower(t_.Text(j - 1));
      if (bare_phrase && (lex_.IsPeopleNoun(last) || (last.size() > 3 && last.back() == 's'))) {
        sp = Speaker{-1, static_cast<uint32_t>(k), static_cast<uint32_t>(j), 0.4};
      }
    }
    // In a new sentence the speaker opens it: not `Compaq, she predicted, would ...`.
    if (!sp || (strict && sp->begin > k + 2)) return false;
    SetSpeaker(*sp, *cue, s);
    return true;
  }
  return false;
}

bool SpeakerAttributor::AttributeBefore(const QuoteSpan& q, Statement* s) const {
  size_t sb = SentenceBegin(q.open);
  // `Ada Quill continued:` closing the paragraph before the quote.
  if (q.open == sb && q.open > 0 && t_.Is(q.open - 1, ":") &&
      t_.tokens[q.open - 1].paragraph + 1 == t_.tokens[q.open].paragraph) {
    sb = SentenceBegin(q.open - 1);
  }
  if (q.open == sb) return false;
  size_t j = q.open;  // cue must end shortly before the quote
  if (t_.Is(j - 1, ":") || t_.Is(j - 1, ",")) --j;
  // "According to X, "..."".
  if (std::optional<CueHit> cue = CueAt(sb); cue && cue->kind == CueKind::kAccording) {
    if (std::optional<Speaker> sp = SpeakerIn(cue->end, j, q.open, false)) {
      SetSpeaker(*sp, *cue, s);
      return true;
    }
    // `According to the harbor board's minutes, "..."`: the phrase as written.
    if (std::optional<TokenRange> r = PhraseAfter(t_, lex_, cue->end, j)) {
      SetSpeaker(Speaker{-1, r->first, r->second, 0.4}, *cue, s);
      return true;
    }
  }
  // "X said: "..."" / "X told reporters: "..."". Words between a cue and a
  // quote with no mark before it make a clause: AttributeClause.
  const size_t max_gap = j < q.open ? 3 : 0;
  for (size_t gap = 0; gap <= max_gap && j >= sb + gap + 1; ++gap) {
    size_t c = j - gap - 1;
    std::optional<CueHit> cue = CueAt(c);
    // `Ada Quill cracked, "..."`: any past-tense verb right before the mark.
    if (!cue && gap == 0 && j < q.open && (IsPastVerb(c) || IsReadVerb(t_.Text(c)))) {
      cue = CueHit{static_cast<uint32_t>(c), static_cast<uint32_t>(c + 1), CueKind::kSpeech};
    }
    if (!cue || cue->kind != CueKind::kSpeech) continue;
    if (c > sb && IsArticle(t_.Text(c - 1))) continue;  // "a suggested "code""
    if (cue->end + gap > j) continue;
    std::optional<Speaker> sp = IsParticiple(c) ? WithSubject(sb, c, q.open) : std::nullopt;
    if (!sp) sp = ParticipleSubject(sb, c, q.open);
    // `On the radio, she answered by saying: "..."`: the sentence's subject.
    if (!sp && IsParticiple(c)) sp = ClauseSubject(sb, c);
    if (!sp) sp = SubjectOf(sb, c, q.open);
    if (sp) {
      SetSpeaker(*sp, *cue, s);
      return true;
    }
    // Inverted: `Said Ada Quill, "..."`, `..., explained Ada Quill, "..."`.
    if (std::optional<Speaker> sp = SpeakerIn(cue->end, j, q.open, false)) {
      SetSpeaker(*sp, *cue, s);
      return true;
    }
    if (std::optional<TokenRange> r = PhraseAfter(t_, lex_, cue->end, j)) {
      SetSpeaker(Speaker{-1, r->first, r->second, 0.4}, *cue, s);
      return true;
    }
  }
  // `The board was blunt in its findings: "..."`: the sentence's subject.
  if (t_.Is(q.open - 1, ":")) {
    size_t colon = q.open - 1;
    std::optional<Speaker> sp;
    // `Jo Lind and Bo Quill: "..."` names the speaker right before the colon.
    // `Jo Lind said of Bo Quill: "..."`: the subject of the cue before "of".
    for (size_t c = colon; c-- > sb && c + kMaxPhraseWords > colon;) {
      std::optional<CueHit> cue = CueAt(c);
      if (cue && cue->kind == CueKind::kSpeech && c > sb &&
          (t_.Is(cue->end, "of") || t_.Is(cue->end, "about"))) {
        sp = SubjectOf(sb, c, q.open);
        break;
      }
    }
    if (!sp && colon > sb && t_.IsWord(colon - 1) && t_.tokens[colon - 1].upper &&
        !t_.tokens[colon - 1].all_caps) {
      sp = SubjectOf(sb, colon, q.open);
    }
    if (!sp) sp = SentenceSubject(sb, colon);
    if (sp) {
      SetSpeaker(*sp, CueHit{static_cast<uint32_t>(colon), static_cast<uint32_t>(colon + 1),
                             CueKind::kSpeech},
                 s);
      return true;
    }
  }
  return false;
}

void SpeakerAttributor::AccordingToClause(const QuoteSpan& q, Statement* s) const {
  if (!s->speaker_tokens || AsciiLower(s->cue) != "according to") return;
  for (size_t k = s->speaker_tokens->second; k + 1 < q.open; ++k) {
    if (in_quote_[k]) return;
    if (t_.Is(k, ",")) {
      s->first_token = static_cast<uint32_t>(k + 1);
      s->begin = t_.tokens[k + 1].start;
      return;
    }
  }
}

bool SpeakerAttributor::PreviousSubject(const QuoteSpan& q, Statement* s) const {
  const size_t sb = SentenceBegin(q.open);
  if (q.open != sb || sb == 0) return false;
  const size_t pb = SentenceBegin(sb - 1);
  const uint32_t para = t_.tokens[q.open].paragraph;
  if (t_.tokens[pb].paragraph != para && t_.tokens[pb].paragraph + 1 != para) return false;
  for (size_t i = pb; i < sb; ++i) {
    if (in_quote_[i] || t_.tokens[i].kind == TokenKind::kQuote) return false;
  }
  std::optional<Speaker> sp = SentenceSubject(pb, sb);
  if (!sp) return false;
  if (sp->actor < 0 && sp->end == sp->begin + 1 && IsPronoun(t_.Text(sp->begin))) {
    sp->actor = ResolvePronoun(t_.Text(sp->begin), sp->begin + 1);
  } else if (sp->actor < 0) {
    return false;  // "The weather turned", "Not everyone was": no one's words
  }
  // `Ada Quill agreed.`, `Jo Lind, the mayor, said in a statement.`: a verb
  // follows the subject.
  const size_t verb = VerbAfterSubject(sp->end, sb);
  if (verb == 0) return false;
  sp->confidence = 0.3;
  SetSpeaker(*sp, CueHit{static_cast<uint32_t>(verb), static_cast<uint32_t>(verb + 1)}, s);
  return true;
}

size_t SpeakerAttributor::VerbAfterSubject(size_t i, size_t limit) const {
  if (i < limit && t_.Is(i, ",")) {  // an appositive or relative clause
    size_t close = i + 1;
    while (close < limit && close < i + kAppositiveTokens && !t_.Is(close, ",") &&
           t_.tokens[close].kind != TokenKind::kQuote) {
      ++close;
    }
    if (close >= limit || !t_.Is(close, ",")) return 0;
    i = close + 1;
  }
  for (size_t n = 0; n < 2 && i < limit && t_.IsWord(i); ++n, ++i) {  // `then revealed`
    std::string_view w = t_.Text(i);
    if (!(w.ends_with("ly") || w == "then" || w == "also" || w == "further" || w == "later")) {
      break;
    }
  }
  if (i >= limit || !t_.IsWord(i) || t_.tokens[i].upper) return 0;
  return i;
}

bool SpeakerAttributor::SubordinateCueBefore(const QuoteSpan& q) const {
  static constexpr std::string_view kSubordinators[] = {
      "Although", "Though", "While", "Whereas", "Where", "When", "As", "Even", "Because",
      "Since", "After", "Before", "If", "as", "when", "while", "although", "though"};
  const size_t sb = SentenceBegin(q.open);
  bool subordinate = false;
  for (size_t i = sb; i < q.open; ++i) {
    if (in_quote_[i]) return false;
    if (!subordinate) {
      // Capitalised at the sentence's start; "as", "when", ... anywhere.
      if (!t_.IsWord(i) || (i > sb && t_.tokens[i].upper)) continue;
      for (std::string_view w : kSubordinators) subordinate = subordinate || t_.Is(i, w);
      continue;
    }
    if (t_.Is(i, ",") && i + 1 < q.open) return false;  // the subordinate clause ended
    if (std::optional<CueHit> cue = CueAt(i); cue && cue->kind == CueKind::kSpeech) return true;
  }
  return false;
}

void SpeakerAttributor::GuessSubject(const QuoteSpan& q, Statement* s) const {
  const size_t sb = SentenceBegin(q.open);
  if (q.open <= sb + 1) return;
  std::optional<Speaker> sp;
  // `As Jo Lind puts it, "..."`: the quote is inside a clause opened by a
  // subordinator, whose subject follows it.
  static constexpr std::string_view kSubordinators[] = {
      "As", "When", "While", "Although", "Though", "Because", "If", "Since", "After", "Until"};
  bool comma = false;
  for (size_t i = sb + 1; i + 1 < q.open; ++i) comma = comma || t_.Is(i, ",");
  for (std::string_view w : kSubordinators) {
    if (!comma && t_.Is(sb, w) && sb + 1 < q.open) sp = SubjectAt(sb + 1, q.open);
  }
  if (!sp) sp = ClauseSubject(sb, q.open);
  if (!sp) return;
  // A determiner phrase has no known end here: keep its first three words
  // ("The harbor board"), which the guess's low confidence admits.
  const bool pronoun = sp->end == sp->begin + 1 &&
                       (t_.Is(sp->begin, "they") || t_.Is(sp->begin, "it") ||
                        IsPronoun(t_.Text(sp->begin)));
  if (sp->actor < 0 && !t_.tokens[sp->begin].upper && !pronoun) return;
  if (sp->actor < 0 && t_.Is(sp->begin, "The")) sp->end = std::min(sp->end, sp->begin + 3);
  // `The ad hits Clinton for "..."`: a verb follows, maybe after an
  // appositive (`Jo Lind, who runs the port, praised "..."`).
  const size_t verb = VerbAfterSubject(sp->end, q.open);
  if (verb == 0) return;
  sp->confidence = 0.2;
  SetSpeaker(*sp, CueHit{static_cast<uint32_t>(verb), static_cast<uint32_t>(verb + 1)}, s);
}

bool SpeakerAttributor::AttributionSentenceAt(size_t k) const {
  for (size_t i = k; i < SentenceEnd(k); ++i) {
    if (t_.tokens[i].kind == TokenKind::kQuote) return false;
  }
  return true;
}

bool SpeakerAttributor::NoClauseAfter(size_t after) const {
  static constexpr std::string_view kAdjuncts[] = {
      "of", "to", "in", "on", "at", "after", "during", "before", "about", "from", "with",
      "as", "when", "while", "last", "this", "by", "into", "outside", "inside"};
  static constexpr std::string_view kClauseWords[] = {
      "that", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
      "could", "should", "may", "might", "must", "do", "does", "did"};
  const size_t end = SentenceEnd(after - 1);
  // `Lind asked the harbor master.`: verbs of asking and telling take a
  // short object, the addressee.
  const std::string_view cue = t_.Text(after - 1);
  const bool addressee = cue == "asked" || cue == "asks" || cue == "told" || cue == "tells";
  const size_t max_words = addressee ? kMaxObjectWords : 0;
  for (size_t i = after; i < end && i <= after + max_words; ++i) {
    if (t_.tokens[i].kind == TokenKind::kPunct) return true;
    if (!t_.IsWord(i)) return false;  // `He said Lind's plan ...`
    for (std::string_view w : kAdjuncts) {
      if (t_.Is(i, w)) return true;
    }
    for (std::string_view w : kClauseWords) {
      if (t_.Is(i, w)) return false;
    }
  }
  return after >= end;
}

bool SpeakerAttributor::IsPastVerb(size_t i) const {
  if (!t_.IsWord(i) || t_.tokens[i].upper) return false;
  std::string_view w = t_.Text(i);
  return w.size() > 4 && w.ends_with("ed");
}

size_t SpeakerAttributor::SubjectEnd(size_t k) const {
  if (int m = actors_.mention_at[k]; m >= 0) return actors_.mentions[m].end;
  if (t_.IsWord(k) && IsPronoun(t_.Text(k))) return k + 1;
  return 0;
}

bool SpeakerAttributor::IsFiniteVerb(size_t i) const {
  if (IsPastVerb(i)) return true;
  if (!t_.IsWord(i) || t_.tokens[i].upper) return false;
  std::string_view w = t_.Text(i);
  return w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us");
}

bool SpeakerAttributor::IsParticiple(size_t i) const {
  std::string_view w = t_.Text(i);
  return t_.IsWord(i) && w.size() > 4 && w.ends_with("ing");
}

bool SpeakerAttributor::ClauseBreakAt(size_t n) const {
  std::string_view w = t_.Text(n);
  if (t_.tokens[n].kind == TokenKind::kPunct) {
    return w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "(" || w == ";";
  }
  if (w == "but") return true;
  if (w != "and") return false;
  size_t m = n + 1;
  if (t_.Is(m, "also") || t_.Is(m, "then")) ++m;
  if (m >= t_.tokens.size()) return false;
  return IsPastVerb(m) || CueAt(m).has_value() || IsPronoun(t_.Text(m)) || t_.Is(m, "they") ||
         actors_.mention_at[m] >= 0;
}

bool SpeakerAttributor::LabelPrecedes(size_t i) const {
  static constexpr std::string_view kBeforeLabel[] = {
      "of", "on", "in", "at", "from", "for", "with", "by", "to", "as", "named", "titled",
      "a", "an", "the", "his", "her", "their", "its", "our"};
  const Token& tok = t_.tokens[i];
  if (tok.kind == TokenKind::kPossessive) return true;
  if (tok.kind != TokenKind::kWord) return false;
  if (tok.upper || CueAt(i)) return true;
  for (std::string_view w : kBeforeLabel) {
    if (t_.Text(i) == w) return true;
  }
  return false;
}

bool SpeakerAttributor::AttributeClause(const QuoteSpan& q, bool any_verb, Statement* s) const {
  const size_t sb = SentenceBegin(q.open);
  std::optional<CueHit> cue;
  std::optional<CueHit> reported;  // the nearest verb of reporting, failing a cue
  for (size_t c = q.open; c-- > sb;) {
    if (in_quote_[c]) break;
    cue = CueAt(c);
    if (cue && cue->kind == CueKind::kSpeech && cue->end <= q.open) break;
    cue.reset();
    CueKind kind = CueKind::kSpeech;
    if (uint32_t n = ReportedCueAt(lex_, t_, c, &kind); n > 0 && c + n <= q.open && !reported) {
      // An accusation or denial keeps its kind: its statement adds no
      // `quotes` edge beside the `accuses` or `denies` one.
      if (kind == CueKind::kReported) kind = CueKind::kSpeech;
      reported = CueHit{static_cast<uint32_t>(c), static_cast<uint32_t>(c + n), kind};
    }
    // `X called it "a disgrace"`; with no object it is a participle: `a town
    // called "Fernby"`.
    if (IsNamingVerb(t_.Text(c)) && c + 1 < q.open) {
      cue = CueHit{static_cast<uint32_t>(c), static_cast<uint32_t>(c + 1), CueKind::kSpeech};
      break;
    }
  }
  // `Ada Quill decried the "politics of fear"`: a past-tense verb right after
  // a named or pronoun subject.
  for (size_t c = sb + 1; any_verb && !cue && c + 1 < q.open; ++c) {
    if (in_quote_[c] || !IsPastVerb(c)) continue;
    const size_t before = t_.Is(c - 1, "also") && c > sb + 1 ? c - 2 : c - 1;
    if (actors_.mention_at[before] >= 0 || IsPronoun(t_.Text(before))) {
      cue = CueHit{static_cast<uint32_t>(c), static_cast<uint32_t>(c + 1), CueKind::kSpeech};
    }
    break;  // only the first verb of the sentence
  }
  // The same verb read as an accusation or denial keeps that kind.
  if (cue && reported && cue->begin == reported->begin) cue->kind = reported->kind;
  const bool from_reported = !cue && reported;
  if (!cue) cue = reported;
  // "a suggested "code of conduct"": a cue after a determiner is an adjective.
  if (!cue || (cue->begin > sb && IsArticle(t_.Text(cue->begin - 1)))) return false;
  // "Ada Quill ..., saying": a participle's subject opens the sentence.
  std::string_view verb = t_.Text(cue->begin);
  bool participle = verb.size() > 4 && verb.substr(verb.size() - 3) == "ing";
  // "As with any conflict, experts said": the subject follows the last comma.
  size_t from = sb;
  for (size_t i = sb; !participle && i < cue->begin; ++i) {
    if (t_.Is(i, ",")) from = i + 1;
  }
  std::optional<Speaker> sp;
  if (participle) {
    sp = WithSubject(sb, cue->begin, q.open);
    if (!sp) sp = ParticipleSubject(sb, cue->begin, q.open);
    if (!sp) sp = ClauseSubject(sb, cue->begin);
    if (!sp) sp = SpeakerIn(sb, cue->begin, q.open, false);
    if (!sp) return false;
  } else {
    sp = SubjectOf(from, cue->begin, q.open);
    if (!sp && from > sb) sp = SubjectOf(sb, cue->begin, q.open);
    // `X (D-Calif.) last week said`, `X ... and said`: the sentence's subject.
    if (!sp) sp = SentenceSubject(sb, cue->begin);
    if (!sp) return false;
    // `Despite British hopes the ...`: a reporting word whose "subject"
    // follows a preposition is a noun ("hopes", "claims").
    if (from_reported && sp->begin > sb && IsPreposition(t_.Text(sp->begin - 1))) return false;
  }
  size_t b = cue->end;
  // `told reporters on Monday that CLAUSE`: the clause starts after "that";
  // `...: "..."`: a colon introduces the quote itself.
  for (size_t i = b; i < q.open && i < b + kMaxObjectTokens; ++i) {
    if (t_.Is(i, "that")) {
      b = i + 1;
      break;
    }
  }
  if (t_.Is(q.open - 1, ":")) b = q.open;
  while (b < q.open && (t_.Is(b, ",") || t_.Is(b, ":"))) ++b;
  size_t e = SentenceEnd(q.close);
  // `that "...," suggesting ...`: a comma at the quote's end closes the clause.
  // `that "...," because ...`, `"...," compared to ...`: a subordinate
  // clause or phrase after the comma goes on.
  if (t_.Is(q.close - 1, ",") || t_.Is(q.close + 1, ",")) {
    const size_t n = t_.Is(q.close + 1, ",") ? q.close + 2 : q.close + 1;
    const bool goes_on = t_.IsWord(n) && !t_.tokens[n].upper && !IsParticiple(n) && !CueAt(n) &&
                         !IsPronoun(t_.Text(n)) && !t_.Is(n, "they") && actors_.mention_at[n] < 0;
    if (!goes_on) e = std::min(e, size_t{q.close} + 1);
  }
  // `called it "a sham" and argued ...`, `"a prayer" for X but did not ...`,
  // `"broken" schools -- and he ...`: another clause ends the statement.
  for (size_t n = q.close + 1; n < e; ++n) {
    if (ClauseBreakAt(n)) {
      e = n;
      break;
    }
  }
  while (e > q.close + 1 && (t_.tokens[e - 1].kind == TokenKind::kPunct ||
                             t_.tokens[e - 1].kind == TokenKind::kQuote)) {
    --e;
  }
  for (size_t i = sp->begin; sp->actor < 0 && i + 1 < sp->end; ++i) {
    if (t_.Is(i, ",")) sp->begin = static_cast<uint32_t>(i + 1);  // "Last week, officials"
  }
  SetSpeaker(*sp, *cue, s);
  s->confidence *= 0.8;
  if (b == q.open && e == q.close + 1) return true;  // `X said "..."`: the quote itself
  s->first_token = static_cast<uint32_t>(b);
  s->end_token = static_cast<uint32_t>(e);
  s->begin = t_.tokens[b].start;
  s->end = t_.tokens[e - 1].end;
  return true;
}

std::vector<Statement> SpeakerAttributor::Attribute(const std::vector<QuoteSpan>& spans) {
  in_quote_.assign(t_.tokens.size(), false);
  for (const QuoteSpan& q : spans) {
    std::fill(in_quote_.begin() + q.open, in_quote_.begin() + q.close + 1, true);
  }
  std::vector<Statement> out;
  std::vector<bool> sentence_has_quote(t_.sentence_begin.size(), false);
  int last_paragraph = -1;  // paragraph of the last kept quote
  int last = -1;            // index in `out` of the last kept quote
  uint32_t last_close = 0;  // closing mark of the last kept quote
  uint32_t covered = 0;  // quotes before this token are in a clause statement
  for (const QuoteSpan& q : spans) {
    if (q.open < covered) continue;
    Statement s;
    s.first_token = q.open + 1;
    s.end_token = q.close;
    s.begin = t_.tokens[q.open].end;
    s.end = t_.tokens[q.close].start;
    size_t words = 0;
    for (size_t i = q.open + 1; i < q.close; ++i) words += t_.tokens[i].kind == TokenKind::kWord;
    const uint32_t para = t_.tokens[q.open].paragraph;
    // A short quote inside a sentence, right after a word, followed by an
    // attribution is a title or label: `told "Morning Joe," adding`,
    // `On ABC's "This Week," Rubio said`.
    const bool label = words <= kMaxScareWords && q.open > SentenceBegin(q.open) &&
                       LabelPrecedes(q.open - 1);
    bool attributed = false;
    if (label) {
      // Only as part of a larger clause: `called the plan "a sham"`.
      if (!AttributeClause(q, false, &s) || s.first_token > q.open) continue;
      attributed = true;
    } else if (SubordinateCueBefore(q) && (AttributeBefore(q, &s) || AttributeClause(q, false, &s))) {
      // `Although Lind said that it was "a farce," he signed it.`: the
      // attribution after the quote belongs to the main clause.
      attributed = true;
    } else if (Statement after = s; AttributeAfter(q, &after)) {
      attributed = true;
      // `The plan is "a disaster," she said.`: the clause before the quote is
      // part of what she said.
      const size_t sb = SentenceBegin(q.open);
      bool clause_before = q.open > sb && (sb == 0 || !in_quote_[sb - 1]);
      bool cue_before = false;
      for (size_t i = sb; clause_before && i < q.open; ++i) {
        cue_before = CueAt(i).has_value();
        clause_before = !in_quote_[i] && !cue_before && !t_.Is(i, ":");
      }
      if (clause_before) {
        after.first_token = static_cast<uint32_t>(sb);
        after.begin = t_.tokens[sb].start;
      }
      // `X said the plan was "a disaster," adding ...`: a participle after
      // the quote continues the clause of a cue before it, which governs it.
      const bool participle_after = after.cue.size() > 4 && after.cue.ends_with("ing");
      if (!cue_before || !participle_after || !AttributeClause(q, false, &s)) {
        s = std::move(after);
      }
    } else {
      if (AttributeBefore(q, &s)) {
        attributed = true;
        AccordingToClause(q, &s);
      } else {
        attributed = AttributeClause(q, true, &s);
      }
    }
    if (attributed) covered = std::max(covered, s.end_token);
    bool inherited = false;
    bool continues = false;  // resumes the last quote after its attribution
    if (last >= 0) {
      bool same_paragraph = static_cast<int>(para) == last_paragraph;
      bool near = same_paragraph &&
                  t_.tokens[q.open].sentence <= t_.tokens[last_close].sentence + 2;
      bool starts_sentence = q.open == SentenceBegin(q.open) ||
                             (q.open > 0 && t_.tokens[q.open - 1].kind == TokenKind::kPunct &&
                              IsSentenceStop(t_.Text(q.open - 1)));
      bool opens_paragraph = q.open == t_.paragraph_begin[para];
      if (!attributed && starts_sentence && same_paragraph) {
        s.speaker = out[last].speaker;
        s.speaker_tokens = out[last].speaker_tokens;
        s.cue = out[last].cue;
        s.confidence = out[last].confidence * 0.9;
        inherited = true;
        continues = near;
      } else if (!attributed && opens_paragraph &&
                 static_cast<int>(para) == last_paragraph + 1 && out[last].speaker_tokens) {
        s.speaker = out[last].speaker;
        s.speaker_tokens = out[last].speaker_tokens;
        s.cue = out[last].cue;
        s.confidence = out[last].confidence * 0.8;
        inherited = true;
        // A quotation running over paragraphs (`"A," she said.` then a
        // paragraph `"B."`) is one, when at most the attribution lies between.
        continues = t_.tokens[q.open].sentence <= t_.tokens[last_close].sentence + 2;
      } else if (attributed && near && s.speaker_tokens == out[last].speaker_tokens &&
                 s.first_token == q.open + 1 && (t_.Is(q.open - 1, ",") || t_.Is(q.open - 1, ":"))) {
        continues = true;  // `"A," she said, "B."`
      }
    }
    if (continues && join_interrupted_) {
      // One statement from the first opening mark to the last closing one,
      // attribution included, as PolNeAR annotates it.
      out[last].end = s.end;
      out[last].end_token = s.end_token;
      for (size_t k = t_.tokens[last_close].sentence; k <= t_.tokens[q.close].sentence; ++k) {
        sentence_has_quote[k] = true;
      }
      last_close = q.close;
      continue;
    }
    // Scare quotes: short, unattributed and not continuing a speaker.
    if (!attributed && !inherited && words <= kMaxScareWords) continue;
    if (!attributed && !inherited && !PreviousSubject(q, &s)) GuessSubject(q, &s);
    for (size_t k = t_.tokens[q.open].sentence; k <= t_.tokens[q.close].sentence; ++k) {
      sentence_has_quote[k] = true;
    }
    out.push_back(std::move(s));
    last = static_cast<int>(out.size()) - 1;
    last_paragraph = static_cast<int>(t_.tokens[q.close].paragraph);
    last_close = q.close;
  }
  ReportedSpeechFinder(lex_, t_, actors_, in_quote_).Find(sentence_has_quote, &out);
  return out;
}

}  // namespace actorgraph
