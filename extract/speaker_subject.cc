// SpeakerAttributor: who the subject of a cue is, and the guesses made when
// no cue is next to a quote (speaker_attribution.h, "The speaker phrase").
#include "extract/speaker_attribution.h"

#include <algorithm>

#include "extract/attribution_text.h"
#include "extract/reported_speech.h"
#include "extract/speaker_phrase.h"
#include "extract/text_util.h"

namespace actorgraph {

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

std::optional<SpeakerAttributor::Speaker> SpeakerAttributor::SpeakerOrPhraseIn(
    size_t b, size_t e, size_t before) const {
  if (std::optional<Speaker> sp = SpeakerIn(b, e, before, false)) return sp;
  if (std::optional<TokenRange> r = PhraseAfter(t_, lex_, b, e)) {
    return Speaker{-1, r->first, r->second, 0.4};
  }
  return std::nullopt;
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

}  // namespace actorgraph
