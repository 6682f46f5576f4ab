// Quotations and their speakers.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/extract_fixture.h"

namespace actorgraph {
namespace {

struct QuoteCase {
  const char* text;
  const char* quote;           // expected text of the first direct quote
  const char* speaker;         // expected actor id ("" for unnamed/unknown)
  const char* speaker_text;    // as written
  const char* cue;
};

TEST(Quotes, EachAttributionPattern) {
  const QuoteCase cases[] = {
      {"\"The nets are empty,\" says Ada Quill, a fisheries expert.", "The nets are empty,",
       "person:ada-quill", "Ada Quill", "says"},
      {"\"The nets are empty,\" Ada Quill said.", "The nets are empty,", "person:ada-quill",
       "Ada Quill", "said"},
      {"\"The nets are empty,\" said Ada Quill.", "The nets are empty,", "person:ada-quill",
       "Ada Quill", "said"},
      {"\"The nets are empty,\" Ada Quill, a former official at the Ministry of Fisheries, "
       "said on Monday.",
       "The nets are empty,", "person:ada-quill", "Ada Quill", "said"},
      {"Fisheries Minister Ada Quill told reporters: \"The nets are empty.\"",
       "The nets are empty.", "person:ada-quill", "Ada Quill", "told"},
      {"\"The nets are empty,\" according to Ada Quill.", "The nets are empty,",
       "person:ada-quill", "Ada Quill", "according to"},
      {"\"The nets are empty this year,\" said a senior official.", "The nets are empty this year,",
       "", "a senior official", "said"},
      {"Ada Quill, a fisheries expert, visited the port.\n\"The nets are empty,\" she says.",
       "The nets are empty,", "person:ada-quill", "she", "says"},
      {"\xE2\x80\x9CThe nets are empty,\xE2\x80\x9D says Ada Quill.", "The nets are empty,",
       "person:ada-quill", "Ada Quill", "says"},
  };
  for (const QuoteCase& c : cases) {
    DocumentFacts f = TestExtractor().Extract("t", c.text);
    ASSERT_FALSE(f.quotes.empty()) << "input: " << c.text;
    const Quote& q = f.quotes[0];
    EXPECT_EQ(q.text, c.quote) << "input: " << c.text << "\n" << DescribeQuotes(f);
    EXPECT_EQ(q.speaker, c.speaker) << "input: " << c.text << "\n" << DescribeQuotes(f);
    EXPECT_EQ(q.speaker_text, c.speaker_text) << "input: " << c.text << "\n" << DescribeQuotes(f);
    EXPECT_EQ(q.cue, c.cue) << "input: " << c.text << "\n" << DescribeQuotes(f);
    EXPECT_TRUE(q.direct);
    std::string text(c.text);
    EXPECT_EQ(text.substr(q.span.start, q.span.end - q.span.start), q.text);
  }
}

TEST(Quotes, PronounPrefersTheNamedGender) {
  const char* text =
      "Fisheries Minister Ada Quill met Mr Bo Lind at the port. "
      "\"We must act now,\" she said.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  ASSERT_EQ(f.quotes.size(), 1u) << text << "\n" << DescribeQuotes(f);
  // Without gender "she" would go to the nearest person, Bo Lind.
  EXPECT_EQ(f.quotes[0].speaker, "person:ada-quill") << text << "\n" << DescribeQuotes(f);
}

TEST(Quotes, NestedQuotesDoNotSplitTheQuote) {
  const char* text = "\"The plan shows a \"rigid\" stance on quotas,\" says Ada Quill.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  ASSERT_EQ(f.quotes.size(), 1u) << text << "\n" << DescribeQuotes(f);
  EXPECT_EQ(f.quotes[0].text, "The plan shows a \"rigid\" stance on quotas,");
  EXPECT_EQ(f.quotes[0].speaker, "person:ada-quill");
}

TEST(Quotes, SplitQuoteAndContinuationParagraphKeepTheSpeaker) {
  const char* text =
      "\"The nets are empty,\" says Ada Quill. \"The boats stay home.\"\n"
      "\"Next year will be worse for the whole coast.\"";
  // By default one statement from the first mark to the last.
  DocumentFacts joined = TestExtractor().Extract("t", text);
  ASSERT_EQ(joined.quotes.size(), 1u) << text << "\n" << DescribeQuotes(joined);
  EXPECT_EQ(joined.quotes[0].speaker, "person:ada-quill") << DescribeQuotes(joined);
  EXPECT_TRUE(joined.quotes[0].direct);
  // With --split-quotes three, each with the speaker.
  DocumentFacts f = SplittingExtractor().Extract("t", text);
  ASSERT_EQ(f.quotes.size(), 3u) << text << "\n" << DescribeQuotes(f);
  for (const Quote& q : f.quotes) {
    EXPECT_EQ(q.speaker, "person:ada-quill") << text << "\n" << DescribeQuotes(f);
  }
}

TEST(Quotes, ScareQuotesAreNotQuotes) {
  const char* text = "Relations hit a \"low tide\" after the talks on fishing quotas.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  EXPECT_TRUE(f.quotes.empty()) << text << "\n" << DescribeQuotes(f);
}

TEST(Quotes, UnbalancedMarkIsConfinedToItsParagraph) {
  const char* text =
      "The minister spoke of \"big changes to the rules.\n"
      "\"The nets are empty,\" says Ada Quill.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  ASSERT_EQ(f.quotes.size(), 1u) << text << "\n" << DescribeQuotes(f);
  EXPECT_EQ(f.quotes[0].text, "The nets are empty,");
  EXPECT_EQ(f.quotes[0].speaker, "person:ada-quill");
}

TEST(Quotes, AboutListsActorsInsideTheQuote) {
  const char* text = "\"Norway and Sweden must share the cod,\" says Ada Quill.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  ASSERT_EQ(f.quotes.size(), 1u) << text;
  EXPECT_EQ(f.quotes[0].about, (std::vector<std::string>{"country:NOR", "country:SWE"}));
  EXPECT_TRUE(HasRelation(f, RelationType::kQuotes, "person:ada-quill", "country:NOR"));
}

TEST(Quotes, ReportedSpeechIsIndirect) {
  const char* text = "Norway said that the quota talks would resume next month.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  ASSERT_EQ(f.quotes.size(), 1u) << text << "\n" << DescribeQuotes(f);
  EXPECT_FALSE(f.quotes[0].direct);
  EXPECT_EQ(f.quotes[0].speaker, "country:NOR");
  EXPECT_EQ(f.quotes[0].text, "that the quota talks would resume next month");
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

TEST(Quotes, AJoinedQuotationIsAboutWhatIsInsideItsMarks) {
  const char* text =
      "\"The nets are empty,\" Ada Quill told reporters in Oslo. \"Sweden took the fish.\"";
  DocumentFacts f = TestExtractor().Extract("t", text);
  ASSERT_EQ(f.quotes.size(), 1u) << DescribeQuotes(f);
  EXPECT_TRUE(f.quotes[0].direct);
  // Sweden is named inside the quotation; Oslo only in the attribution.
  EXPECT_EQ(f.quotes[0].about, std::vector<std::string>{"country:SWE"}) << DescribeQuotes(f);
}

}  // namespace
}  // namespace actorgraph
