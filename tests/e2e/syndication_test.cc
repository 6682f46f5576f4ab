// One story told many times, as a user meets it: five papers print the same
// wire story (tests/data/syndication.jsonl, invented: one copy opens with a
// dateline, one has curly quotation marks, one an extra space and comma, one
// an edited word), and a sixth document tells another story. `query said`
// lists each statement once with its five sources; the accusation is one
// claim, an edge of weight 1 with five statements in five documents, in the
// queries and in every export.
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

class SyndicationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("syndication.jsonl"));
    ASSERT_EQ(r.code, 0) << r.err;
  }

  nlohmann::json Json(const std::string& args) {
    RunResult r = Actorgraph(args + " --db " + db_ + " --format json");
    EXPECT_EQ(r.code, 0) << r.err;
    return nlohmann::json::parse(r.out, nullptr, false);
  }

  std::string Read(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }

  TempDir tmp_;
  std::string db_;
};

TEST_F(SyndicationTest, SaidListsEachStatementOnceWithItsSources) {
  nlohmann::json rows = Json("query said --by 'Tobias Grell'");
  ASSERT_TRUE(rows.is_array());
  ASSERT_EQ(rows.size(), 2u);  // the accusation, reported, and the quotation
  for (const auto& row : rows) {
    EXPECT_EQ(row["sources"], 5) << row.dump();
    ASSERT_EQ(row["source_documents"].size(), 5u);
    // The first source is the row's document: the earliest date.
    EXPECT_EQ(row["source_documents"][0]["document"], row["document"]);
    EXPECT_EQ(row["date"], "2031-05-02");
    EXPECT_EQ(row["source_documents"][4]["document"], "times-1");
    EXPECT_EQ(row["claim"].get<std::string>().size(), 16u);
  }
  const std::string quotation = rows[1]["text"];
  EXPECT_NE(quotation.find("poisoned the Sava"), std::string::npos);

  RunResult table = Actorgraph("query said --by 'Tobias Grell' --db " + db_);
  ASSERT_EQ(table.code, 0) << table.err;
  EXPECT_NE(table.out.find("\u00d75 sources"), std::string::npos) << table.out;
  RunResult csv = Actorgraph("query said --by 'Tobias Grell' --format csv --db " + db_);
  EXPECT_NE(csv.out.find("statement,sources\r\n"), std::string::npos) << csv.out;

  // The other story's statements stand alone.
  nlohmann::json other = Json("query said --by 'Ilse Marand'");
  ASSERT_FALSE(other.empty());
  for (const auto& row : other) EXPECT_EQ(row["sources"], 1);
}

TEST_F(SyndicationTest, TheAccusationIsOneClaimInEveryExport) {
  nlohmann::json links = Json("query neighbors 'Tobias Grell'");
  bool found = false;
  for (const auto& n : links) {
    for (const auto& l : n["links"]) {
      if (l["type"] != "accuses") continue;
      found = true;
      EXPECT_EQ(l["weight"], 1);
      EXPECT_EQ(l["statements"], 5);
      EXPECT_EQ(l["documents"], 5);
    }
  }
  EXPECT_TRUE(found) << links.dump();

  const std::string gexf = tmp_ / "g.gexf";
  ASSERT_EQ(Actorgraph("export --db " + db_ + " --format gexf --out " + gexf).code, 0);
  const std::string g = Read(gexf);
  const size_t edge = g.find("target=\"person:kestrel-mining\" label=\"accuses\"");
  ASSERT_NE(edge, std::string::npos) << g;
  EXPECT_NE(g.find("weight=\"1\"", edge), std::string::npos);
  EXPECT_LT(g.find("weight=\"1\"", edge), g.find("</edge>", edge));
  EXPECT_LT(g.find("<attvalue for=\"statements\" value=\"5\"/>", edge), g.find("</edge>", edge));
  EXPECT_LT(g.find("<attvalue for=\"documents\" value=\"5\"/>", edge), g.find("</edge>", edge));

  const std::string json_out = tmp_ / "g.json";
  ASSERT_EQ(Actorgraph("export --db " + db_ + " --format json --out " + json_out).code, 0);
  nlohmann::json graph = nlohmann::json::parse(Read(json_out));
  found = false;
  for (const auto& l : graph["links"]) {
    if (l["type"] != "accuses" || l["target"] != "person:kestrel-mining") continue;
    found = true;
    EXPECT_EQ(l["weight"], 1);
    EXPECT_EQ(l["statements"], 5);
    EXPECT_EQ(l["documents"], 5);
  }
  EXPECT_TRUE(found);

  // The picture says one accusation, printed five times.
  RunResult dot = Actorgraph("export --db " + db_ + " --format dot");
  ASSERT_EQ(dot.code, 0) << dot.err;
  EXPECT_NE(dot.out.find("label=\"accuses (5 sources)\""), std::string::npos) << dot.out;
  EXPECT_NE(dot.out.find("actorgraph_statements=5"), std::string::npos) << dot.out;

  const std::string neo = tmp_ / "neo";
  ASSERT_EQ(Actorgraph("export --db " + db_ + " --format csv --out " + neo).code, 0);
  const std::string rels = Read(neo + "/relations.csv");
  EXPECT_NE(rels.find("weight:int,statements:int,documents:int"), std::string::npos) << rels;
  EXPECT_NE(rels.find("\"person:kestrel-mining\",ACCUSES,1,5,5,"), std::string::npos) << rels;
}

TEST_F(SyndicationTest, RelationsListEachClaimOnceAndCopiesOnRequest) {
  nlohmann::json rows = Json("query relations --type accuses --from 'Tobias Grell'");
  ASSERT_EQ(rows.size(), 1u) << rows.dump();
  EXPECT_EQ(rows[0]["sources"], 5);
  EXPECT_EQ(rows[0]["date"], "2031-05-02");
  ASSERT_EQ(rows[0]["source_documents"].size(), 5u);
  EXPECT_EQ(rows[0]["source_documents"][0]["document"], rows[0]["document"]);
  nlohmann::json copies = Json("query relations --type accuses --from 'Tobias Grell' --copies");
  ASSERT_EQ(copies.size(), 5u);
  for (const auto& row : copies) {
    EXPECT_EQ(row["sources"], 1);
    EXPECT_EQ(row["claim"], rows[0]["claim"]);
  }
  nlohmann::json said = Json("query said --by 'Tobias Grell' --copies");
  EXPECT_EQ(said.size(), 10u);  // two statements, five copies each
}

TEST_F(SyndicationTest, ADateRangeCountsOnlyTheCopiesInIt) {
  // Four of the five copies are dated 2 and 3 May.
  nlohmann::json rows = Json("query said --by 'Tobias Grell' --until 2031-05-03");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["sources"], 4);
  nlohmann::json later = Json("query said --by 'Tobias Grell' --since 2031-05-04");
  ASSERT_EQ(later.size(), 2u);
  EXPECT_EQ(later[0]["sources"], 1);
  EXPECT_EQ(later[0]["document"], "times-1");
}

}  // namespace
}  // namespace actorgraph::testing
