// Reported (indirect) speech: the reported clause, its speaker as written
// and its cue.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/extract_fixture.h"

namespace actorgraph {
namespace {

struct ReportedCase {
  const char* text;
  const char* clause;        // expected text of the first indirect quote; "" for none
  const char* speaker_text;  // the speaker mention as written
  const char* cue;
};

// Reported speech with no quoted words (a reported clause holding a
// quotation is tested with the quotations, in direct_quote_test.cc).
const Quote* FirstIndirect(const DocumentFacts& f) {
  for (const Quote& q : f.quotes) {
    if (!q.direct && q.fragments.empty()) return &q;
  }
  return nullptr;
}

void Check(const ReportedCase& c) {
  DocumentFacts f = TestExtractor().Extract("t", c.text);
  const Quote* q = FirstIndirect(f);
  if (*c.clause == '\0') {
    EXPECT_EQ(q, nullptr) << "input: " << c.text << "\n" << DescribeQuotes(f);
    return;
  }
  ASSERT_NE(q, nullptr) << "input: " << c.text << "\n" << DescribeQuotes(f);
  EXPECT_EQ(q->text, c.clause) << "input: " << c.text << "\n" << DescribeQuotes(f);
  EXPECT_EQ(q->speaker_text, c.speaker_text) << "input: " << c.text << "\n" << DescribeQuotes(f);
  EXPECT_EQ(q->cue, c.cue) << "input: " << c.text << "\n" << DescribeQuotes(f);
  std::string text(c.text);
  EXPECT_EQ(text.substr(q->span.start, q->span.end - q->span.start), q->text)
      << "input: " << c.text;
}

TEST(ReportedSpeech, SaidThatAndAccordingTo) {
  const ReportedCase cases[] = {
      // The complementizer belongs to the clause, as in PolNeAR.
      {"Ada Quill said that the harbour would close in March.",
       "that the harbour would close in March", "Ada Quill", "said"},
      {"Ada Quill said the harbour would close in March.", "the harbour would close in March",
       "Ada Quill", "said"},
      {"According to Ada Quill, the harbour will close in March.",
       "the harbour will close in March", "Ada Quill", "According to"},
      // A, according to X, B: the whole sentence.
      {"The harbour, according to Fisheries Minister Ada Quill, will close in March.",
       "The harbour, according to Fisheries Minister Ada Quill, will close in March",
       "Fisheries Minister Ada Quill", "according to"},
      // The last clause before a postposed "according to".
      {"The wall cost more than planned, which angered the fishermen, according to the port "
       "board.",
       "which angered the fishermen", "the port board", "according to"},
      {"The harbour will close in March, according to Fisheries Minister Ada "
       "Quill.",
       "The harbour will close in March", "Fisheries Minister Ada Quill", "according to"},
  };
  for (const ReportedCase& c : cases) Check(c);
}

TEST(ReportedSpeech, SpeakerIsTheLocalMention) {
  const ReportedCase cases[] = {
      // Unnamed and collective subjects are speakers as written.
      {"Harbour officials said the ferry would stop running in winter.",
       "the ferry would stop running in winter", "Harbour officials", "said"},
      {"Some fishermen say the quotas are far too low.", "the quotas are far too low",
       "Some fishermen", "say"},
      // A pronoun is the mention, even when it resolves to a person.
      {"Ada Quill spoke at the port. She said the nets were empty again.",
       "the nets were empty again", "She", "said"},
      // A relative pronoun is the mention.
      {"The plan angered Bo Lind, who said it would ruin the small boats.",
       "it would ruin the small boats", "who", "said"},
      // An apposition between subject and cue is skipped.
      {"Bo Lind, a trawler captain from the north, said the fish had moved further out.",
       "the fish had moved further out", "Bo Lind", "said"},
      // Several commas: the person before them is the subject.
      {"Senator Bo Lind, facing a hard race in Norland, a coastal state, said the wall would wait.",
       "the wall would wait", "Bo Lind", "said"},
      // A party tag in parentheses is skipped.
      {"Senator Bo Lind (R-Md.) said the wall would wait.", "the wall would wait", "Bo Lind",
       "said"},
      // Auxiliaries and adverbs between subject and cue.
      {"Ada Quill has also said the harbour needs a new wall.", "the harbour needs a new wall",
       "Ada Quill", "said"},
  };
  for (const ReportedCase& c : cases) Check(c);
}

TEST(ReportedSpeech, ClauseBeforeTheCue) {
  const ReportedCase cases[] = {
      {"The harbour will close in March, Ada Quill said.", "The harbour will close in March",
       "Ada Quill", "said"},
      {"The harbour will close in March, said Ada Quill, the fisheries minister.",
       "The harbour will close in March", "Ada Quill", "said"},
      {"The harbour will close in March, officials said on Monday.",
       "The harbour will close in March", "officials", "said"},
      {"The harbour will close in March, two senior harbour officials said.",
       "The harbour will close in March", "two senior harbour officials", "said"},
      // A parenthetical cue: the whole sentence is reported.
      {"If the storms continue, Ada Quill said, the harbour will close.",
       "If the storms continue, Ada Quill said, the harbour will close", "Ada Quill", "said"},
  };
  for (const ReportedCase& c : cases) Check(c);
}

TEST(ReportedSpeech, ClauseAfterTimePhrasesAndListeners) {
  const ReportedCase cases[] = {
      {"Ada Quill told reporters the harbour would close in March.",
       "the harbour would close in March", "Ada Quill", "told"},
      {"The harbour will close in March, a port official told The Coast Herald.",
       "The harbour will close in March", "a port official", "told"},
      {"Ada Quill told The Coast Herald the harbour would close in March.",
       "the harbour would close in March", "Ada Quill", "told"},
      {"The harbour will close in March, Ada Quill told a fisheries panel on Wednesday.",
       "The harbour will close in March", "Ada Quill", "told"},
      {"Ada Quill told reporters this was the last season.", "this was the last season",
       "Ada Quill", "told"},
      // An adverb in -ly between subject and cue.
      {"Ada Quill subsequently said the harbour would close in March.",
       "the harbour would close in March", "Ada Quill", "said"},
      {"In the survey, 47% say the harbour should stay open.", "the harbour should stay open",
       "47%", "say"},
      {"Ada Quill said on Tuesday that the harbour would close in March.",
       "that the harbour would close in March", "Ada Quill", "said"},
      {"Ada Quill said Tuesday night the harbour would close in March.",
       "the harbour would close in March", "Ada Quill", "said"},
      // A time phrase between subject and cue is not the speaker.
      {"Ada Quill on Tuesday said the harbour would close in March.",
       "the harbour would close in March", "Ada Quill", "said"},
      {"Ada Quill last week said the harbour would close in March.",
       "the harbour would close in March", "Ada Quill", "said"},
      // An object cue's "that" is a relative pronoun inside its object.
      {"Fernland on Tuesday accused Alderia of cutting a cable that links the islands.",
       "Alderia of cutting a cable that links the islands", "Fernland", "accused"},
  };
  for (const ReportedCase& c : cases) Check(c);
}

TEST(ReportedSpeech, ReportingVerbsAndInfinitives) {
  const ReportedCase cases[] = {
      {"The ministry announced that the harbour would close in March.",
       "that the harbour would close in March", "The ministry", "announced"},
      {"A survey of skippers found that most boats were losing money.",
       "that most boats were losing money", "skippers", "found"},
      // "found" (marked "that" in cues.txt) needs a that-clause.
      {"Bo Lind found himself in a long dispute with the harbour board.", "", "", ""},
      {"Bo Lind pointed out that the wall had cost twice the estimate.",
       "that the wall had cost twice the estimate", "Bo Lind", "pointed out"},
      // Cues marked "to" in cues.txt take an infinitive clause.
      {"Ada Quill declined to comment on the new quotas.", "to comment on the new quotas",
       "Ada Quill", "declined"},
      {"Ada Quill urged fishermen to stay in port.", "fishermen to stay in port", "Ada Quill",
       "urged"},
  };
  for (const ReportedCase& c : cases) Check(c);
}

TEST(ReportedSpeech, ClauseEndsBeforeAContrastOrAnotherCue) {
  const ReportedCase cases[] = {
      {"Ada Quill said the harbour would close, but the ferry would keep running.",
       "the harbour would close", "Ada Quill", "said"},
      {"While harbour officials say the wall is safe, the fishermen are not convinced.",
       "the wall is safe", "officials", "say"},
      {"Ada Quill said the harbour would close and Bo Lind said it would not.",
       "the harbour would close", "Ada Quill", "said"},
      // The speaker's next verb of saying, right after the conjunction.
      {"Ada Quill said the harbour would close and said that the boats could wait.",
       "the harbour would close", "Ada Quill", "said"},
      // A relative clause after a comma describes the last noun.
      {"Ada Quill said the board had approved the permits, which cost a fortune.",
       "the board had approved the permits", "Ada Quill", "said"},
      // Another reporting verb after a subject is part of what was said.
      {"Ada Quill said states like Norway and Sweden will clarify the rules first.",
       "states like Norway and Sweden will clarify the rules first", "Ada Quill", "said"},
      // A "that" inside the clause is no complementizer of the cue.
      {"Ada Quill said she weighed how that would play with the fishermen.",
       "she weighed how that would play with the fishermen", "Ada Quill", "said"},
      // Wire-copy marks are quotation marks (tokenizer.h): a clause holding
      // them is a mixed direct quote, not reported speech.
      {"Ada Quill said the harbour was ''finished'' for the winter.", "", "", ""},
      {"Ada Quill said the harbour was ''finished for good.''", "", "", ""},
  };
  for (const ReportedCase& c : cases) Check(c);
}

TEST(ReportedSpeech, ParticiplesAndCoordinatedCuesTakeTheSentenceSubject) {
  const ReportedCase cases[] = {
      {"Minister Ada Quill toured the harbour, saying the new quotas would ruin the small boats.",
       "the new quotas would ruin the small boats", "Ada Quill", "saying"},
      {"Minister Ada Quill visited the port and said the harbour needed a new wall.",
       "the harbour needed a new wall", "Ada Quill", "said"},
      // Without a comma the participle is not a cue of the subject.
      {"Ada Quill read the letters saying the harbour would close.", "", "", ""},
  };
  for (const ReportedCase& c : cases) Check(c);
}

TEST(ReportedSpeech, HeadlineWithAColon) {
  const ReportedCase cases[] = {
      {"Ada Quill: Harbour Will Close In March\nThe minister spoke on Monday.",
       "Harbour Will Close In March", "Ada Quill", ":"},
      // A one-word label is not a speaker unless it names an actor.
      {"Update: the harbour will close in March\nThe minister spoke on Monday.", "", "", ""},
  };
  for (const ReportedCase& c : cases) Check(c);
}

TEST(ReportedSpeech, ShortClausesAndWireQuotesAfterTheClause) {
  const ReportedCase cases[] = {
      {"They said she could.", "she could", "They", "said"},
      // The tokenizer does not end a sentence before '': the clause does.
      {"Ada Quill insisted that the wall would hold. ''It is strong,'' she said.",
       "that the wall would hold", "Ada Quill", "insisted"},
  };
  for (const ReportedCase& c : cases) Check(c);
}

TEST(ReportedSpeech, NoClauseNoStatement) {
  const ReportedCase cases[] = {
      {"Ada Quill said on Monday in the capital.", "", "", ""},
      {"Bo Lind said so.", "", "", ""},
      // A cue after an article is an adjective.
      {"The added cost of the new wall worries the harbour board.", "", "", ""},
      // "to say" is not a subject and a cue.
      {"Bo Lind was asked to say more about the talks.", "", "", ""},
      {"Ada Quill said nothing about the quotas.", "", "", ""},
  };
  for (const ReportedCase& c : cases) Check(c);
}

TEST(ReportedSpeech, PositionsAndAttitudes) {
  const ReportedCase cases[] = {
      // Cues marked "np" in cues.txt report an object noun phrase, up to a
      // comma, a dash or a time phrase.
      {"Ada Quill endorsed the harbour plan on Monday.", "the harbour plan", "Ada Quill",
       "endorsed"},
      {"Ada Quill endorsed Bo Lind, a former mayor, for the port board.", "Bo Lind", "Ada Quill",
       "endorsed"},
      {"Bo Lind criticized the port board for raising the mooring fees.",
       "the port board for raising the mooring fees", "Bo Lind", "criticized"},
      {"Ada Quill praised the rescue crews in March for their work.", "the rescue crews",
       "Ada Quill", "praised"},
      // Accusations report their object too.
      {"The fishermen accused the port board of ignoring them.",
       "the port board of ignoring them", "The fishermen", "accused"},
      // Negation and do-support sit between the subject and the cue.
      {"Ada Quill does not think the harbour will close.", "the harbour will close", "Ada Quill",
       "think"},
      {"Bo Lind has not endorsed the harbour plan.", "the harbour plan", "Bo Lind", "endorsed"},
      {"Bo Lind hopes the ferry will run all winter.", "the ferry will run all winter", "Bo Lind",
       "hopes"},
      // Not a reported clause.
      {"Ada Quill thinks about the harbour every day.", "", "", ""},
      {"A harbour think tank published a long study.", "", "", ""},
      {"The court held the skipper responsible for the collision.", "", "", ""},
      {"The harbour plan was endorsed.", "", "", ""},
      {"Hundreds of skippers showed up to hear Ada Quill.", "", "", ""},
  };
  for (const ReportedCase& c : cases) Check(c);
}

TEST(ReportedSpeech, SentencesWithADirectQuote) {
  const ReportedCase cases[] = {
      {"Ada Quill said the harbour was \"finished for good\" after the storm.", "", "", ""},
      // A cue next to the quote attributes the quote, not the words after it.
      {"\"Never,\" she added when the harbour board met about the wall.", "", "", ""},
      // A cue away from the quote still reports its own clause.
      {"Ada Quill endorsed Bo Lind on Monday and later called him \"a friend of the harbour.\"",
       "Bo Lind", "Ada Quill", "endorsed"},
  };
  for (const ReportedCase& c : cases) Check(c);
}

}  // namespace
}  // namespace actorgraph
