// Who said a direct quotation: the speaker rules of speaker_attribution.h
// that look beyond the quote's own clause (the next sentence, the sentence
// before, a signature line, a coordinated verb).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "tests/extract/extract_fixture.h"

namespace actorgraph {
namespace {

struct SpeakerCase {
  const char* text;
  const char* quote_start;   // the direct quote whose text starts with this
  const char* speaker_text;  // its speaker mention as written, "" for none
};

void ExpectSpeaker(const Extractor& extractor, const SpeakerCase& c) {
  DocumentFacts f = extractor.Extract("t", c.text);
  const Quote* q = nullptr;
  for (const Quote& x : f.quotes) {
    // The quotation alone (direct) or reported speech holding it.
    if ((x.direct || !x.fragments.empty()) && q == nullptr &&
        std::string_view(x.text).starts_with(c.quote_start)) {
      q = &x;
    }
  }
  ASSERT_NE(q, nullptr) << "input: " << c.text << "\n" << DescribeQuotes(f);
  EXPECT_EQ(q->speaker_text, c.speaker_text) << "input: " << c.text << "\n" << DescribeQuotes(f);
}

void ExpectSpeakers(const SpeakerCase* begin, const SpeakerCase* end) {
  for (const SpeakerCase* c = begin; c != end; ++c) {
    ExpectSpeaker(TestExtractor(), *c);
    ExpectSpeaker(TestExtractor(), *c);
  }
}

TEST(Speakers, ASentenceAfterAClosedQuoteTellsWhatCameNext) {
  const SpeakerCase cases[] = {
      // The next sentence is about the speaker's next words, not this quote.
      {"Ada Quill said the harbor needs \"a new kind of fleet.\" She added that the boats "
       "were old.",
       "the harbor needs", "Ada Quill"},
      {"Bo Lind told the council: \"The nets are empty.\" Ada Quill received a letter "
       "from the mayor on Monday about it.",
       "The nets are empty.", "Bo Lind"},
      {"Bo Lind promised \"to rebuild every pier in the old port.\" He says the money "
       "is ready.",
       "to rebuild every pier", "Bo Lind"},
      // A sentence that is only the attribution still attributes it (to
      // the person Lind, a surname the text never introduces).
      {"\"Why are the nets empty?\" Mr. Lind asked.", "Why are the nets empty?", "Lind"},
      {"\"We will reopen the pier in May.\" Ada Quill said.", "We will reopen the pier",
       "Ada Quill"},
      {"\"Why are the nets empty?\" Ada Quill asked the harbor master.", "Why are the nets",
       "Ada Quill"},
      {"\"Why are the nets empty?\" Ada Quill said of the port, where the boats lay idle "
       "all week.",
       "Why are the nets", "Ada Quill"},
  };
  ExpectSpeakers(std::begin(cases), std::end(cases));
}

TEST(Speakers, ACoordinatedVerbOfSayingSharesTheSubject) {
  const SpeakerCase cases[] = {
      {"Ada Quill praised Bo Lind's plan for the port and said the town can \"build "
       "the boats again.\"",
       "the town can", "Ada Quill"},
      {"Ada Quill did not name Bo Lind in the debate but told the fishers that the "
       "harbor \"belongs to all of us.\"",
       "the harbor", "Ada Quill"},
      {"Ada Quill met Bo Lind on the pier and then added: \"The nets are empty.\"",
       "The nets are empty.", "Ada Quill"},
      // The subject of the clause with the verbs, not of a clause before it.
      {"When Bo Lind left the pier, Ada Quill nodded, smiled and said: \"The nets are "
       "empty.\"",
       "The nets are empty.", "Ada Quill"},
      // A subject of its own after "and" is the speaker.
      {"Ada Quill spoke first and Bo Lind said: \"The nets are empty.\"", "The nets are empty.",
       "Bo Lind"},
  };
  ExpectSpeakers(std::begin(cases), std::end(cases));
}

TEST(Speakers, AParticipleAfterWithTakesTheNameBetween) {
  const SpeakerCase cases[] = {
      {"The fishers were quick to answer, with Ada Quill saying: \"The nets are empty.\"",
       "The nets are empty.", "Ada Quill"},
      {"Bo Lind spoke first, with Ada Quill adding that the harbor \"cannot wait another "
       "year.\"",
       "the harbor", "Ada Quill"},
  };
  ExpectSpeakers(std::begin(cases), std::end(cases));
}

TEST(Speakers, AQuoteOpeningItsSentenceTakesThePreviousSubject) {
  const SpeakerCase cases[] = {
      {"Ada Quill agreed. \"The harbor cannot wait another year for the new pier.\"",
       "The harbor cannot wait", "Ada Quill"},
      {"The boats came in late.\nBo Lind shook his head. \"Nobody in this town has seen "
       "a season this bad.\"",
       "Nobody in this town", "Bo Lind"},
      {"Ada Quill met the fishers.\nShe listened for an hour.\n\"Nobody in this town has "
       "seen a season this bad.\"",
       "Nobody in this town", "She"},
      {"Ada Quill, the harbor master, said in a statement. \"Nobody in this town has seen "
       "a season this bad.\"",
       "Nobody in this town", "Ada Quill"},
  };
  ExpectSpeakers(std::begin(cases), std::end(cases));
  // A subject that is no actor or pronoun names no one.
  ExpectSpeaker(TestExtractor(), {"The weather turned cold. \"Nobody in this town has seen "
                                  "a season this bad.\"",
                                  "Nobody in this town", ""});
}

TEST(Speakers, ReadAndReadsAttributeToATextNextToTheQuote) {
  const SpeakerCase cases[] = {
      {"\"The pier is closed until further notice,\" read the sign.", "The pier is closed",
       "the sign"},
      {"\"The pier is closed until further notice,\" the harbor notice read.",
       "The pier is closed", "the harbor notice"},
      {"At the bottom of the page it reads, \"Send your letters to the harbor board.\"",
       "Send your letters", "it"},
  };
  ExpectSpeakers(std::begin(cases), std::end(cases));
}

TEST(Speakers, ASignatureLineAfterAQuoteNamesTheSpeaker) {
  const SpeakerCase cases[] = {
      {"\"The harbor belongs to the people who fish in it.\"\n- Ada Quill.",
       "The harbor belongs", "Ada Quill"},
      {"\"The harbor belongs to the people who fish in it.\"\n\xE2\x80\x94 Bo Lind, "
       "speaking in Fernby.",
       "The harbor belongs", "Bo Lind"},
  };
  ExpectSpeakers(std::begin(cases), std::end(cases));
}

TEST(Speakers, AttributionAfterTheWordsFinishingAQuotedSentence) {
  const SpeakerCase cases[] = {
      {"\"It seems very unlikely\" that the pier opens in May, said Ada Quill.",
       "It seems very unlikely", "Ada Quill"},
      {"\"The quota is a blunt tool\" for a small port, Bo Lind said.", "The quota is",
       "Bo Lind"},
  };
  ExpectSpeakers(std::begin(cases), std::end(cases));
}

TEST(Speakers, AttributionAfterAQuoteWithNoCommaOrAfterAnyPastVerb) {
  const SpeakerCase cases[] = {
      {"\"The vote here is a contest of small groups\" Ada Quill said.",
       "The vote here is a contest", "Ada Quill"},
      {"\"Boys acting like they have never seen a boat,\" scoffed Ada Quill, who runs the "
       "harbor office.",
       "Boys acting like", "Ada Quill"},
      // A bare plural noun phrase before the cue is the speaker as written.
      {"Bo Lind spoke.\n\"The harm to the port is beyond measure,\" harbor pilots wrote.",
       "The harm to the port", "harbor pilots"},
  };
  ExpectSpeakers(std::begin(cases), std::end(cases));
  // Without a comma, a sentence that goes on is no attribution of the quote.
  ExpectSpeaker(TestExtractor(), {"\"The vote here is a contest of small groups\" Ada Quill "
                                  "said the count was wrong.",
                                  "The vote here is a contest", ""});
}

TEST(Speakers, AQuoteInASubordinateClauseWithItsOwnCueKeepsThatSpeaker) {
  const SpeakerCase cases[] = {
      {"Although Ada Quill said that the boats were \"in good order for the season,\" Bo "
       "Lind said the hulls were rotten.",
       "the boats were", "Ada Quill"},
      // With no cue in the clause, the attribution after the quote holds.
      {"Although the boats were \"in good order for the season,\" Bo Lind said, the "
       "hulls were rotten.",
       "Although the boats were", "Bo Lind"},
  };
  ExpectSpeakers(std::begin(cases), std::end(cases));
}

TEST(Speakers, TheSubjectIsTheOneOfTheClauseWithTheVerb) {
  const SpeakerCase cases[] = {
      {"Ada Quill met Bo Lind at the rally, where he thanked the crowd and then declared: "
       "\"The harbor is ours.\"",
       "The harbor is ours.", "he"},
      {"Ada Quill spoke to the fishers, and he mocked the board for \"running the port like "
       "a private club for years.\"",
       "the board for", "he"},
  };
  ExpectSpeakers(std::begin(cases), std::end(cases));
}

TEST(Speakers, SaidOfSomeoneBeforeAColonKeepsTheSubject) {
  const SpeakerCase cases[] = {
      {"Ada Quill, who ran the harbor for years, said of Mr. Lind: \"He knows every boat "
       "in the port.\"",
       "He knows every boat", "Ada Quill"},
      // A past participle with no subject before it is no verb of the clause.
      {"Ada Quill on Monday criticized the quota adopted in the capital, saying the rules "
       "were \"written for other ports.\"",
       "the rules were", "Ada Quill"},
  };
  ExpectSpeakers(std::begin(cases), std::end(cases));
}

TEST(Speakers, TheSubjectGuessForALongQuoteLooksPastAppositivesAndIntoAsClauses) {
  const SpeakerCase cases[] = {
      {"Ada Quill, who runs the harbor office, praised the board for \"keeping every boat "
       "afloat in a hard year.\"",
       "the board for \"keeping every boat", "Ada Quill"},
      {"Ada Quill then thanked the board for \"keeping every boat afloat in a hard year.\"",
       "keeping every boat", "Ada Quill"},
      {"As Ada Quill puts it, \"the harbor has never been this quiet in forty years.\"",
       "the harbor has never", "Ada Quill"},
  };
  ExpectSpeakers(std::begin(cases), std::end(cases));
}

}  // namespace
}  // namespace actorgraph
