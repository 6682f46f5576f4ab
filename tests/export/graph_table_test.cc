// TabulateView and the text helpers behind every tabular export.
#include "export/graph_table.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/export/sample_corpus.h"

namespace actorgraph {
namespace {

using testing::MakeActor;
using testing::MakeRelation;
using testing::SampleCorpus;

TEST(GraphTableTest, IsoDayKeepsOnlyRealDays) {
  const struct {
    const char* date;
    std::optional<std::string> day;
  } cases[] = {
      {"2024-02-03", "2024-02-03"},       {"2024-02-03T10:00:00Z", "2024-02-03"},
      {"2024-02-03 10:00", "2024-02-03"}, {"", std::nullopt},
      {"2024-02", std::nullopt},          {"March 2024", std::nullopt},
      {"2024-13-01", std::nullopt},       {"2024-00-10", std::nullopt},
      {"2024-02-32", std::nullopt},       {"2024-02-031", std::nullopt},
      {"24-02-03xx", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(IsoDay(c.date), c.day) << "input: " << c.date;
}

TEST(GraphTableTest, CleanTextKeepsOnlyWhatXmlCarries) {
  const struct {
    std::string in;
    std::string out;
  } cases[] = {
      {"plain", "plain"},
      {"tab\tcr\r\nnul", "tab cr\nnul"},
      {std::string("nul\0x", 5), "nul x"},
      {"\xEF\xBF\xBE|\xEF\xBF\xBF|\xEF\xBF\xBD", "\xEF\xBF\xBD|\xEF\xBF\xBD|\xEF\xBF\xBD"},
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},  // overlong '/'
      {"日本", "日本"},
  };
  for (const auto& c : cases) EXPECT_EQ(CleanText(c.in), c.out) << "input: " << c.in;
}

TEST(GraphTableTest, JoinListSplitsBackIntoAsManyValues) {
  EXPECT_EQ(JoinList({"a;b", "c", ""}, ';', ','), "a,b;c;");
  EXPECT_EQ(JoinList({}, '|', '/'), "");
  EXPECT_EQ(JoinList({"x|y"}, '|', '/'), "x/y");
}

TEST(GraphTableTest, RowsCountMentionsDocumentsAndDistinctCues) {
  GraphTable t = TabulateView(BuildGraphView(SampleCorpus(), GraphFilter{}));
  ASSERT_EQ(t.nodes.size(), 6u);
  EXPECT_EQ(t.nodes[0].id, "person:ada-quill");
  EXPECT_EQ(t.nodes[0].mentions, 2u);
  EXPECT_EQ(t.nodes[0].documents, 2u);
  ASSERT_FALSE(t.edges.empty());
  const EdgeRow& accuses = t.edges[0];
  EXPECT_EQ(accuses.id, "e0");
  EXPECT_EQ(t.nodes[accuses.target].id, "country:NOR");
  EXPECT_EQ(accuses.weight, 3u);
  EXPECT_EQ(accuses.cues, (std::vector<std::string>{"accused", "blamed"}));
  EXPECT_EQ(accuses.start, "2024-02-03");
  EXPECT_TRUE(t.has_dates);
}

TEST(GraphTableTest, UnusableKeysGetUniqueFallbackIds) {
  Corpus c;
  c.actors = {MakeActor("group:\xFF", "A", ActorType::kGroup),
              MakeActor("actor-2", "B", ActorType::kGroup),  // the next one's fallback
              MakeActor("group:\x01", "C", ActorType::kGroup),
              MakeActor("group:two\nlines", "D", ActorType::kGroup)};
  c.actors[2].aliases = {"C", "C", "", "c\x02"};
  GraphFilter keep_all;
  keep_all.drop_isolated = false;
  GraphTable t = TabulateView(BuildGraphView(std::move(c), keep_all));
  ASSERT_EQ(t.nodes.size(), 4u);
  EXPECT_EQ(t.nodes[0].id, "actor-0");
  EXPECT_EQ(t.nodes[0].key, "group:\xEF\xBF\xBD");
  EXPECT_EQ(t.nodes[1].id, "actor-2");
  EXPECT_EQ(t.nodes[2].id, "actor-2'");
  EXPECT_EQ(t.nodes[3].id, "actor-3");
  EXPECT_EQ(t.nodes[3].key, "group:two\nlines");
  EXPECT_EQ(t.nodes[2].aliases, (std::vector<std::string>{"C", "c "}));
  EXPECT_FALSE(t.has_dates);
}

}  // namespace
}  // namespace actorgraph
