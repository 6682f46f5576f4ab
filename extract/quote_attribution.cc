// SpeakerAttributor: the rules that tie a quotation to its cue: after it
// (rule 1), before it (rule 2), and inside a clause a cue governs (rule 2b,
// mixed quotations); see speaker_attribution.h.
#include "extract/speaker_attribution.h"

#include <algorithm>

#include "extract/attribution_text.h"
#include "extract/reported_speech.h"
#include "extract/speaker_phrase.h"
#include "extract/text_util.h"

namespace actorgraph {

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
    std::optional<Speaker> sp = SpeakerOrPhraseIn(d + 1, e, q.open);
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
    if (std::optional<Speaker> sp = SpeakerOrPhraseIn(cue->end, e, q.open)) {
      SetSpeaker(*sp, *cue, s);
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
    // `According to the harbor board's minutes, "..."`: the phrase as written.
    if (std::optional<Speaker> sp = SpeakerOrPhraseIn(cue->end, j, q.open)) {
      SetSpeaker(*sp, *cue, s);
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
    if (std::optional<Speaker> sp = SpeakerOrPhraseIn(cue->end, j, q.open)) {
      SetSpeaker(*sp, *cue, s);
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

}  // namespace actorgraph
