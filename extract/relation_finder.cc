#include "extract/relation_finder.h"

#include <algorithm>

#include "extract/text_util.h"

namespace actorgraph {
namespace {

bool IsAdverb(std::string_view w) {
  return (w.size() > 3 && w.substr(w.size() - 2) == "ly") || w == "also" || w == "have" ||
         w == "has" || w == "had" || w == "too" || w == "then" || w == "again" || w == "all" ||
         w == "now" || w == "often";
}

bool IsBe(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "been";
}

// Time adjuncts between a subject and its verb ("Denmark on Friday blamed",
// "Moscow last week denied", "Oslo yesterday accused"): the tokens
// [*k - n, *k) are stepped over when they form one.
bool SkipTimeAdjunct(const TokenizedText& t, size_t sb, size_t* k) {
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
  static constexpr std::string_view kPeriods[] = {"week", "month", "year", "weekend"};
  auto word = [&](size_t i) { return t.IsWord(i) ? t.Text(i) : std::string_view(); };
  if (*k > sb && (word(*k - 1) == "yesterday" || word(*k - 1) == "today")) {
    *k -= 1;
    return true;
  }
  if (*k >= sb + 2) {
    std::string_view a = word(*k - 2), b = word(*k - 1);
    bool day = std::find(std::begin(kDays), std::end(kDays), b) != std::end(kDays);
    bool period = std::find(std::begin(kPeriods), std::end(kPeriods), b) != std::end(kPeriods);
    if ((a == "on" && day) || ((a == "last" || a == "this") && period)) {
      *k -= 2;
      return true;
    }
  }
  return false;
}

bool IsClauseEnd(const TokenizedText& t, size_t i) {
  if (t.tokens[i].kind == TokenKind::kPunct) {
    std::string_view p = t.Text(i);
    return p != "-" && p != "&" && p != "'";
  }
  if (t.tokens[i].kind == TokenKind::kQuote) return true;
  static constexpr std::string_view kStops[] = {"saying", "but", "while", "whilst", "although",
                                                "because", "which", "who", "adding", "as"};
  for (std::string_view s : kStops) {
    if (t.Is(i, s)) return true;
  }
  return false;
}

bool IsGroupGlue(std::string_view w) {
  return w == "and" || w == "," || w == "or" || w == "both" || w == "other" || w == "the" ||
         w == "Both" || w == "its" || w == "their";
}

void AddUnique(std::vector<int>* v, int x) {
  if (std::find(v->begin(), v->end(), x) == v->end()) v->push_back(x);
}

}  // namespace

std::vector<int> RelationFinder::PhraseBefore(size_t i, size_t sb, size_t* stop) const {
  std::vector<int> actors;
  size_t k = i;
  // "is holding", "were accusing": a progressive auxiliary is stepped over;
  // "was accused" is passive, its subject the target, so "was" stays a stop.
  std::string_view cue = t_.Text(i);
  const bool progressive = cue.size() > 4 && cue.substr(cue.size() - 3) == "ing";
  for (bool more = true; more;) {
    more = false;
    while (k > sb && t_.IsWord(k - 1) && !t_.tokens[k - 1].upper &&
           (IsAdverb(t_.Text(k - 1)) || (progressive && IsBe(t_.Text(k - 1))))) {
      --k;
      more = true;
    }
    more = SkipTimeAdjunct(t_, sb, &k) || more;
  }
  while (k > sb) {
    size_t p = k - 1;
    int m = actors_.mention_at[p];
    if (m >= 0 && !in_quote_[p]) {
      AddUnique(&actors, actors_.mentions[m].actor);
      k = actors_.mentions[m].begin;
    } else if (IsGroupGlue(t_.Text(p)) ||
               (t_.IsWord(p) && lex_.IsPeopleNoun(AsciiLower(t_.Text(p))))) {
      k = p;
    } else {
      break;
    }
  }
  *stop = k;
  std::reverse(actors.begin(), actors.end());
  return actors;
}

std::vector<int> RelationFinder::GroupAfter(size_t b, size_t e) const {
  std::vector<int> actors;
  for (size_t k = b; k < e; ++k) {
    int m = actors_.mention_at[k];
    if (m >= 0) {
      AddUnique(&actors, actors_.mentions[m].actor);
      k = actors_.mentions[m].end - 1;
      continue;
    }
    if (!actors.empty() && !IsGroupGlue(t_.Text(k))) break;
  }
  return actors;
}

bool RelationFinder::Hedged(size_t cue, size_t sb) const {
  for (size_t d = 1; d <= 3 && cue >= sb + d; ++d) {
    size_t p = cue - d;
    if (!t_.IsWord(p)) continue;
    std::string_view w = t_.Text(p);
    if (w.ends_with("n't") || w.ends_with("n\xE2\x80\x99t")) return true;
    PhraseTable::Match m = lex_.cue_phrases().Longest(t_, p, p + 1);
    if (m.value < 0) continue;
    CueKind kind = lex_.cues()[m.value].kind;
    if (kind == CueKind::kNegation || kind == CueKind::kHedge) return true;
  }
  return false;
}

void RelationFinder::SentenceGroups(size_t sb, size_t se, std::vector<Group>* conj,
                                    std::vector<int>* subject) const {
  // Conjunctions: 2+ actor mentions joined by and/or/commas.
  Group g;
  int joined = 0;
  for (size_t k = sb; k < se; ++k) {
    int m = actors_.mention_at[k];
    if (m >= 0 && !in_quote_[k]) {
      AddUnique(&g.actors, actors_.mentions[m].actor);
      k = actors_.mentions[m].end - 1;
      g.end = static_cast<uint32_t>(k + 1);
      continue;
    }
    if (!g.actors.empty() && IsGroupGlue(t_.Text(k))) {
      ++joined;
      continue;
    }
    if (g.actors.size() >= 2 && joined > 0) conj->push_back(g);
    g = Group();
    joined = 0;
  }
  if (g.actors.size() >= 2 && joined > 0) conj->push_back(g);

  // The sentence subject, after an opening phrase such as "In public,".
  size_t s = sb;
  for (size_t k = sb; k < se && k < sb + 6; ++k) {
    if (t_.Is(k, ",")) {
      s = k + 1;
      break;
    }
    if (actors_.mention_at[k] >= 0) break;
  }
  bool people = false;
  std::vector<int> actors;
  for (size_t k = s; k < se; ++k) {
    int m = actors_.mention_at[k];
    if (m >= 0) {
      AddUnique(&actors, actors_.mentions[m].actor);
      k = actors_.mentions[m].end - 1;
    } else if (t_.IsWord(k) && lex_.IsPeopleNoun(AsciiLower(t_.Text(k)))) {
      people = true;
    } else if (!IsGroupGlue(t_.Text(k)) && !lex_.IsFunctionWord(t_.Text(k))) {
      break;
    }
  }
  if (actors.size() >= 2 || (!actors.empty() && people)) *subject = actors;
}

std::vector<FoundRelation> RelationFinder::Find() const {
  std::vector<FoundRelation> out;
  std::vector<int> last_subject;
  std::vector<Group> conj_before;  // conjunctions of earlier sentences
  for (size_t sentence = 0; sentence + 1 < t_.sentence_begin.size(); ++sentence) {
    const size_t sb = t_.sentence_begin[sentence];
    const size_t se = t_.sentence_begin[sentence + 1];
    std::vector<Group> conj;
    std::vector<int> subject;
    SentenceGroups(sb, se, &conj, &subject);
    for (size_t i = sb; i < se; ++i) {
      if (in_quote_[i] || !t_.IsWord(i)) continue;
      size_t para_end = t_.paragraph_begin[t_.tokens[i].paragraph + 1];
      PhraseTable::Match m = lex_.cue_phrases().Longest(t_, i, para_end);
      if (m.value < 0) continue;
      const Cue& cue = lex_.cues()[m.value];
      if (cue.kind != CueKind::kAccuses && cue.kind != CueKind::kDenies) continue;
      const size_t cue_end = i + m.length;
      if (Hedged(i, sb)) continue;
      const std::string_view verb = t_.Text(i);
      const bool progressive = verb.size() > 4 && verb.substr(verb.size() - 3) == "ing";
      if (i > sb && (t_.tokens[i - 1].kind == TokenKind::kPunct ||
                     (!progressive && (IsBe(t_.Text(i - 1)) || t_.Is(i - 1, "be"))))) {
        continue;  // passive: "-- blamed for", "was accused of"; not "is accusing"
      }
      size_t stop = i;
      std::vector<int> sources = PhraseBefore(i, sb, &stop);
      double confidence = 0.8;
      size_t p = i;  // the word before the cue, adverbs skipped
      while (p > sb && t_.IsWord(p - 1) && IsAdverb(t_.Text(p - 1))) --p;
      if (sources.empty() && p > sb) {
        stop = p;
        std::string_view w = t_.Text(stop - 1);
        confidence = 0.6;
        if (w == "they" || w == "They") {
          for (const Group& g : conj) {
            if (g.end <= stop - 1) sources = g.actors;
          }
          if (sources.empty()) sources = last_subject;
        } else if (w == "both" || w == "Both") {
          for (const Group& g : conj) {
            if (g.end <= stop - 1) sources = g.actors;
          }
          if (sources.empty() && !conj_before.empty()) sources = conj_before.back().actors;
        }
      }
      if (sources.empty()) continue;
      size_t clause_end = cue_end;
      while (clause_end < se && !IsClauseEnd(t_, clause_end)) ++clause_end;
      std::vector<int> targets;
      if (cue.kind == CueKind::kAccuses) {
        size_t limit = clause_end;
        if (!cue.object_before.empty()) {
          limit = cue_end;
          while (limit < clause_end && AsciiLower(t_.Text(limit)) != cue.object_before) ++limit;
          if (limit == clause_end) continue;
        }
        targets = GroupAfter(cue_end, limit);
        if (targets.empty()) continue;
      } else {
        for (size_t k = cue_end; k + 1 < clause_end; ++k) {
          if (t_.Is(k, "by") || t_.Is(k, "from")) {
            targets = GroupAfter(k + 1, clause_end);
            break;
          }
        }
        if (targets.empty()) targets.push_back(-1);
      }
      RelationType type =
          cue.kind == CueKind::kAccuses ? RelationType::kAccuses : RelationType::kDenies;
      for (int s : sources) {
        for (int tg : targets) {
          if (s == tg) continue;
          out.push_back({type, s, tg, static_cast<uint32_t>(sentence), static_cast<uint32_t>(i),
                         static_cast<uint32_t>(cue_end), confidence});
        }
      }
      i = cue_end - 1;
    }
    if (!subject.empty()) last_subject = subject;
    for (Group& g : conj) conj_before.push_back(std::move(g));
  }
  return out;
}

}  // namespace actorgraph
