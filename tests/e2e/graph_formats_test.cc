// GEXF, GraphML, node-link JSON and Neo4j CSV of a real store: an article and
// a hostile text of our own (tests/data/hostile_formats.jsonl: <script>, ]]>,
// &, quotes, backslashes, U+0001, U+FFFF, non-ASCII) ingested by the real
// binary into RocksDB, snapshotted, and each export read back by its consumer
// (NetworkX, strict csv; tests/export/read_exports.py).
#include <set>
#include <string>

#include "export/exporters.h"
#include "store/store.h"
#include "tests/e2e/cli_test.h"
#include "tests/export/read_back.h"

namespace actorgraph::testing {
namespace {

using nlohmann::json;

class GraphFormatsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("harbour.txt") + " " +
                             DataFile("batch.jsonl") + " " + DataFile("hostile_formats.jsonl"));
    ASSERT_EQ(r.code, 0) << r.err;
    auto store = Store::Open(db_, OpenMode::kReadOnly);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    auto corpus = (*store)->Snapshot(true);
    ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
    view_ = BuildGraphView(std::move(*corpus), GraphFilter{});
    ASSERT_GT(boost::num_edges(view_.graph), 0u);
  }

  std::set<std::string> ViewKeys() const {
    std::set<std::string> keys;
    for (Vertex v : boost::make_iterator_range(boost::vertices(view_.graph))) {
      keys.insert(view_.actor(v).id);
    }
    return keys;
  }

  TempDir tmp_;
  std::string db_;
  GraphView view_;
};

TEST_F(GraphFormatsTest, NetworkxReadsEveryGraphFormatWithAllActorsAndEdges) {
  auto gexf = ExportGexf(view_);
  auto graphml = ExportGraphml(view_);
  auto json_graph = ExportJsonGraph(view_);
  ASSERT_TRUE(gexf.ok() && graphml.ok() && json_graph.ok());
  const struct {
    const char* format;
    const std::string& text;
  } cases[] = {{"gexf", *gexf}, {"graphml", *graphml}, {"json", *json_graph}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.format);
    json g;
    ASSERT_TRUE(ReadBack(c.format, {c.text}, &g));
    std::set<std::string> ids;
    for (const auto& [id, attrs] : g["nodes"].items()) ids.insert(id);
    EXPECT_EQ(ids, ViewKeys());
    EXPECT_EQ(g["edges"].size(), boost::num_edges(view_.graph));
    std::set<std::string> starts;
    for (const json& e : g["edges"]) {
      if (e["attrs"].contains("start")) starts.insert(e["attrs"]["start"][0].get<std::string>());
    }
    // harbour.txt has no date; the JSONL documents do, one with a time.
    EXPECT_TRUE(starts.contains("2025-03-02")) << g["edges"].dump(1);
    EXPECT_TRUE(starts.contains("2025-01-15")) << g["edges"].dump(1);
  }
}

TEST_F(GraphFormatsTest, HostileEvidenceSurvivesAsTextInEveryFormat) {
  auto json_graph = ExportJsonGraph(view_);
  ASSERT_TRUE(json_graph.ok());
  json doc = json::parse(*json_graph);
  std::string hostile, ledgers;
  for (const json& l : doc["links"]) {
    std::string evidence = l["evidence"];
    if (evidence.find("<script>") != std::string::npos) hostile = evidence;
    if (evidence.find("ledgers") != std::string::npos) ledgers = evidence;
  }
  ASSERT_FALSE(hostile.empty()) << "no edge quotes the hostile sentence:\n" << doc.dump(1);
  EXPECT_NE(hostile.find("<script>alert(1)</script> report & its \"annex\""), std::string::npos)
      << hostile;
  // U+FFFF and U+0001 cannot be in XML: U+FFFD and a space, in every format.
  EXPECT_NE(ledgers.find("burying the \xEF\xBF\xBD ledgers   & the {braces}"), std::string::npos)
      << ledgers;

  auto gexf = ExportGexf(view_);
  ASSERT_TRUE(gexf.ok());
  json g;
  ASSERT_TRUE(ReadBack("gexf", {*gexf}, &g));
  std::set<std::string> gexf_evidence;
  for (const json& e : g["edges"]) gexf_evidence.insert(e["attrs"]["evidence"][0]);
  EXPECT_TRUE(gexf_evidence.contains(hostile)) << "GEXF lost the evidence " << hostile;
  EXPECT_TRUE(gexf_evidence.contains(ledgers)) << "GEXF lost the evidence " << ledgers;

  auto csv = ExportNeo4jCsv(view_);
  ASSERT_TRUE(csv.ok());
  json t;
  ASSERT_TRUE(ReadBack("csv", {csv->nodes, csv->relationships}, &t));
  EXPECT_EQ(t["nodes"].size(), 1 + boost::num_vertices(view_.graph));
  EXPECT_EQ(t["relationships"].size(), 1 + boost::num_edges(view_.graph));
  for (const json& row : t["relationships"]) EXPECT_EQ(row.size(), 11u) << row.dump();
}

}  // namespace
}  // namespace actorgraph::testing
