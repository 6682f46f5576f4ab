#include "extract/speaker_attribution.h"

#include <algorithm>

#include "extract/attribution_text.h"
#include "extract/reported_speech.h"
#include "extract/speaker_phrase.h"
#include "extract/text_util.h"

namespace actorgraph {

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

void SetStatementSpeaker(const TokenizedText& t, const SpeakerMention& sp, uint32_t cue_begin,
                         uint32_t cue_end, CueKind kind, Statement* s) {
  s->speaker = sp.actor;
  s->speaker_tokens = std::make_pair(sp.begin, sp.end);
  s->cue = std::string(t.text.substr(t.tokens[cue_begin].start,
                                     t.tokens[cue_end - 1].end - t.tokens[cue_begin].start));
  s->confidence = sp.confidence;
  s->accusation_or_denial =
      kind == CueKind::kAccuses || kind == CueKind::kDenies || kind == CueKind::kCriticizes;
}

void SpeakerAttributor::SetSpeaker(const Speaker& sp, const CueHit& cue, Statement* s) const {
  SetStatementSpeaker(t_, sp, cue.begin, cue.end, cue.kind, s);
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

bool SpeakerAttributor::IsTitle(const QuoteSpan& q) const {
  // Title case: at most a dozen words, every word of four letters or more
  // capitalised (short ones may not be: "of the"), and no sentence inside.
  size_t words = 0, long_words = 0;
  for (size_t i = q.open + 1; i < q.close; ++i) {
    if (t_.tokens[i].kind == TokenKind::kPunct && IsSentenceStop(t_.Text(i)) && i + 1 < q.close) {
      return false;
    }
    if (!t_.IsWord(i)) continue;
    ++words;
    if (t_.Text(i).size() < 4) continue;
    if (!t_.tokens[i].upper) return false;
    ++long_words;
  }
  return words <= 12 && long_words >= 2;
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
    // `"A," X said last month on Twitter, "B."` / `"A," said X, "and B."`:
    // a quote after a comma, in the sentence of the last quote, with that
    // quote's attribution between them, is its second piece.
    const bool interrupted =
        last >= 0 && q.open > 0 && t_.Is(q.open - 1, ",") &&
        t_.tokens[q.open].sentence == t_.tokens[last_close].sentence &&
        out[last].end_token == last_close && out[last].speaker_tokens &&
        out[last].speaker_tokens->first > last_close && out[last].speaker_tokens->second < q.open;
    bool attributed = false;
    if (interrupted) {
      s.speaker = out[last].speaker;
      s.speaker_tokens = out[last].speaker_tokens;
      s.cue = out[last].cue;
      s.confidence = out[last].confidence;
      attributed = true;
    } else if (label) {
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
      if (interrupted) {
        continues = true;
      } else if (!attributed && starts_sentence && same_paragraph) {
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
    // Scare quotes (short) and titles of works ("How the Grinch Stole
    // Christmas"), unattributed and not continuing a speaker.
    if (!attributed && !inherited && (words <= kMaxScareWords || IsTitle(q))) continue;
    if (!attributed && !inherited && !PreviousSubject(q, &s)) GuessSubject(q, &s);
    // `X said that "..."`: a that-clause quoting its words is reported
    // speech, the complementizer its first word.
    if (s.first_token == q.open + 1 && q.open > SentenceBegin(q.open) && t_.Is(q.open - 1, "that")) {
      s.first_token = q.open - 1;
      s.begin = t_.tokens[q.open - 1].start;
    }
    // `X says "the wind is at our backs" despite the loss.`: quoted words the
    // sentence carries on after, with the attribution before them, are part of
    // a reported clause that runs to the end of its own clause.
    if (attributed && s.first_token <= q.open + 1 && s.end_token == q.close && s.speaker_tokens &&
        s.speaker_tokens->second <= q.open && q.close + 1 < SentenceEnd(q.close) &&
        t_.IsWord(q.close + 1) && !t_.tokens[q.close + 1].upper && !CueAt(q.close + 1) &&
        !IsPronoun(t_.Text(q.close + 1)) && !t_.Is(q.close + 1, "they")) {
      size_t n = q.close + 1;
      while (n < SentenceEnd(q.close) && t_.tokens[n].kind != TokenKind::kQuote &&
             !ClauseBreakAt(n) && !t_.Is(n, ",")) {
        ++n;
      }
      while (n > q.close + 1 && t_.tokens[n - 1].kind == TokenKind::kPunct) --n;
      s.end_token = static_cast<uint32_t>(n);
      s.end = t_.tokens[n - 1].end;
    }
    // Direct only when the statement is the quotation itself: a reported
    // clause holding quoted words (`She said the plan was "a sham."`) is
    // reported speech (the extractor keeps the quoted words as fragments).
    s.direct = s.first_token == q.open + 1 && s.end_token == q.close;
    if (!s.direct && s.end_token == q.close) {  // the closing mark with the opening one
      s.end_token = q.close + 1;
      s.end = t_.tokens[q.close].end;
    }
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
