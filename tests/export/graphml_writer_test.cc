// ExportGraphml read back by NetworkX's read_graphml
// (tests/export/read_exports.py).
#include <gtest/gtest.h>

#include <string>

#include "export/exporters.h"
#include "tests/export/read_back.h"
#include "tests/export/sample_corpus.h"

namespace actorgraph {
namespace {

using nlohmann::json;
using testing::EdgesBetween;
using testing::KeepAllView;
using testing::ReadBackExport;
using testing::SampleCorpus;
using testing::Typed;

json Read(const GraphView& view) { return ReadBackExport("graphml", ExportGraphml(view)); }

TEST(GraphmlWriterTest, NetworkxReadsTypedNodeAttributes) {
  json g = Read(KeepAllView(SampleCorpus()));
  ASSERT_TRUE(g.is_object());
  EXPECT_EQ(g["directed"], true);
  EXPECT_EQ(g["nodes"].size(), 6u) << g.dump(1);
  EXPECT_EQ(g["edges"].size(), 5u) << g.dump(1);
  const struct {
    const char* id;
    const char* label;
    const char* type;
    const char* mentions;
  } cases[] = {
      {"person:ada-quill", "Ada Quill", "person", "2:int"},
      {"org:harbour-trust", "Harbour Trust", "organization", "0:int"},
      {"location:tromso-bay", "Tromso Bay", "location", "0:int"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.id);
    ASSERT_TRUE(g["nodes"].contains(c.id)) << g.dump(1);
    const json& n = g["nodes"][c.id];
    EXPECT_EQ(Typed(n, "label"), std::string(c.label) + ":str");
    EXPECT_EQ(Typed(n, "type"), std::string(c.type) + ":str");
    EXPECT_EQ(Typed(n, "mentions"), c.mentions);
    EXPECT_EQ(Typed(n, "aliases"), std::string(c.label) + ":str");
  }
}

TEST(GraphmlWriterTest, EdgeWeightIsAnIntAndStartTheEarliestDate) {
  json g = Read(KeepAllView(SampleCorpus()));
  ASSERT_TRUE(g.is_object());
  auto accuses = EdgesBetween(g, "person:ada-quill", "country:NOR");
  ASSERT_EQ(accuses.size(), 1u) << g.dump(1);
  EXPECT_EQ(Typed(accuses[0], "relation"), "accuses:str");
  EXPECT_EQ(Typed(accuses[0], "weight"), "3:int");
  EXPECT_EQ(Typed(accuses[0], "documents"), "2:int");
  EXPECT_EQ(Typed(accuses[0], "cues"), "accused|blamed:str");
  EXPECT_EQ(Typed(accuses[0], "start"), "2024-02-03:str");
  auto member = EdgesBetween(g, "group:netmakers", "org:harbour-trust");
  ASSERT_EQ(member.size(), 1u);
  EXPECT_EQ(Typed(member[0], "relation"), "affiliated_with:str");
  EXPECT_EQ(Typed(member[0], "evidence"), "members of:str");
}

TEST(GraphmlWriterTest, UndatedEdgesHaveNoStart) {
  Corpus c = SampleCorpus();
  c.documents.clear();  // relations name documents the corpus does not hold
  json g = Read(BuildGraphView(std::move(c), GraphFilter{}));
  ASSERT_TRUE(g.is_object());
  ASSERT_EQ(g["edges"].size(), 5u);
  for (const json& e : g["edges"]) EXPECT_FALSE(e["attrs"].contains("start")) << e.dump();
}

TEST(GraphmlWriterTest, TheSameViewGivesTheSameBytes) {
  auto first = ExportGraphml(KeepAllView(SampleCorpus()));
  auto second = ExportGraphml(KeepAllView(SampleCorpus()));
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(*first, *second);
}

}  // namespace
}  // namespace actorgraph
