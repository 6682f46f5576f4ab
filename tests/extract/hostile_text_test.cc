// Texts written to break the extractor: edges where a look-ahead runs out,
// and runs of cues that once made extraction quadratic. The contract under
// test is what a user relies on: every fact lies inside its text, and the
// time (and the facts) grow in proportion to the text.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "extract/extractor.h"
#include "tests/extract/extract_fixture.h"

namespace actorgraph {
namespace {

bool Inside(const Span& s, std::string_view text) { return s.start <= s.end && s.end <= text.size(); }

// Every span of `f` inside `text`, and each statement's text its span's.
void ExpectFactsInside(const DocumentFacts& f, std::string_view text) {
  for (const Actor& a : f.actors) {
    EXPECT_FALSE(a.id.empty());
    for (const Mention& m : a.mentions) EXPECT_TRUE(Inside(m.span, text)) << a.id;
  }
  for (const Quote& q : f.quotes) {
    ASSERT_TRUE(Inside(q.span, text)) << q.span.start << ".." << q.span.end;
    EXPECT_EQ(q.text, text.substr(q.span.start, q.span.end - q.span.start));
    if (q.speaker_mention) {
      ASSERT_TRUE(Inside(*q.speaker_mention, text));
      EXPECT_EQ(q.speaker_text, text.substr(q.speaker_mention->start,
                                            q.speaker_mention->end - q.speaker_mention->start));
    }
  }
  for (const Relation& r : f.relations) {
    EXPECT_TRUE(Inside(r.span, text)) << RelationTypeName(r.type) << " " << r.source;
    EXPECT_FALSE(r.source.empty());
  }
}

TEST(HostileTextTest, FactsStayInsideTextsThatEndWhereARuleLooksAhead) {
  const char* cases[] = {
      // A quotation, then a sentence running to the end with no stop: the
      // speaker rule after a quote once read the token past the last.
      "Officials have said they are \"calm\" the latest state reports, small",
      "Officials have said they are \"calm\" the latest state reported",
      "\"We are calm,\" the officials shrugged",
      "\"We are calm\" the officials shrugged",
      "\"We are calm?\" Ada Quill wrote",
      "\"We are calm,\" Ada Quill noted",
      "\"Are you sure?\" Bo Lind pressed",
      // A mark opening the text, still open when the next paragraph starts:
      // the quote finder looked at the token before the first.
      "\"A,\n\"B",
      "“A,\n“B",
      "Ada Quill said \"calm\"",
      "\"We are calm,\" said",
      "\"We are calm,\" Ada Quill",
      "\"We are calm,\" Ada Quill told",
      "\"We are calm.\" She added",
      "\"We are calm",
      "“We are calm”",
      "“",
      "\"",
      "''",
      "said",
      "said that",
      "He said",
      "He told reporters",
      "According to",
      "According to Ada Quill,",
      ", according to",
      "Norway accused",
      "Norway accused Russia of",
      "Russia denied",
      "Ada Quill, a former",
      "Ada Quill, the former senior official at",
      "Ada Quill:",
      "OSLO, March 4 -",
      "OSLO -",
      "--",
      "(",
      "Mr.",
      "U.S.",
      "Norway's",
      "'s",
      "—said Ada Quill",
      "X said: \"",
      "\"A,\" she said. \"",
  };
  for (const char* text : cases) {
    SCOPED_TRACE(text);
    for (const Extractor* e : {&TestExtractor(), &SplittingExtractor()}) {
      ExpectFactsInside(e->Extract("t", text), text);
    }
  }
}

// Fastest of three extractions of `text`, in seconds.
double BestTime(std::string_view text, size_t* quote_bytes) {
  double best = 1e9;
  for (int run = 0; run < 3; ++run) {
    const auto start = std::chrono::steady_clock::now();
    DocumentFacts f = TestExtractor().Extract("t", text);
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                              .count());
    *quote_bytes = 0;
    for (const Quote& q : f.quotes) *quote_bytes += q.text.size();
  }
  return best;
}

TEST(HostileTextTest, TimeAndFactsGrowInProportionToARunOfCues) {
  // Each pattern once took time (and gave statement text) growing with the
  // square of its length: every cue scanned, then stored, the rest of its
  // sentence. At 8x the size, linear work takes about 8x the time and
  // quadratic work 64x; the bound is generous so a loaded machine passes.
  const char* patterns[] = {"he said that ", "said ", "According to him, ", "said, ",
                            "Russia denied it and ", ", who said "};
  constexpr size_t kSmall = 24 << 10;
  for (const char* pattern : patterns) {
    SCOPED_TRACE(pattern);
    std::string small, large;
    while (small.size() < kSmall) small += pattern;
    for (int i = 0; i < 8; ++i) large += small;
    size_t small_bytes = 0, large_bytes = 0;
    const double t1 = BestTime(small, &small_bytes);
    const double t8 = BestTime(large, &large_bytes);
    EXPECT_LT(t8 / std::max(t1, 1e-4), 24.0) << "1x: " << t1 << " s, 8x: " << t8 << " s";
    EXPECT_LE(large_bytes, 12 * std::max<size_t>(small_bytes, 1))
        << "statement text 1x: " << small_bytes << " bytes, 8x: " << large_bytes;
    // Facts stay within a few times the text, whatever the text.
    EXPECT_LE(large_bytes, 8 * large.size());
  }
}

}  // namespace
}  // namespace actorgraph
