// Direct quotations: marks, speaker phrases as written, interrupted quotes.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "tests/extract/extract_fixture.h"

namespace actorgraph {
namespace {

struct DirectCase {
  const char* text;
  const char* quote;         // text of the first statement holding a quotation
  const char* speaker_text;  // its speaker mention as written
};

// A statement holding quoted words after others (`the plan was "a sham"`)
// is reported speech with the quotation as a fragment: its first mark opens
// a quotation (after a space). The quotation alone is direct, also when its
// pieces are joined (`The nets are empty," says X. "The boats ...`: the
// first mark closes).
bool IsMixed(std::string_view statement) {
  size_t first = std::string_view::npos;
  for (std::string_view mark : {"\"", "''", "\u201C", "\u201D"}) {
    first = std::min(first, statement.find(mark));
  }
  return first != std::string_view::npos && (first == 0 || statement[first - 1] == ' ');
}

void ExpectFirstDirect(const Extractor& extractor, const DirectCase& c) {
  DocumentFacts f = extractor.Extract("t", c.text);
  const Quote* q = nullptr;
  for (const Quote& x : f.quotes) {
    if ((x.direct || !x.fragments.empty()) && q == nullptr) q = &x;
  }
  ASSERT_NE(q, nullptr) << "input: " << c.text << "\n" << DescribeQuotes(f);
  EXPECT_EQ(q->text, c.quote) << "input: " << c.text << "\n" << DescribeQuotes(f);
  EXPECT_EQ(q->speaker_text, c.speaker_text) << "input: " << c.text << "\n" << DescribeQuotes(f);
  const bool mixed = IsMixed(c.quote);
  EXPECT_EQ(q->direct, !mixed) << "input: " << c.text << "\n" << DescribeQuotes(f);
  EXPECT_EQ(q->fragments.empty(), !mixed) << "input: " << c.text << "\n" << DescribeQuotes(f);
}

TEST(DirectQuotes, DoubledApostrophesAndBackticksAreMarks) {
  const DirectCase cases[] = {
      {"''The harbor is closed,'' Ada Quill said.", "The harbor is closed,", "Ada Quill"},
      {"``The harbor is closed,'' Ada Quill said.", "The harbor is closed,", "Ada Quill"},
      {"The mayor said, ''We will reopen the harbor in May.''",
       "We will reopen the harbor in May.", "The mayor"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, PunctuationInsideANestedQuoteEndsTheQuote) {
  const DirectCase cases[] = {
      {"\"She kept telling me, 'Keep the nets dry,'\" Ada Quill said.",
       "She kept telling me, 'Keep the nets dry,'", "Ada Quill"},
      {"\"Nobody says 'Stay home,' \" Ada Quill told the radio.",
       "Nobody says 'Stay home,' ", "Ada Quill"},
      {"\"She kept telling me, \u2018Keep the nets dry,\u2019\" said Ada Quill.",
       "She kept telling me, \u2018Keep the nets dry,\u2019", "Ada Quill"},
      {"''I would call it 'a slow tide,''' said Ada Quill.", "I would call it 'a slow tide,",
       "Ada Quill"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, ParticipleTakesTheSubjectOfTheVerbBeforeIt) {
  const DirectCase cases[] = {
      {"\"The boats stay home,\" Ada Quill said on Monday, adding: \"The nets are empty.\"",
       "The boats stay home,\" Ada Quill said on Monday, adding: \"The nets are empty.",
       "Ada Quill"},
      {"The port is closed, Ada Quill said, adding: \"The nets are empty.\"",
       "The nets are empty.", "Ada Quill"},
      {"\"The boats stay home,\" said Ada Quill, noting that the port is \"closed to all of us\" now.",
       "The boats stay home,", "Ada Quill"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
  // The second quote of each: the participle's own statement.
  const char* second[] = {
      "\"The boats stay home,\" Ada Quill said on Monday, adding: \"The nets are empty.\"",
      "In the harbor town, Ada Quill visited Bo Lind, telling him: \"The nets are empty.\"",
      "On the radio, she answered Bo Lind by saying: \"The nets are empty.\"",
  };
  const char* want[] = {"Ada Quill", "Ada Quill", "she"};
  for (size_t i = 0; i < 3; ++i) {
    DocumentFacts f = TestExtractor().Extract("t", second[i]);
    ASSERT_FALSE(f.quotes.empty()) << "input: " << second[i];
    EXPECT_EQ(f.quotes.back().speaker_text, want[i]) << "input: " << second[i] << "\n" << DescribeQuotes(f);
  }
}

TEST(DirectQuotes, AnyVerbRightAfterANamedSubjectIsACue) {
  const DirectCase cases[] = {
      {"\"The nets are empty,\" Ada Quill concludes on her blog.", "The nets are empty,",
       "Ada Quill"},
      {"Bo Lind spoke first. \"The nets are empty,\" Ada Quill answers.", "The nets are empty,",
       "Ada Quill"},
      {"\"The nets are empty,\" she grumbled in the harbor office.", "The nets are empty,",
       "she"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, AnotherClauseEndsAClauseStatement) {
  const DirectCase cases[] = {
      {"Ada Quill said the harbor needs \"a new kind of fleet\" by May but did not say how.",
       "the harbor needs \"a new kind of fleet\" by May", "Ada Quill"},
      {"Ada Quill said the harbor needs \"a new kind of fleet\" by May -- and she meant it.",
       "the harbor needs \"a new kind of fleet\" by May", "Ada Quill"},
      {"Ada Quill said the harbor needs \"a new kind of fleet\" and Bo Lind agreed.",
       "the harbor needs \"a new kind of fleet\"", "Ada Quill"},
      {"Ada Quill said the harbor needs \"a new kind of fleet\" and more boats.",
       "the harbor needs \"a new kind of fleet\" and more boats", "Ada Quill"},
      // After a comma at the quote's end, a subordinate clause goes on; a
      // participle or a new subject does not.
      {"Ada Quill wrote that the request was \"pointless,\" because the boats had left.",
       "the request was \"pointless,\" because the boats had left", "Ada Quill"},
      {"Ada Quill wrote that the request was \"pointless,\" adding that the boats had left.",
       "the request was \"pointless,\"", "Ada Quill"},
      // "and" before a verb of saying, which no "-ed" marks as past.
      {"Ada Quill called the quota \"a blunt tool\" and said the board would hear from her.",
       "the quota \"a blunt tool\"", "Ada Quill"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, AccordingToAnyPhraseBeforeAQuote) {
  const DirectCase cases[] = {
      {"According to the harbor minutes, \"The nets were empty for a whole week in May.\"",
       "The nets were empty for a whole week in May.", "the harbor minutes"},
      // Words before the quote make a clause, which is the statement.
      {"According to Ada Quill, the new quota is \"a blunt tool for small boats.\"",
       "the new quota is \"a blunt tool for small boats.\"", "Ada Quill"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, UnknownSpeakerKeepsThePhraseAsWritten) {
  // Surnames and groups the actor finder does not know are still the speaker
  // mention, taken from the slot the attribution pattern gives; a name the
  // actor finder does know gives its mention (without the title).
  const DirectCase cases[] = {
      // A surname the text never introduces is a person actor, named
      // without the honorific.
      {"\"The nets are empty,\" Ms. Brakwater said.", "The nets are empty,", "Brakwater"},
      {"\"The nets are empty,\" said Sen. Olu Brakwater of Fernland.", "The nets are empty,",
       "Olu Brakwater"},
      {"\"The nets are empty,\" the harbor pilots wrote.", "The nets are empty,",
       "the harbor pilots"},
      {"\"The nets are empty,\" said one veteran trawler captain who asked not to be named.",
       "The nets are empty,", "one veteran trawler captain"},
      {"But Brakwater said: \"The nets are empty.\"", "The nets are empty.", "Brakwater"},
      {"\"We cannot fish,\" they said.", "We cannot fish,", "they"},
      {"\"The nets are empty,\" Brakwater also said.", "The nets are empty,", "Brakwater"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, InterruptedQuoteIsOneQuoteWhenJoining) {
  const DirectCase cases[] = {
      {"\"The nets are empty,\" says Ada Quill. \"The boats stay home.\"",
       "The nets are empty,\" says Ada Quill. \"The boats stay home.", "Ada Quill"},
      {"\"The nets are empty,\" Ada Quill said, \"and the boats stay home.\"",
       "The nets are empty,\" Ada Quill said, \"and the boats stay home.", "Ada Quill"},
      {"\"The nets are empty,\" says Ada Quill. The port is quiet. \"The boats stay home.\"",
       "The nets are empty,\" says Ada Quill. The port is quiet. \"The boats stay home.",
       "Ada Quill"},
      // One sentence of narration may come between; with two, the next quote
      // is a new one.
      {"\"The nets are empty,\" says Ada Quill. The port is quiet. The sea is calm. "
       "\"The boats stay home.\"",
       "The nets are empty,", "Ada Quill"},
      // A paragraph that is only a quotation continues the one before it.
      {"\"The nets are empty,\" says Ada Quill.\n\n\"The boats stay home.\"",
       "The nets are empty,\" says Ada Quill.\n\n\"The boats stay home.", "Ada Quill"},
      {"\"The nets are empty,\" says Ada Quill. The port is quiet. The sea is calm.\n\n"
       "\"The boats stay home.\"",
       "The nets are empty,", "Ada Quill"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
  // With --split-quotes, the pieces stay apart.
  ExpectFirstDirect(SplittingExtractor(), {"\"The nets are empty,\" says Ada Quill. \"The boats "
                                      "stay home.\"",
                                      "The nets are empty,", "Ada Quill"});
}

TEST(DirectQuotes, QuoteInsideACueClauseIsTheWholeClause) {
  const DirectCase cases[] = {
      {"Ada Quill said the plan was \"a slow disaster\" for the coast.",
       "the plan was \"a slow disaster\" for the coast", "Ada Quill"},
      {"Ada Quill says that the harbor needs \"a new kind of fleet.\"",
       "the harbor needs \"a new kind of fleet.\"", "Ada Quill"},
      {"Ada Quill left the port on Monday, saying the talks had \"failed the fishermen.\"",
       "the talks had \"failed the fishermen.\"", "Ada Quill"},
      // The subject follows an introductory phrase, not the person in it.
      {"On the radio with Fisheries Minister Ada Quill, she answered by saying the talks "
       "had \"failed the fishermen.\"",
       "the talks had \"failed the fishermen.\"", "she"},
      {"As with any quota, the harbor pilots noted that it was \"a blunt tool.\"",
       "it was \"a blunt tool.\"", "the harbor pilots"},
      // Any past-tense verb right after a named subject governs the clause.
      {"Fisheries Minister Ada Quill decried the \"politics of empty nets and empty ports\" "
       "in the capital.",
       "the \"politics of empty nets and empty ports\" in the capital", "Ada Quill"},
      // A second verb after the quote starts another clause.
      {"Ada Quill called the plan \"a slow disaster\" and walked out of the talks.",
       "the plan \"a slow disaster\"", "Ada Quill"},
      // The clause before a quote attributed after it belongs to the quote.
      {"The plan is \"a slow disaster,\" Ada Quill said.", "The plan is \"a slow disaster,\"",
       "Ada Quill"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, VerbOfReportingGovernsAClauseHoldingAQuote) {
  const DirectCase cases[] = {
      // A verb that only reports speech ("argue", "admits") still governs a
      // clause with a quote in it: the quote, short or long, is part of it.
      {"The pilots argue that the harbor board should \"pay its own way.\"",
       "the harbor board should \"pay its own way.\"", "The pilots"},
      {"Ada Quill admits the new quota is \"a blunt tool\" for small boats.",
       "the new quota is \"a blunt tool\" for small boats", "Ada Quill"},
      // A verb of saying further back governs, not a reporting verb inside
      // its clause.
      {"Ada Quill said she believes the quota is \"a blunt tool\" for small boats.",
       "she believes the quota is \"a blunt tool\" for small boats", "Ada Quill"},
      // Words between the subject and the cue: the sentence's subject.
      {"The harbor pilots had said the port was \"a mess\" for small boats.",
       "the port was \"a mess\" for small boats", "The harbor pilots"},
      {"Ada Quill toured the docks on Monday and said the port was \"a mess\" for small boats.",
       "the port was \"a mess\" for small boats", "Ada Quill"},
      {"Ada Quill toured the docks on Monday and accused the board of \"plain neglect.\"",
       "the board of \"plain neglect.\"", "Ada Quill"},
      // Accusations and denials govern their object the same way.
      {"Ada Quill accused the board of \"selling the harbor\" to the highest bidder.",
       "the board of \"selling the harbor\" to the highest bidder", "Ada Quill"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, QuoteEndingItsClauseTakesNoSpeakerFromTheNextSentence) {
  const DirectCase cases[] = {
      {"Ada Quill says the fleet will \"sail again by spring.\" The plan was first reported "
       "by the Coast Ledger.",
       "the fleet will \"sail again by spring.\"", "Ada Quill"},
      {"Ada Quill told the pilots that the port would \"stay open all winter.\" Bo Lind said "
       "nothing.",
       "the port would \"stay open all winter.\"", "Ada Quill"},
      // A quote opening its sentence still takes the attribution after it.
      {"\"The fleet will sail again by spring.\" Ada Quill said on Monday.",
       "The fleet will sail again by spring.", "Ada Quill"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, ParticipleAfterAQuoteLeavesItToTheCueBefore) {
  const DirectCase cases[] = {
      // `X said CLAUSE "...," adding ...`: the participle continues X's
      // clause, so X's cue governs the quote and the clause is the statement.
      {"Ada Quill told the pilots that the new quota was \"a blunt tool,\" adding that Bo Lind "
       "agreed.",
       "the new quota was \"a blunt tool,\"", "Ada Quill"},
      // With no cue before the quote, the attribution after it still holds.
      {"The new quota is \"a blunt tool for small boats,\" Ada Quill said, adding that she "
       "would vote no.",
       "The new quota is \"a blunt tool for small boats,\"", "Ada Quill"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, SpeakerIsTheSubjectNextToTheCue) {
  const DirectCase cases[] = {
      // Not the person named earlier in the sentence.
      {"Of the plan by Fisheries Minister Ada Quill, Brakwater said: \"It will fail.\"",
       "It will fail.", "Brakwater"},
      // Appositives on either side of the name.
      {"Her fisheries adviser, Olu Brakwater, said: \"The nets are empty.\"",
       "The nets are empty.", "Olu Brakwater"},
      {"\"The nets are empty,\" Brakwater, a trawler captain for thirty years, said.",
       "The nets are empty,", "Brakwater"},
      {"Brakwater, on a visit to the port of Fernby, Lakeshire, said: \"It will fail.\"",
       "It will fail.", "Brakwater"},
      // A relative pronoun is the mention as written.
      {"The port hired Fisheries Minister Ada Quill, who said: \"The nets are empty.\"",
       "The nets are empty.", "who"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, ClauseAfterAnAttributionIsNotJoined) {
  const char* text =
      "\"The nets are empty,\" Ada Quill said, adding that the boats were \"rusting in port.\"";
  DocumentFacts f = TestExtractor().Extract("t", text);
  ASSERT_EQ(f.quotes.size(), 2u) << text << "\n" << DescribeQuotes(f);
  EXPECT_EQ(f.quotes[0].text, "The nets are empty,") << text << "\n" << DescribeQuotes(f);
  EXPECT_EQ(f.quotes[1].text, "the boats were \"rusting in port.\"") << text << "\n"
                                                                       << DescribeQuotes(f);
}

TEST(DirectQuotes, ColonsInversionsAndParentheses) {
  const DirectCase cases[] = {
      {"The harbor board was blunt in its findings: \"The quota cannot stand.\"",
       "The quota cannot stand.", "The harbor board"},
      {"Said Brakwater, \"The quota cannot stand.\"", "The quota cannot stand.", "Brakwater"},
      {"\"The quota cannot stand,\" Rep. Olu Brakwater (D-Fernland) said.",
       "The quota cannot stand,", "Olu Brakwater"},
      {"Brakwater shot back: \"The quota cannot stand.\"", "The quota cannot stand.",
       "Brakwater"},
      // A paragraph ending in a colon introduces the quote opening the next.
      {"Brakwater continued:\n\"The quota cannot stand.\"", "The quota cannot stand.",
       "Brakwater"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, QuoteRunningOverParagraphsIsOneQuote) {
  const DirectCase cases[] = {
      {"Ada Quill said:\n\"The nets are empty.\n\"The boats stay home,\" she added.",
       "The nets are empty.\n\"The boats stay home,", "she"},
      // A space before a straight closing mark still closes the quote.
      {"\"The nets are empty, \" Ada Quill said.", "The nets are empty, ", "Ada Quill"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

TEST(DirectQuotes, LongUnattributedQuoteTakesTheSentenceSubject) {
  ExpectFirstDirect(TestExtractor(),
                    {"The harbor board hit the ministry for setting \"quotas that no boat in "
                     "this port could ever meet.\"",
                     "quotas that no boat in this port could ever meet.", "The harbor board"});
}

TEST(DirectQuotes, NamingVerbsGovernAQuotedLabel) {
  const DirectCase cases[] = {
      {"Ada Quill called the quota plan \"a slow disaster.\"",
       "the quota plan \"a slow disaster.\"", "Ada Quill"},
      {"The harbor pilots described the new rules as \"unworkable.\"",
       "the new rules as \"unworkable.\"", "The harbor pilots"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
  // A short label needs a cue or naming verb, not just any verb.
  const char* label = "Fisheries Minister Ada Quill visited the \"Harbor Hour\" studio.";
  DocumentFacts g = TestExtractor().Extract("t", label);
  for (const Quote& q : g.quotes) EXPECT_FALSE(q.direct) << label << "\n" << DescribeQuotes(g);
  const char* text = "The boats sailed from a town called \"Fernby\" on Monday.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  for (const Quote& q : f.quotes) EXPECT_FALSE(q.direct) << text << "\n" << DescribeQuotes(f);
}

TEST(DirectQuotes, ShortTitlesBeforeAnAttributionAreNotQuotes) {
  const char* cases[] = {
      "On the radio show \"Harbor Hour,\" Ada Quill said the talks had failed.",
      "\"We will not sign,\" Ada Quill told \"Harbor Hour,\" adding that talks had failed.",
  };
  for (const char* text : cases) {
    DocumentFacts f = TestExtractor().Extract("t", text);
    for (const Quote& q : f.quotes) {
      EXPECT_NE(q.text, "Harbor Hour,") << text << "\n" << DescribeQuotes(f);
    }
  }
}

TEST(DirectQuotes, CueAfterAnArticleIsAnAdjective) {
  const char* text = "The two ports released a suggested \"code of practice\" on Monday.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  EXPECT_TRUE(f.quotes.empty()) << text << "\n" << DescribeQuotes(f);
}

TEST(DirectQuotes, ReportingNounAfterAPrepositionGovernsNothing) {
  // "hopes" is a noun here: the scare quote stays a scare quote.
  const char* text =
      "Despite Danish hopes the pilots would not feel \"cornered\" at the talks, they left early.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  for (const Quote& q : f.quotes) EXPECT_FALSE(q.direct) << text << "\n" << DescribeQuotes(f);
}

TEST(DirectQuotes, NewsCueVerbs) {
  const DirectCase cases[] = {
      {"\"The nets are empty,\" Ada Quill tweeted.", "The nets are empty,", "Ada Quill"},
      {"\"The nets are empty,\" Ada Quill replied.", "The nets are empty,", "Ada Quill"},
      {"Ada Quill pointed out: \"The nets are empty.\"", "The nets are empty.", "Ada Quill"},
      {"\"The nets are empty,\" the harbor gazette reported.", "The nets are empty,",
       "the harbor gazette"},
      // Any past-tense verb where a cue would stand.
      {"\"Are the nets empty?\" Brakwater pressed.", "Are the nets empty?", "Brakwater"},
      {"Brakwater fumed, \"The nets are empty.\"", "The nets are empty.", "Brakwater"},
  };
  for (const DirectCase& c : cases) ExpectFirstDirect(TestExtractor(), c);
}

}  // namespace
}  // namespace actorgraph
