// End to end: export and render through the real binary, read back by real
// consumers (Graphviz's dot, the Cap'n Proto schema).
#include <nlohmann/json.hpp>

#include <sstream>

#include "export/exporters.h"
#include "store/store.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

class ExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("harbour.txt") + " " +
                             DataFile("batch.jsonl"));
    ASSERT_EQ(r.code, 0) << r.err;
  }

  TempDir tmp_;
  std::string db_;
};

TEST_F(ExportTest, DotExportRendersWithGraphvizDot) {
  std::string dot = tmp_ / "g.dot";
  RunResult r = Actorgraph("export --db " + db_ + " --format dot --out " + dot);
  ASSERT_EQ(r.code, 0) << r.err;
  std::string text = ReadFile(dot);
  EXPECT_NE(text.find("digraph"), std::string::npos);
  EXPECT_NE(text.find("Denmark"), std::string::npos) << text;
  RunResult svg = Shell("dot -Tsvg " + dot);
  EXPECT_EQ(svg.code, 0) << svg.err;
  EXPECT_NE(svg.out.find("<svg"), std::string::npos);
}

TEST_F(ExportTest, DotGoesToStdoutWithoutOut) {
  RunResult r = Actorgraph("export --db " + db_ + " --format dot");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("digraph", 0), 0u) << r.out.substr(0, 200);
}

TEST_F(ExportTest, CapnpExportReadsBackEqualToTheStore) {
  std::string file = tmp_ / "g.capnp";
  RunResult r = Actorgraph("export --db " + db_ + " --format capnp --out " + file);
  ASSERT_EQ(r.code, 0) << r.err;
  auto imported = ImportCapnp(file);
  ASSERT_TRUE(imported.ok()) << imported.status().ToString();
  auto store = Store::Open(db_, OpenMode::kReadOnly);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  // Texts are exported by default (--no-text leaves them out).
  auto snapshot = (*store)->Snapshot(true);
  ASSERT_TRUE(snapshot.ok());
  EXPECT_EQ(imported->documents, snapshot->documents);
  EXPECT_EQ(imported->actors, snapshot->actors);
  EXPECT_EQ(imported->quotes, snapshot->quotes);
  EXPECT_EQ(imported->relations, snapshot->relations);
  EXPECT_EQ(imported->documents.size(), 4u);
  EXPECT_FALSE(imported->quotes.empty());
  EXPECT_FALSE(imported->documents[0].text.empty());
}

TEST_F(ExportTest, CapnpExportWithoutTextKeepsTheHashes) {
  std::string file = tmp_ / "g.capnp";
  RunResult r = Actorgraph("export --db " + db_ + " --format capnp --no-text --out " + file);
  ASSERT_EQ(r.code, 0) << r.err;
  auto imported = ImportCapnp(file);
  ASSERT_TRUE(imported.ok()) << imported.status().ToString();
  auto store = Store::Open(db_, OpenMode::kReadOnly);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto snapshot = (*store)->Snapshot(false);
  ASSERT_TRUE(snapshot.ok());
  EXPECT_EQ(imported->documents, snapshot->documents);
  for (const Document& d : imported->documents) {
    EXPECT_TRUE(d.text.empty()) << d.id;
    EXPECT_NE(d.content_hash, 0u) << d.id;
  }
}

TEST_F(ExportTest, RenderWritesRealPngSvgAndPdf) {
  for (const char* fmt : {"png", "svg", "pdf"}) {
    std::string out = tmp_ / (std::string("g.") + fmt);
    RunResult r = Actorgraph("render --db " + db_ + " --format " + fmt + " --out " + out);
    ASSERT_EQ(r.code, 0) << fmt << ": " << r.err;
    std::string bytes = ReadFile(out);
    ASSERT_GT(bytes.size(), 100u) << fmt;
    std::string f = fmt;
    if (f == "png") {
      EXPECT_EQ(bytes.substr(0, 8), "\x89PNG\r\n\x1a\n");
    } else if (f == "svg") {
      EXPECT_NE(bytes.find("<svg"), std::string::npos);
    } else {
      EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
    }
  }
}

TEST_F(ExportTest, ExportOfAMissingStoreFailsCleanly) {
  RunResult r = Actorgraph("export --db " + (tmp_ / "none.db") + " --format dot");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no actorgraph store at"), std::string::npos) << r.err;
}

TEST(ExtractCommandTest, StreamsOneFactsLinePerDocument) {
  RunResult r = Actorgraph("extract --format jsonl " + DataFile("batch.jsonl"));
  ASSERT_EQ(r.code, 0) << r.err;
  std::vector<nlohmann::json> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 3u) << r.out;
  EXPECT_EQ(lines[0]["doc"], "wire-001");
  EXPECT_EQ(lines[2]["doc"], "3");
  for (const auto& facts : lines) {
    for (const char* key : {"actors", "quotes", "relations"}) {
      EXPECT_TRUE(facts[key].is_array()) << key;
    }
  }
}

TEST(ExtractCommandTest, TxtIdIsTheFileStemAndOffsetsAreBytes) {
  RunResult r = Actorgraph("extract " + DataFile("harbour.txt"));
  ASSERT_EQ(r.code, 0) << r.err;
  auto facts = nlohmann::json::parse(r.out);
  EXPECT_EQ(facts["doc"], "harbour");
  std::string text = ReadFile(DataFile("harbour.txt"));
  ASSERT_FALSE(facts["quotes"].empty());
  for (const auto& q : facts["quotes"]) {
    size_t start = q["start"], end = q["end"];
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), q["text"].get<std::string>());
  }
  for (const auto& a : facts["actors"]) {
    for (const auto& m : a["mentions"]) {
      size_t start = m["start"], end = m["end"];
      ASSERT_LE(end, text.size()) << a.dump();
      EXPECT_FALSE(text.substr(start, end - start).empty());
    }
  }
}

TEST(ExtractCommandTest, ReadsStdin) {
  RunResult r = Shell("printf '\"We are ready,\" said Ada Quill, the Irish envoy.' | " +
                      std::string(ACTORGRAPH_BINARY) + " extract -");
  ASSERT_EQ(r.code, 0) << r.err;
  auto facts = nlohmann::json::parse(r.out);
  EXPECT_EQ(facts["doc"], "stdin");
}

}  // namespace
}  // namespace actorgraph::testing
