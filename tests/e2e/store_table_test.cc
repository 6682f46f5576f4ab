// The tabular exports read from the store edge by edge (cli/store_table.h)
// give the rows the in-memory path gives (TabulateView over a Snapshot), for
// every selection the store path serves. Texts are our own (tests/data,
// docs/examples).
#include <gtest/gtest.h>

#include "cli/queries.h"
#include "cli/store_table.h"
#include "graph/selection.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

class StoreTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    // harbour.txt is undated.
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("jamming.jsonl") + " " +
                             DataFile("roundtrip.jsonl") + " " + DataFile("harbour.txt"));
    ASSERT_EQ(r.code, 0) << r.err;
  }

  // Both tables for `selection`.
  std::pair<GraphTable, GraphTable> Both(const Selection& selection) {
    Result<std::unique_ptr<Store>> store = Store::Open(db_, OpenMode::kReadOnly);
    EXPECT_TRUE(store.ok()) << store.status().message();
    Result<GraphView> edges = LoadGraph(**store, selection);
    EXPECT_TRUE(edges.ok()) << edges.status().message();
    Result<GraphTable> from_store = TabulateStore(**store, *edges);
    EXPECT_TRUE(from_store.ok()) << from_store.status().message();
    Result<Corpus> corpus = (*store)->Snapshot(true);
    EXPECT_TRUE(corpus.ok());
    Result<GraphView> view = SelectGraph(std::move(corpus).value(), selection);
    EXPECT_TRUE(view.ok()) << view.status().message();
    return {std::move(from_store).value(), TabulateView(*view)};
  }

  TempDir tmp_;
  std::string db_;
};

std::string Describe(const GraphTable& t) {
  std::string out;
  for (const NodeRow& n : t.nodes) {
    out += "node " + n.id + " m" + std::to_string(n.mentions) + " d" +
           std::to_string(n.documents) + "\n";
  }
  for (const EdgeRow& e : t.edges) {
    out += "edge " + t.nodes[e.source].id + " " + std::string(RelationTypeName(e.type)) + " " +
           t.nodes[e.target].id + " w" + std::to_string(e.weight) + " d" +
           std::to_string(e.documents) + " [" + e.evidence + "] " + e.start.value_or("-") + "\n";
  }
  return out;
}

TEST_F(StoreTableTest, EveryEdgeSelectionGivesTheRowsOfTheInMemoryPath) {
  Selection all;
  auto [store_rows, memory_rows] = Both(all);
  EXPECT_EQ(store_rows, memory_rows) << "store:\n"
                                     << Describe(store_rows) << "memory:\n"
                                     << Describe(memory_rows);
  // Not a vacuous comparison: quotations, denials answering accusers,
  // evidence and dates are all there.
  bool quotes = false, denial = false, dated = false;
  for (const EdgeRow& e : store_rows.edges) {
    quotes |= e.type == RelationType::kQuotes && !e.evidence.empty();
    denial |= e.type == RelationType::kDenies;
    dated |= e.start.has_value();
  }
  EXPECT_TRUE(quotes && denial && dated) << Describe(store_rows);
  EXPECT_GE(store_rows.nodes.size(), 10u);

  Selection typed;
  typed.types = {RelationType::kAccuses, RelationType::kDenies};
  Selection heavy;
  heavy.min_weight = 2;
  Selection ego;
  ego.centres = {"country:RUS"};
  ego.depth = 1;
  Selection top;
  top.top = 5;
  top.top_by = Centrality::kPageRank;
  for (const Selection* s : {&typed, &heavy, &ego, &top}) {
    auto [a, b] = Both(*s);
    EXPECT_EQ(a, b) << "store:\n" << Describe(a) << "memory:\n" << Describe(b);
    EXPECT_FALSE(a.nodes.empty());
  }
}

TEST_F(StoreTableTest, ExportFilesAreTheSameBytesEitherWay) {
  // On dated documents only, --since 1900 keeps every relation but takes the
  // in-memory way (a date bound needs the relations); without it, the store
  // way.
  const std::string dated = tmp_ / "dated.db";
  RunResult r = Actorgraph("ingest --db " + dated + " " + DataFile("jamming.jsonl") + " " +
                           DataFile("roundtrip.jsonl"));
  ASSERT_EQ(r.code, 0) << r.err;
  for (const std::string format : {"json", "gexf", "graphml"}) {
    RunResult store_way = Actorgraph("export --db " + dated + " --format " + format);
    RunResult memory_way =
        Actorgraph("export --db " + dated + " --format " + format + " --since 1900");
    ASSERT_EQ(store_way.code, 0) << store_way.err;
    ASSERT_EQ(memory_way.code, 0) << memory_way.err;
    EXPECT_EQ(store_way.out, memory_way.out) << format;
    EXPECT_GT(store_way.out.size(), 1000u) << format;
  }
}

}  // namespace
}  // namespace actorgraph::testing
