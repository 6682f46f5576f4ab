// Accusations and denials.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/extract_fixture.h"

namespace actorgraph {
namespace {

struct EdgeCase {
  const char* text;
  RelationType type;
  const char* source;
  const char* target;
};

TEST(Relations, FindsAccusationsAndDenials) {
  const EdgeCase cases[] = {
      {"Norway accused Sweden of overfishing.", RelationType::kAccuses, "country:NOR",
       "country:SWE"},
      {"Norway and Denmark blamed Sweden for the collapse.", RelationType::kAccuses,
       "country:DNK", "country:SWE"},
      {"Norway and Denmark blamed Sweden for the collapse.", RelationType::kAccuses,
       "country:NOR", "country:SWE"},
      {"Moscow suspected Beijing of hiding the catch data.", RelationType::kAccuses,
       "country:RUS", "country:CHN"},
      {"Iceland and Norway felt cheated. They pointed the finger at Sweden.",
       RelationType::kAccuses, "country:ISL", "country:SWE"},
      {"Sweden denied the claims.", RelationType::kDenies, "country:SWE", ""},
      {"Norway on Friday blamed Sweden for the collapse.", RelationType::kAccuses,
       "country:NOR", "country:SWE"},
      {"Moscow last week accused Beijing of stalling.", RelationType::kAccuses, "country:RUS",
       "country:CHN"},
      {"Sweden yesterday denied the claims.", RelationType::kDenies, "country:SWE", ""},
      {"Sweden rejected the accusations.", RelationType::kDenies, "country:SWE", ""},
      {"Finland dismissed the allegations as absurd.", RelationType::kDenies, "country:FIN", ""},
      {"Critics point the finger at Sweden and Finland. Both deny any wrongdoing.",
       RelationType::kDenies, "country:FIN", ""},
      {"Norway held Russia responsible for the cut cable.", RelationType::kAccuses,
       "country:NOR", "country:RUS"},
      {"Norway is holding Moscow responsible.", RelationType::kAccuses, "country:NOR",
       "country:RUS"},
      {"Denmark alleged that Iceland had hidden the data.", RelationType::kAccuses,
       "country:DNK", "country:ISL"},
  };
  for (const EdgeCase& c : cases) {
    DocumentFacts f = TestExtractor().Extract("t", c.text);
    EXPECT_TRUE(HasRelation(f, c.type, c.source, c.target))
        << "input: " << c.text << "\nwanted " << RelationTypeName(c.type) << " " << c.source
        << " -> " << c.target << "\ngot:\n"
        << DescribeRelations(f);
  }
}

TEST(Relations, NegatedHypotheticalAndPassiveCuesGiveNoEdge) {
  const char* cases[] = {
      // (More negated, hypothetical and question forms: disapprove_test.cc.)
      "In a crisis Norway might wrongly blame Sweden for the losses.",
      "Sweden -- blamed for the collapse -- stayed silent.",
      "A nation might wrongly blame a rival government for one hacker.",
      "\"I'm not going to single out Sweden,\" says Ada Quill.",
      "Norway was blamed for the collapse by its neighbours.",
  };
  for (const char* text : cases) {
    DocumentFacts f = TestExtractor().Extract("t", text);
    EXPECT_EQ(CountRelations(f, RelationType::kAccuses), 0)
        << "input: " << text << "\ngot:\n" << DescribeRelations(f);
  }
}

TEST(Relations, EvidenceSpanIsTheSentence) {
  const std::string text = "The talks ended. Norway accused Sweden of overfishing. Nobody spoke.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  ASSERT_EQ(CountRelations(f, RelationType::kAccuses), 1) << DescribeRelations(f);
  const Relation& r = f.relations.back();
  EXPECT_EQ(text.substr(r.span.start, r.span.end - r.span.start),
            "Norway accused Sweden of overfishing.");
  EXPECT_EQ(r.cue, "accused");
  EXPECT_GT(r.confidence, 0.0);
  EXPECT_LE(r.confidence, 1.0);
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

TEST(Relations, AccusationReadAsAStatementAddsNoQuotesEdge) {
  const char* text = "Norway accused Russia of cutting the cable.";
  DocumentFacts f = TestExtractor().Extract("t", text);
  EXPECT_TRUE(HasRelation(f, RelationType::kAccuses, "country:NOR", "country:RUS"))
      << DescribeRelations(f);
  EXPECT_EQ(CountRelations(f, RelationType::kQuotes), 0) << DescribeRelations(f);
  // The accusation is still there as Norway's reported statement.
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_FALSE(f.quotes[0].direct);
  EXPECT_EQ(f.quotes[0].speaker, "country:NOR");
}

TEST(Relations, AccusationHoldingAQuoteAddsNoQuotesEdgeEither) {
  for (const char* text : {"Norway accused Russia of \"cutting the cable on purpose.\"",
                           "Russia denied Norway's \"wild claims\" about the cable."}) {
    DocumentFacts f = TestExtractor().Extract("t", text);
    EXPECT_EQ(CountRelations(f, RelationType::kQuotes), 0) << text << "\n" << DescribeRelations(f);
    size_t fragments = 0;
    for (const Quote& q : f.quotes) fragments += q.fragments.size();
    EXPECT_EQ(fragments, 1u) << text << ": the quotation is kept in a statement\n" << DescribeRelations(f);
  }
}

}  // namespace
}  // namespace actorgraph
