// Hostile text through every tabular export: each consumer (NetworkX for
// GEXF, GraphML and node-link JSON; strict csv for Neo4j CSV) must accept the
// file and read back the text as shown, cleaned only where the format cannot
// carry it.
#include <gtest/gtest.h>

#include <string>

#include "export/exporters.h"
#include "tests/export/read_back.h"
#include "tests/export/sample_corpus.h"

namespace actorgraph {
namespace {

using nlohmann::json;
using testing::MakeActor;
using testing::MakeRelation;
using testing::ReadBack;
using testing::Typed;

constexpr char kFffd[] = "\xEF\xBF\xBD";

// A name, and how it reads back: through XML and JSON (which keep newlines)
// and through CSV (one line per record).
struct HostileName {
  std::string name;
  std::string shown;
  std::string shown_in_csv;
};

const HostileName kNames[] = {
    {"<script>alert(1)</script>", "<script>alert(1)</script>", "<script>alert(1)</script>"},
    {"a ]]> b & c &amp; \"d\" 'e'", "a ]]> b & c &amp; \"d\" 'e'", "a ]]> b & c &amp; \"d\" 'e'"},
    {"ends in a backslash \\", "ends in a backslash \\", "ends in a backslash \\"},
    {"two\nlines\r\nthree", "two\nlines\nthree", "two lines three"},
    {"ctl\x01\x08\x0B\x1F\x7F|;,", "ctl     |;,", "ctl     |;,"},
    {"bad \xC3 \xFF \xED\xA0\x80 utf8",
     std::string("bad ") + kFffd + " " + kFffd + " " + kFffd + kFffd + kFffd + " utf8",
     std::string("bad ") + kFffd + " " + kFffd + " " + kFffd + kFffd + kFffd + " utf8"},
    {"non-char \xEF\xBF\xBE\xEF\xBF\xBF", std::string("non-char ") + kFffd + kFffd,
     std::string("non-char ") + kFffd + kFffd},
    {"ünïcødé 日本 \xF0\x9F\x90\x9F", "ünïcødé 日本 \xF0\x9F\x90\x9F",
     "ünïcødé 日本 \xF0\x9F\x90\x9F"},
};

// Ada quotes and accuses every hostile actor; the cues, quotes and two
// actors' keys are hostile too.
GraphView HostileView() {
  Corpus c;
  c.documents.push_back(Document{"doc-1", "<title>", "2024-05-06T07:08:09Z", "", "", 0, ""});
  c.actors.push_back(MakeActor("person:ada-quill", "Ada Quill", ActorType::kPerson));
  for (size_t i = 0; i < std::size(kNames); ++i) {
    std::string key = "group:k" + std::to_string(i);
    c.actors.push_back(MakeActor(key, kNames[i].name, kAllActorTypes[i % 6]));
    c.relations.push_back(
        MakeRelation(kAllRelationTypes[i % 4], "person:ada-quill", key, "doc-1", kNames[i].name));
    Quote q;
    q.document = "doc-1";
    q.text = kNames[i].name;
    q.speaker = "person:ada-quill";
    q.about = {key};
    c.quotes.push_back(q);
  }
  // Keys no XML id or CSV field can hold as they are.
  c.actors.push_back(MakeActor("group:\x01\xFF<&>", "bad key", ActorType::kGroup));
  c.relations.push_back(
      MakeRelation(RelationType::kAccuses, "group:\x01\xFF<&>", "person:ada-quill", "doc-1", "x"));
  c.actors.push_back(MakeActor("group:\"quoted\", \\ ;", "odd key", ActorType::kGroup));
  c.relations.push_back(MakeRelation(RelationType::kAccuses, "group:\"quoted\", \\ ;",
                                     "person:ada-quill", "doc-1", "y"));
  return BuildGraphView(std::move(c), GraphFilter{});
}

constexpr size_t kActors = 1 + std::size(kNames) + 2;
constexpr size_t kEdges = std::size(kNames) + 2;

void ExpectGraphReadsBack(const std::string& format, const std::string& text) {
  SCOPED_TRACE(format);
  json g;
  ASSERT_TRUE(ReadBack(format, {text}, &g));
  EXPECT_EQ(g["nodes"].size(), kActors) << g.dump(1);
  EXPECT_EQ(g["edges"].size(), kEdges) << g.dump(1);
  for (size_t i = 0; i < std::size(kNames); ++i) {
    const json& n = g["nodes"]["group:k" + std::to_string(i)];
    EXPECT_EQ(Typed(n, "label"), kNames[i].shown + ":str") << "input: " << kNames[i].name;
  }
  EXPECT_TRUE(g["nodes"].contains("actor-9")) << "a key XML cannot carry gets an id";
  EXPECT_EQ(Typed(g["nodes"]["actor-9"], "key"), std::string("group: ") + kFffd + "<&>:str");
  EXPECT_TRUE(g["nodes"].contains("group:\"quoted\", \\ ;")) << g.dump(1);
}

TEST(HostileExportTest, GexfStaysReadable) {
  auto gexf = ExportGexf(HostileView());
  ASSERT_TRUE(gexf.ok()) << gexf.status().ToString();
  ExpectGraphReadsBack("gexf", *gexf);
}

TEST(HostileExportTest, GraphmlStaysReadable) {
  auto graphml = ExportGraphml(HostileView());
  ASSERT_TRUE(graphml.ok()) << graphml.status().ToString();
  ExpectGraphReadsBack("graphml", *graphml);
}

TEST(HostileExportTest, JsonStaysReadable) {
  auto text = ExportJsonGraph(HostileView());
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  ASSERT_FALSE(json::parse(*text, nullptr, false).is_discarded()) << *text;
  ExpectGraphReadsBack("json", *text);
}

TEST(HostileExportTest, Neo4jCsvStaysReadable) {
  auto csv = ExportNeo4jCsv(HostileView());
  ASSERT_TRUE(csv.ok()) << csv.status().ToString();
  json t;
  ASSERT_TRUE(ReadBack("csv", {csv->nodes, csv->relationships}, &t));
  ASSERT_EQ(t["nodes"].size(), 1 + kActors) << t.dump(1);
  ASSERT_EQ(t["relationships"].size(), 1 + kEdges) << t.dump(1);
  for (const json& row : t["nodes"]) EXPECT_EQ(row.size(), 8u) << row.dump();
  for (const json& row : t["relationships"]) EXPECT_EQ(row.size(), 11u) << row.dump();
  for (size_t i = 0; i < std::size(kNames); ++i) {
    EXPECT_EQ(t["nodes"][2 + i][1], kNames[i].shown_in_csv) << "input: " << kNames[i].name;
  }
  EXPECT_EQ(t["nodes"][1 + kActors - 2][0], "actor-9");
  EXPECT_EQ(t["nodes"][1 + kActors - 1][0], "group:\"quoted\", \\ ;");
  // The time of day is dropped: start:date wants a date.
  EXPECT_EQ(t["relationships"][1][8], "2024-05-06");
}

}  // namespace
}  // namespace actorgraph
