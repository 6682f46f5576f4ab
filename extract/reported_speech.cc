#include "extract/reported_speech.h"

#include <algorithm>
#include <string>

#include "extract/text_util.h"

namespace actorgraph {
namespace {

bool IsPronoun(std::string_view w) {
  return w == "he" || w == "He" || w == "she" || w == "She";
}

}  // namespace

std::optional<ReportedSpeechFinder::CueHit> ReportedSpeechFinder::CueAt(size_t i) const {
  if (!t_.IsWord(i)) return std::nullopt;
  size_t limit = t_.paragraph_begin[t_.tokens[i].paragraph + 1];
  PhraseTable::Match m = lex_.cue_phrases().Longest(t_, i, limit);
  if (m.value < 0) return std::nullopt;
  CueKind kind = lex_.cues()[m.value].kind;
  if (kind != CueKind::kSpeech && kind != CueKind::kAccording) return std::nullopt;
  return CueHit{static_cast<uint32_t>(i), static_cast<uint32_t>(i + m.length), kind};
}

int ReportedSpeechFinder::ResolvePronoun(std::string_view pronoun, size_t before) const {
  Gender want = (pronoun == "she" || pronoun == "She") ? Gender::kFemale : Gender::kMale;
  int fallback = -1;
  for (size_t m = actors_.mentions.size(); m-- > 0;) {
    const ActorMention& am = actors_.mentions[m];
    if (am.begin >= before || in_quote_[am.begin]) continue;
    const DocActor& a = actors_.actors[am.actor];
    if (a.type != ActorType::kPerson) continue;
    if (a.gender == want) return am.actor;
    if (a.gender == Gender::kUnknown && fallback < 0) fallback = am.actor;
  }
  return fallback;
}

std::optional<ReportedSpeechFinder::Speaker> ReportedSpeechFinder::SpeakerIn(
    size_t b, size_t e, size_t before) const {
  if (b >= e) return std::nullopt;
  // The first person named in the phrase, else its first pronoun, else an
  // unnamed source ("a senior official"), else the first other actor.
  std::optional<Speaker> other;
  for (size_t i = b; i < e; ++i) {
    int m = actors_.mention_at[i];
    if (m < 0) continue;
    const ActorMention& am = actors_.mentions[m];
    Speaker sp{am.actor, am.begin, std::min<uint32_t>(am.end, e), 0.9};
    if (actors_.actors[am.actor].type == ActorType::kPerson) return sp;
    if (!other) other = sp;
    i = am.end - 1;
  }
  for (size_t i = b; i < e; ++i) {
    if (t_.IsWord(i) && IsPronoun(t_.Text(i))) {
      int actor = ResolvePronoun(t_.Text(i), before);
      return Speaker{actor, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), 0.7};
    }
  }
  for (size_t i = b; i < e; ++i) {
    if (t_.IsWord(i) && lex_.IsPeopleNoun(AsciiLower(t_.Text(i)))) {
      return Speaker{-1, static_cast<uint32_t>(b), static_cast<uint32_t>(i + 1), 0.5};
    }
  }
  return other;
}

void ReportedSpeechFinder::SetSpeaker(const Speaker& sp, const CueHit& cue, Statement* s) const {
  s->speaker = sp.actor;
  s->speaker_tokens = std::make_pair(sp.begin, sp.end);
  s->cue = std::string(t_.text.substr(t_.tokens[cue.begin].start,
                                      t_.tokens[cue.end - 1].end - t_.tokens[cue.begin].start));
  s->confidence = sp.confidence;
}

void ReportedSpeechFinder::Find(const std::vector<bool>& sentence_has_quote,
                                std::vector<Statement>* out) const {
  static constexpr std::string_view kNotClause[] = {
      "on", "in", "at", "to", "last", "after", "before", "during", "with", "of", "by",
      "for", "about", "yesterday", "today", "this", "earlier", "later", "was", "were", "is"};
  const size_t n = t_.tokens.size();
  for (size_t i = 0; i < n; ++i) {
    if (sentence_has_quote[t_.tokens[i].sentence] || !t_.IsWord(i)) continue;
    std::optional<CueHit> cue = CueAt(i);
    if (!cue) continue;
    const size_t sb = SentenceBegin(i);
    size_t se = SentenceEnd(i);
    while (se > sb && t_.tokens[se - 1].kind != TokenKind::kWord) --se;
    Statement s;
    s.direct = false;
    std::optional<Speaker> sp;
    size_t clause_b = 0;
    size_t clause_e = 0;
    if (cue->kind == CueKind::kAccording) {
      size_t comma = cue->end;
      while (comma < se && !t_.Is(comma, ",")) ++comma;
      if (i == sb && comma < se) {  // According to X, CLAUSE.
        sp = SpeakerIn(cue->end, comma, i);
        clause_b = comma + 1;
        clause_e = se;
      } else if (i > sb && t_.Is(i - 1, ",")) {  // CLAUSE, according to X.
        sp = SpeakerIn(cue->end, se, i);
        clause_b = sb;
        clause_e = i - 1;
      }
    } else if (i > sb) {
      // X said (that) CLAUSE: X is the mention or pronoun right before.
      size_t subj = i - 1;
      if (t_.Is(subj, "also")) --subj;
      int m = actors_.mention_at[subj];
      if (m >= 0) {
        const ActorMention& am = actors_.mentions[m];
        sp = Speaker{am.actor, am.begin, am.end, 0.7};
      } else if (IsPronoun(t_.Text(subj))) {
        int actor = ResolvePronoun(t_.Text(subj), subj);
        if (actor >= 0) sp = Speaker{actor, static_cast<uint32_t>(subj),
                                     static_cast<uint32_t>(subj + 1), 0.5};
      }
      size_t k = cue->end;
      if (t_.Is(k, "that")) {
        clause_b = k + 1;
      } else {
        for (size_t j = k; j < se && j < k + 5; ++j) {
          if (t_.Is(j, "that")) clause_b = j + 1;
        }
        bool bad = !t_.IsWord(k) || (t_.tokens[k].upper &&
                                      actors_.mention_at[k] < 0);
        for (std::string_view w : kNotClause) bad = bad || t_.Is(k, w);
        if (clause_b == 0 && !bad) clause_b = k;
      }
      clause_e = se;
    }
    if (!sp || sp->actor < 0 || clause_b == 0 || clause_e < clause_b + 3) continue;
    s.first_token = static_cast<uint32_t>(clause_b);
    s.end_token = static_cast<uint32_t>(clause_e);
    s.begin = t_.tokens[clause_b].start;
    s.end = t_.tokens[clause_e - 1].end;
    SetSpeaker(*sp, *cue, &s);
    out->push_back(std::move(s));
    i = cue->end;
  }
}

}  // namespace actorgraph
