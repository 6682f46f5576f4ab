// ActorBuilder: builds the ActorTable of one document (ActorFinder::Find).
// Internal to extract/: actor_finder.cc holds the runs of capitalised
// words, known names and person cues; name_typing.cc types the names left
// over by their context (sports results, datelines, headlines, defaults).
#ifndef ACTORGRAPH_EXTRACT_ACTOR_BUILDER_H_
#define ACTORGRAPH_EXTRACT_ACTOR_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/actor_finder.h"
#include "extract/lexicons.h"
#include "extract/name_tagger.h"
#include "extract/tokenizer.h"

namespace actorgraph {

// Builds the ActorTable of one document. Single use.
// actor_finder.cc finds names in runs of capitalised words; name_typing.cc
// types names by their context (sports results, datelines, headlines,
// defaults).
class ActorBuilder {
 public:
  // `names`: the trained tagger's names (empty without a tagger).
  ActorBuilder(const Lexicons& lex, const TokenizedText& t, std::vector<NameSpan> names = {})
      : lex_(lex), t_(t), names_(std::move(names)) {
    excluded_.assign(t.tokens.size(), false);
  }

  ActorTable Run();

 private:
  struct Candidate {
    uint32_t begin;
    uint32_t end;
  };

  size_t ParagraphEnd(size_t i) const { return t_.paragraph_begin[t_.tokens[i].paragraph + 1]; }
  bool UpperWord(size_t i) const {
    return i < t_.tokens.size() && t_.tokens[i].kind == TokenKind::kWord && t_.tokens[i].upper &&
           !excluded_[i];
  }
  std::string_view SpanText(size_t b, size_t e) const {
    return t_.text.substr(t_.tokens[b].start, t_.tokens[e - 1].end - t_.tokens[b].start);
  }
  bool SameParagraph(size_t a, size_t b) const {
    return b < t_.tokens.size() && t_.tokens[a].paragraph == t_.tokens[b].paragraph;
  }

  // True when token i starts a sentence or follows an opening quotation
  // mark, bracket, colon or dash: capitalisation there says nothing.
  bool SentenceInitial(size_t i) const;
  // A capitalised word that is a common lowercase word ("Trailing"), and
  // not also a proper noun ("Reading", "Smith").
  bool CommonWord(size_t i) const;
  // True when token i is a number in the same paragraph as token i - 1:
  // "Kestrel 3 Alder Rovers 1", "Nordland 214 and 80-3".
  // Not a date, nor a quantity ("Kestrel 56 miles").
  bool ScoreAt(size_t i) const;
  // A score after the name ("Nordland 214"), "v" before it, or, for a
  // `place` name, a match verb next to it ("Nordland beat Alderby").
  bool TeamContext(size_t b, size_t e, bool place) const;
  // A sports team named after a place ("Nordland 214"): an organisation,
  // and the place name is the team everywhere in the document.
  int TeamActor(size_t b, size_t e);
  // The stop of an initial the tokenizer split off: "A. Quill".
  bool IsInitialStop(size_t j) const {
    return t_.Is(j, ".") && j > 0 && t_.tokens[j - 1].end == t_.tokens[j].start &&
           t_.tokens[j - 1].end - t_.tokens[j - 1].start == 1 && t_.tokens[j - 1].upper;
  }
  void MarkExcluded();
  void FindDatelines();
  // Names in all-caps headlines: a name the body has ("KESTREL" for
  // "Kestrel"), or a country.
  void ResolveHeadlines();
  void AddPerson(const Candidate& c, Gender gender);
  bool ResolveKnown(const Candidate& c);
  bool Guess(const Candidate& c);
  void ProcessRun(size_t a, size_t b);
  // Returns the end of the organisation starting at i, or 0.
  size_t OrgHeadEnd(size_t i, size_t b) const;
  bool TitleBefore(size_t s, Gender* gender) const;
  bool SpeechCueAt(size_t i) const;
  // "Minpeco S.A. Said.", "The U.S. Said it ...": a verb of saying that a
  // wire capitalised after an abbreviation's stop. It ends any name.
  bool WireCue(size_t j) const;
  bool SpeechCueEndsAt(size_t end) const;
  // A speech cue or an apposition next to the name: "Ada Quill said",
  // "said Ada Quill", "Ada Quill, a former ...".
  bool PersonContext(size_t b, size_t e) const;
  // A lowercase org follower at token e, in the paragraph of e - 1:
  // "Kestrel shares".
  bool OrgFollowerAt(size_t e) const {
    return e < t_.tokens.size() && SameParagraph(e - 1, e) && t_.IsWord(e) &&
           !t_.tokens[e].upper && lex_.IsOrgFollower(t_.Text(e));
  }
  void DecideCandidate(const Candidate& c);
  // Reconciles the rules' mentions with the tagger's names (tagged_names.cc).
  void MergeTaggedNames();
  // A tagged MISC name that is a people ("Kurds", "Palestinians").
  bool People(const NameSpan& s) const;
  // "the North" after North Korea is named.
  void ShortCountryNames();
  // The actor of a tagged name the rules did not find.
  int TaggedActor(const NameSpan& s);

  // How sure the rules are of a mention, for MergeTaggedNames: kLexicon for
  // a lexicon actor (country, subdivision, known organisation); kCertain for
  // organisation heads, organisation and place shapes, a word after a name
  // that makes it an organisation ("Kestrel shares"), defined acronyms,
  // titled persons and datelines; kGuess for a default of context typing
  // (Guess, one sense per document, a team by its score); kRule otherwise.
  enum class MentionSource : uint8_t { kGuess, kRule, kCertain, kLexicon };
  // Sets the source of the mentions added while it lives.
  class Sourced {
   public:
    Sourced(ActorBuilder* b, MentionSource s) : b_(b), saved_(b->source_) { b->source_ = s; }
    ~Sourced() { b_->source_ = saved_; }

   private:
    ActorBuilder* b_;
    MentionSource saved_;
  };

  int ActorFor(const std::string& id, std::string_view name, ActorType type);
  void AddMention(size_t b, size_t e, int actor) { AddMention(b, e, actor, source_); }
  void AddMention(size_t b, size_t e, int actor, MentionSource source);

  const Lexicons& lex_;
  const TokenizedText& t_;
  std::vector<NameSpan> names_;
  std::vector<bool> excluded_;
  ActorTable table_;
  std::vector<MentionSource> source_of_;  // per mention
  MentionSource source_ = MentionSource::kRule;
  std::unordered_map<std::string, int> by_id_;
  std::unordered_map<std::string, int> doc_alias_;  // acronym -> actor
  std::unordered_map<std::string, int> surname_;    // -1 when ambiguous
  std::unordered_map<std::string, int> full_name_;
  std::vector<Candidate> pending_;
  std::unordered_map<std::string_view, int> teams_;  // place name -> team
  std::vector<bool> dateline_;                        // per paragraph
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_ACTOR_BUILDER_H_
