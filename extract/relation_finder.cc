#include "extract/relation_finder.h"

#include <algorithm>
#include <unordered_map>

#include "extract/attribution_text.h"
#include "extract/speaker_attribution.h"
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

bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// A document that speaks for its publisher ("X's report accused").
bool IsDocumentNoun(std::string_view w) {
  return OneOf(w, {"report", "statement", "study", "letter", "complaint", "lawsuit",
                   "investigation", "inquiry", "probe", "audit", "review", "communique",
                   "editorial", "resolution", "indictment", "ruling", "survey"});
}

// What a denial answers: "rejected X's accusations".
bool IsClaimNoun(std::string_view w) {
  return OneOf(w, {"accusation", "accusations", "allegation", "allegations", "claim", "claims",
                   "charge", "charges", "report", "reports", "criticism", "assertion",
                   "assertions", "suggestion", "suggestions"});
}

RelationType TypeOf(CueKind kind) {
  switch (kind) {
    case CueKind::kDenies: return RelationType::kDenies;
    case CueKind::kCriticizes: return RelationType::kCriticizes;
    default: return RelationType::kAccuses;
  }
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

std::vector<int> RelationFinder::GroupAfterWord(size_t b, size_t e,
                                                std::initializer_list<std::string_view> words,
                                                size_t* at) const {
  for (size_t k = b; k + 1 < e; ++k) {
    if (!t_.IsWord(k) || !OneOf(t_.Text(k), words)) continue;
    const size_t end = std::min(e, k + 1 + kMaxObjectWords + 4);
    std::vector<int> g = GroupAfter(k + 1, end);
    if (!g.empty()) {
      // Its first mention: words may come before it ("by the United States").
      size_t first = k + 1;
      while (actors_.mention_at[first] < 0) ++first;
      *at = first;
      return g;
    }
  }
  return {};
}

bool RelationFinder::Conditional(size_t cue, size_t sb) const {
  for (size_t k = cue; k-- > sb;) {
    if (t_.Is(k, ",") || t_.Is(k, ";")) return false;
    if (t_.IsWord(k) && OneOf(AsciiLower(t_.Text(k)), {"if", "unless", "whether"})) return true;
  }
  return false;
}

std::vector<int> RelationFinder::SourceBefore(size_t i, size_t sb, const std::vector<Group>& conj,
                                              const std::vector<int>& last_subject,
                                              const std::vector<Group>& conj_before,
                                              double* confidence, uint32_t* name_b,
                                              uint32_t* name_e) const {
  size_t p = i;  // the word before the cue, adverbs skipped
  while (p > sb && t_.IsWord(p - 1) && IsAdverb(t_.Text(p - 1))) --p;
  // A participle after a comma has no subject of its own (below); the comma
  // is no list of subjects.
  const bool participle = p > sb && t_.Is(p - 1, ",") && t_.Text(i).ends_with("ing");
  size_t stop = i;
  std::vector<int> sources;
  if (!participle) sources = PhraseBefore(i, sb, &stop);
  *confidence = 0.8;
  if (!sources.empty()) {
    *name_b = static_cast<uint32_t>(stop);
    *name_e = static_cast<uint32_t>(p);
    return sources;
  }
  if (p <= sb) return sources;
  *confidence = 0.6;
  const std::string_view w = t_.Text(p - 1);
  *name_b = static_cast<uint32_t>(p - 1);
  *name_e = static_cast<uint32_t>(p);
  if ((w == "it" || w == "they") && p >= sb + 2 && t_.IsWord(p - 2)) {
    // "X indicated it deplored Y", "X said they would blame Y": a pronoun
    // right after a verb of saying is that verb's subject.
    PhraseTable::Match said = lex_.cue_phrases().Longest(t_, p - 2, p - 1);
    if (said.value >= 0 && (lex_.cues()[said.value].kind == CueKind::kSpeech ||
                            lex_.cues()[said.value].kind == CueKind::kReported)) {
      size_t stop = p - 2;
      sources = PhraseBefore(p - 2, sb, &stop);
      if (!sources.empty()) return sources;
    }
  }
  if (w == "they" || w == "They") {
    for (const Group& g : conj) {
      if (g.end <= p - 1) sources = g.actors;
    }
    if (sources.empty()) sources = last_subject;
  } else if (w == "both" || w == "Both") {
    for (const Group& g : conj) {
      if (g.end <= p - 1) sources = g.actors;
    }
    if (sources.empty() && !conj_before.empty()) sources = conj_before.back().actors;
  } else if (w == "he" || w == "He" || w == "she" || w == "She") {
    int a = ResolvePronoun(actors_, in_quote_, w, p - 1);
    if (a >= 0) sources.push_back(a);
  } else if (w == "who" && p >= sb + 3 && t_.Is(p - 2, ",") && actors_.mention_at[p - 3] >= 0) {
    // "X, who accused Y of ...": the actor before the relative clause.
    const ActorMention& m = actors_.mentions[actors_.mention_at[p - 3]];
    sources.push_back(m.actor);
    *name_b = m.begin;
    *name_e = m.end;
  } else if (participle || w == "and") {
    // "X hit back on Monday, accusing Y of ...", "X met Y and accused Z":
    // the participle or coordinated verb shares the sentence's subject;
    // a participle does not when a verb of saying opens another clause
    // before it ("X said a shareholder sued it, alleging ...": the
    // shareholder alleges), a coordinated verb does ("X said ... and
    // accused Y").
    for (size_t k = sb; participle && k < p; ++k) {
      PhraseTable::Match said = lex_.cue_phrases().Longest(t_, k, p);
      if (said.value >= 0 && lex_.cues()[said.value].kind == CueKind::kSpeech) return sources;
    }
    size_t k = sb;
    while (k < p && t_.IsWord(k) && lex_.IsFunctionWord(t_.Text(k))) ++k;
    if (k < p && actors_.mention_at[k] >= 0) {
      const ActorMention& m = actors_.mentions[actors_.mention_at[k]];
      sources.push_back(m.actor);
      *name_b = m.begin;
      *name_e = m.end;
      *confidence = 0.6;
    } else if (k < p && t_.IsWord(k) && (t_.Is(k, "He") || t_.Is(k, "She"))) {
      int a = ResolvePronoun(actors_, in_quote_, t_.Text(k), k);
      if (a >= 0) sources.push_back(a);
      *name_b = static_cast<uint32_t>(k);
      *name_e = static_cast<uint32_t>(k + 1);
    }
  } else if (t_.IsWord(p - 1) && IsDocumentNoun(AsciiLower(w))) {
    // "X's report accused" / "the X report accused".
    size_t k = p - 1;
    while (k > sb && t_.IsWord(k - 1) && !t_.tokens[k - 1].upper &&
           !lex_.IsFunctionWord(t_.Text(k - 1)) && k + 3 > p) {
      --k;  // "annual", "new": a few lowercase modifiers
    }
    if (k > sb && t_.tokens[k - 1].kind == TokenKind::kPossessive) --k;
    if (k > sb && actors_.mention_at[k - 1] >= 0) {
      const ActorMention& m = actors_.mentions[actors_.mention_at[k - 1]];
      sources.push_back(m.actor);
      *name_b = m.begin;
      *name_e = m.end;
      *confidence = 0.7;
    }
  } else if (t_.Is(p - 1, ",")) {
    // "X, a former envoy at Y, accused": the actor before the apposition.
    for (size_t k = p - 1; k-- > sb && k + kMaxObjectWords + 6 > p;) {
      if (!t_.Is(k, ",")) continue;
      if (k > sb && actors_.mention_at[k - 1] >= 0) {
        const ActorMention& m = actors_.mentions[actors_.mention_at[k - 1]];
        if (m.end == k) {
          sources.push_back(m.actor);
          *name_b = m.begin;
          *name_e = m.end;
          *confidence = 0.7;
        }
      }
      break;
    }
  }
  return sources;
}

std::vector<FoundRelation> RelationFinder::Find() const {
  std::vector<FoundRelation> out;
  std::vector<int> last_subject;
  std::vector<Group> conj_before;  // conjunctions of earlier sentences
  auto emit = [&](RelationType type, const std::vector<int>& sources,
                  const std::vector<int>& targets, size_t sentence, size_t cue_b, size_t cue_e,
                  double confidence, uint32_t name_b, uint32_t name_e) {
    for (int s : sources) {
      for (int tg : targets) {
        if (s == tg) continue;
        // Each source named within the phrase: its own mention when it has one there.
        uint32_t nb = name_b, ne = name_e;
        for (uint32_t k = name_b; k < name_e; ++k) {
          int m = actors_.mention_at[k];
          if (m >= 0 && actors_.mentions[m].actor == s) {
            nb = actors_.mentions[m].begin;
            ne = actors_.mentions[m].end;
            break;
          }
        }
        out.push_back({type, s, tg, static_cast<uint32_t>(sentence), static_cast<uint32_t>(cue_b),
                       static_cast<uint32_t>(cue_e), confidence, nb, ne});
      }
    }
  };
  for (size_t sentence = 0; sentence + 1 < t_.sentence_begin.size(); ++sentence) {
    const size_t sb = t_.sentence_begin[sentence];
    const size_t se = t_.sentence_begin[sentence + 1];
    std::vector<Group> conj;
    std::vector<int> subject;
    SentenceGroups(sb, se, &conj, &subject);
    // A question asks; it does not accuse ("Did Norway blame Russia?").
    bool question = false;
    for (size_t k = se; k-- > sb && !question;) {
      if (t_.tokens[k].kind == TokenKind::kQuote || in_quote_[k]) continue;
      if (t_.tokens[k].kind != TokenKind::kPunct) break;
      question = t_.Is(k, "?");
    }
    // Only a sentence saying "responsible" or "blame" can hold a reported
    // accusation (ReportedResponsibility).
    bool responsibility = false;
    for (size_t k = sb; k < se && !responsibility; ++k) {
      responsibility = t_.Is(k, "responsible") || t_.Is(k, "blame");
    }
    for (size_t i = sb; i < se && !question; ++i) {
      if (in_quote_[i] || !t_.IsWord(i)) continue;
      size_t para_end = t_.paragraph_begin[t_.tokens[i].paragraph + 1];
      PhraseTable::Match m = lex_.relation_phrases().Longest(t_, i, para_end);
      if (m.value < 0) {
        if (responsibility) ReportedResponsibility(i, sb, se, sentence, &out);
        continue;
      }
      const Cue& cue = lex_.cues()[m.value];
      const size_t cue_end = i + m.length;
      const RelationType type = TypeOf(cue.kind);
      if (Hedged(i, sb) || Conditional(i, sb)) {
        i = cue_end - 1;
        continue;
      }
      size_t clause_end = cue_end;
      while (clause_end < se && !IsClauseEnd(t_, clause_end)) ++clause_end;

      if (cue.object_before == "noun") {
        // "accusations by Y against X", "Y's criticism of X", "Y's denial".
        std::vector<int> sources;
        uint32_t nb = 0, ne = 0;
        size_t at = 0;
        if (i >= sb + 2 && t_.tokens[i - 1].kind == TokenKind::kPossessive &&
            actors_.mention_at[i - 2] >= 0) {
          const ActorMention& am = actors_.mentions[actors_.mention_at[i - 2]];
          sources.push_back(am.actor);
          nb = am.begin;
          ne = am.end;
        } else if (std::vector<int> g = GroupAfterWord(cue_end, std::min(clause_end, cue_end + 2),
                                                        {"by", "from"}, &at);
                   !g.empty()) {
          sources = g;
          nb = static_cast<uint32_t>(at);
          ne = static_cast<uint32_t>(actors_.mentions[actors_.mention_at[at]].end);
        }
        if (sources.empty()) {
          i = cue_end - 1;
          continue;
        }
        std::vector<int> targets;
        if (type != RelationType::kDenies) {
          targets = GroupAfterWord(cue_end, clause_end, {"against", "of", "that", "on"}, &at);
        }
        if (targets.empty()) {
          if (type != RelationType::kDenies) {
            i = cue_end - 1;
            continue;
          }
          targets.push_back(-1);
        }
        emit(type, sources, targets, sentence, i, cue_end, 0.6, nb, ne);
        i = cue_end - 1;
        continue;
      }
      if (!cue.object_before.empty() && cue.object_before != "of" &&
          cue.object_before != "responsible") {
        continue;
      }

      // Passive: "X was accused by Y", "X has been sharply criticized by Y".
      size_t p = i;  // before adverbs: "was heavily and unjustly criticized"
      while (p > sb && t_.IsWord(p - 1) && !IsBe(t_.Text(p - 1)) &&
             (IsAdverb(t_.Text(p - 1)) ||
              (t_.Is(p - 1, "and") && p - 1 > sb && IsAdverb(t_.Text(p - 2))))) {
        --p;
      }
      const std::string_view verb = t_.Text(i);
      const bool progressive = verb.size() > 4 && verb.ends_with("ing");
      if (p > sb && !progressive && (IsBe(t_.Text(p - 1)) || t_.Is(p - 1, "be") ||
                                     t_.Is(p - 1, "being"))) {
        size_t at = 0;
        std::vector<int> agents = GroupAfterWord(cue_end, clause_end, {"by"}, &at);
        size_t stop = p - 1;
        std::vector<int> patients = PhraseBefore(p - 1, sb, &stop);
        if (!agents.empty()) {
          if (patients.empty() && type == RelationType::kDenies) patients.push_back(-1);
          emit(type, agents, patients, sentence, i, cue_end, 0.7, static_cast<uint32_t>(at),
               static_cast<uint32_t>(actors_.mentions[actors_.mention_at[at]].end));
        }
        i = cue_end - 1;
        continue;
      }
      if (i > sb && t_.tokens[i - 1].kind == TokenKind::kPunct && !t_.Is(i - 1, ",")) {
        continue;  // "-- blamed for"
      }
      double confidence = 0.8;
      uint32_t name_b = 0, name_e = 0;
      std::vector<int> sources = SourceBefore(i, sb, conj, last_subject, conj_before, &confidence,
                                              &name_b, &name_e);
      if (sources.empty()) continue;
      std::vector<int> targets;
      if (type != RelationType::kDenies) {
        size_t limit = clause_end;
        if (!cue.object_before.empty()) {
          limit = cue_end;
          while (limit < clause_end && AsciiLower(t_.Text(limit)) != cue.object_before) ++limit;
          if (limit == clause_end) continue;
        } else {
          // The target is in the object, not in a clause about it:
          // "denounced press reports that his wife ..." names no target.
          for (size_t k = cue_end + 1; k < limit; ++k) {
            if (t_.Is(k, "that") || t_.Is(k, "which") || t_.Is(k, "who")) {
              limit = k;
              break;
            }
          }
        }
        // An apposition names the object: "accused the North's leader,
        // Kim Jong Un, of ..." (a common noun before the comma, a name
        // between commas after it).
        if (limit == clause_end && limit + 2 < se && t_.Is(limit, ",") && limit > cue_end &&
            t_.IsWord(limit - 1) && !t_.tokens[limit - 1].upper &&
            actors_.mention_at[limit - 1] < 0 && actors_.mention_at[limit + 1] >= 0) {
          const ActorMention& am = actors_.mentions[actors_.mention_at[limit + 1]];
          if (am.begin == limit + 1 && am.end < se && t_.Is(am.end, ",")) {
            targets.push_back(am.actor);
          }
        }
        if (targets.empty()) targets = GroupAfter(cue_end, limit);
        // An object that names no actor ("blamed the new law", "accused the
        // audience of ...") still makes an accusation, with no target.
        if (targets.empty() && limit > cue_end && t_.IsWord(cue_end)) targets.push_back(-1);
        if (targets.empty()) continue;
      } else {
        size_t at = 0;
        targets = GroupAfterWord(cue_end, clause_end, {"by", "from"}, &at);
        for (size_t k = cue_end; targets.empty() && k + 2 < clause_end; ++k) {
          // "denied Norway's accusations"
          if (actors_.mention_at[k] < 0) continue;
          const ActorMention& am = actors_.mentions[actors_.mention_at[k]];
          if (am.end + 1 < clause_end && t_.tokens[am.end].kind == TokenKind::kPossessive &&
              IsClaimNoun(AsciiLower(t_.Text(am.end + 1)))) {
            targets.push_back(am.actor);
          }
          k = am.end - 1;
        }
        if (targets.empty()) targets.push_back(-1);
      }
      emit(type, sources, targets, sentence, i, cue_end, confidence, name_b, name_e);
      i = cue_end - 1;
    }
    if (!subject.empty()) last_subject = subject;
    for (Group& g : conj) conj_before.push_back(std::move(g));
  }
  LinkDenials(&out);
  return out;
}

void RelationFinder::ReportedResponsibility(size_t i, size_t sb, size_t se, size_t sentence,
                                            std::vector<FoundRelation>* out) const {
  // "Y said (that) X was responsible for ..." / "... X is to blame": at a
  // verb of saying (kind speech), a clause whose subject is an actor group
  // and whose predicate is "responsible" or "to blame".
  if (!t_.IsWord(i)) return;
  size_t para_end = t_.paragraph_begin[t_.tokens[i].paragraph + 1];
  PhraseTable::Match m = lex_.cue_phrases().Longest(t_, i, para_end);
  if (m.value < 0 || lex_.cues()[m.value].kind != CueKind::kSpeech) return;
  if (Hedged(i, sb) || Conditional(i, sb)) return;
  size_t k = i + m.length;
  if (t_.Is(k, "that")) ++k;
  std::vector<int> accused = GroupAfter(k, std::min(se, k + 8));
  if (accused.empty() || actors_.mention_at[k] < 0) return;
  size_t e = k;
  while (e < se && (actors_.mention_at[e] >= 0 || IsGroupGlue(t_.Text(e)))) ++e;
  if (e + 1 >= se || !(IsBe(t_.Text(e)) || t_.Is(e, "be"))) return;
  size_t pred = e + 1;
  if (t_.Is(pred, "not") || t_.Is(pred, "never")) return;
  while (pred < se && t_.IsWord(pred) && IsAdverb(t_.Text(pred))) ++pred;
  const bool responsible = t_.Is(pred, "responsible") ||
                           (t_.Is(pred, "to") && pred + 1 < se && t_.Is(pred + 1, "blame"));
  if (!responsible) return;
  double confidence = 0.7;
  uint32_t name_b = 0, name_e = 0;
  std::vector<Group> none;
  std::vector<int> sources = SourceBefore(i, sb, none, {}, none, &confidence, &name_b, &name_e);
  for (int s : sources) {
    for (int a : accused) {
      if (s == a) continue;
      out->push_back({RelationType::kAccuses, s, a, static_cast<uint32_t>(sentence),
                      static_cast<uint32_t>(pred), static_cast<uint32_t>(pred + 1), 0.6, name_b,
                      name_e});
    }
  }
}

void RelationFinder::LinkDenials(std::vector<FoundRelation>* out) const {
  // A denial with no named accuser answers the accusation or criticism of
  // the denier earlier in the document, when one actor made them all; after
  // several accusers ("Both deny any involvement") it keeps no target, and
  // the graph draws it to each of them (graph/graph_view.h).
  // An accusation in the denial's own sentence comes first ("X blamed Y,
  // which Y denied").
  constexpr int kSeveral = -2;
  std::unordered_map<int, int> accuser_of;  // actor -> its one accuser so far, or kSeveral
  for (size_t d = 0; d < out->size(); ++d) {
    FoundRelation& r = (*out)[d];
    if (r.type != RelationType::kDenies) {
      if (r.target < 0) continue;
      auto [it, added] = accuser_of.emplace(r.target, r.source);
      if (!added && it->second != r.source) it->second = kSeveral;
    } else if (r.target < 0) {
      for (size_t a = d; a-- > 0 && (*out)[a].sentence == r.sentence;) {
        const FoundRelation& same = (*out)[a];
        if (same.type != RelationType::kDenies && same.target == r.source) {
          r.target = same.source;
          break;
        }
      }
      auto it = accuser_of.find(r.source);
      if (r.target < 0 && it != accuser_of.end() && it->second != kSeveral) {
        r.target = it->second;
      }
    }
  }
}

}  // namespace actorgraph
