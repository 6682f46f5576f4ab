// ExportGexf read back by NetworkX's read_gexf (tests/export/read_exports.py).
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "export/exporters.h"
#include "tests/export/read_back.h"
#include "tests/export/sample_corpus.h"

namespace actorgraph {
namespace {

using nlohmann::json;
using testing::EdgesBetween;
using testing::KeepAllView;
using testing::MakeRelation;
using testing::ReadBackExport;
using testing::SampleCorpus;
using testing::Typed;

json Read(const GraphView& view) { return ReadBackExport("gexf", ExportGexf(view)); }

TEST(GexfWriterTest, NetworkxReadsEveryActorWithTypedAttributes) {
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
    const char* documents;
  } cases[] = {
      {"person:ada-quill", "Ada Quill", "person", "2:int", "2:int"},
      {"country:NOR", "Norway", "country", "0:int", "0:int"},
      {"agency:fisheries", "Ministry of Fisheries", "agency", "0:int", "0:int"},
      {"group:netmakers", "the Netmakers", "group", "0:int", "0:int"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.id);
    ASSERT_TRUE(g["nodes"].contains(c.id)) << g.dump(1);
    const json& n = g["nodes"][c.id];
    EXPECT_EQ(Typed(n, "label"), std::string(c.label) + ":str");
    EXPECT_EQ(Typed(n, "key"), std::string(c.id) + ":str");
    EXPECT_EQ(Typed(n, "type"), std::string(c.type) + ":str");
    EXPECT_EQ(Typed(n, "mentions"), c.mentions);
    EXPECT_EQ(Typed(n, "documents"), c.documents);
    EXPECT_EQ(Typed(n, "aliases"), "[\"" + std::string(c.label) + "\"]:str");
  }
  // Each actor's community by modularity, for Gephi's partition colours:
  // an integer that names a community of the graph.
  std::set<std::string> communities;
  for (const auto& [id, n] : g["nodes"].items()) {
    const std::string community = Typed(n, "community");
    EXPECT_TRUE(community.ends_with(":int")) << id << " " << community;
    communities.insert(community);
  }
  EXPECT_TRUE(communities.count("0:int")) << "the largest is 0";
}

TEST(GexfWriterTest, EdgesCarryRelationWeightEvidenceAndStartDate) {
  json g = Read(KeepAllView(SampleCorpus()));
  ASSERT_TRUE(g.is_object());
  EXPECT_EQ(g["graph"]["mode"][0], "dynamic");
  auto accuses = EdgesBetween(g, "person:ada-quill", "country:NOR");
  ASSERT_EQ(accuses.size(), 1u) << g.dump(1);
  EXPECT_EQ(Typed(accuses[0], "relation"), "accuses:str");
  EXPECT_EQ(Typed(accuses[0], "weight"),
            "3.0:float");  // GEXF weights are floats
  EXPECT_EQ(Typed(accuses[0], "documents"), "2:int");
  EXPECT_EQ(Typed(accuses[0], "cues"), "[\"accused\", \"blamed\"]:str");
  EXPECT_EQ(Typed(accuses[0], "start"),
            "2024-02-03:str");  // the earlier of its documents
  auto quotes = EdgesBetween(g, "person:ada-quill", "agency:fisheries");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(Typed(quotes[0], "evidence"), "The Ministry of Fisheries sold the quota twice.:str");
  EXPECT_EQ(Typed(quotes[0], "start"), "2024-02-04:str");
  auto denies = EdgesBetween(g, "country:NOR", "person:ada-quill");
  ASSERT_EQ(denies.size(), 1u);
  EXPECT_EQ(Typed(denies[0], "relation"), "denies:str");
  EXPECT_EQ(Typed(denies[0], "evidence"),
            "rejected:str");  // the cue: no text held
}

TEST(GexfWriterTest, UndatedDocumentsGiveAStaticGraphWithoutStart) {
  Corpus c = SampleCorpus();
  c.documents[0].date = "";
  c.documents[1].date = "early February";
  GraphView view = KeepAllView(std::move(c));
  auto gexf = ExportGexf(view);
  ASSERT_TRUE(gexf.ok());
  EXPECT_EQ(gexf->find("timeformat"), std::string::npos) << *gexf;
  json g = Read(view);
  ASSERT_TRUE(g.is_object());
  EXPECT_EQ(g["graph"]["mode"][0], "static");
  for (const json& e : g["edges"]) EXPECT_FALSE(e["attrs"].contains("start")) << e.dump();
}

TEST(GexfWriterTest, ListsUseGephisArraySyntaxAndEmptyListsAreLeftOut) {
  Corpus c = SampleCorpus();
  c.actors[0].aliases = {"Ada Quill", "say \"hi\", Ada", "back\\slash [x]"};
  c.actors[1].aliases.clear();
  json g = Read(KeepAllView(std::move(c)));
  ASSERT_TRUE(g.is_object());
  // Gephi's ArraysParser reads quoted values with \\ and \" escapes.
  EXPECT_EQ(Typed(g["nodes"]["person:ada-quill"], "aliases"),
            "[\"Ada Quill\", \"say \\\"hi\\\", Ada\", \"back\\\\slash [x]\"]:str");
  EXPECT_EQ(Typed(g["nodes"]["country:NOR"], "aliases"), "<missing>");
}

TEST(GexfWriterTest, ColoursFollowTheDotPalette) {
  json g = Read(KeepAllView(SampleCorpus()));
  ASSERT_TRUE(g.is_object());
  const json& viz = g["nodes"]["country:NOR"]["viz"][0];
  EXPECT_EQ(viz["color"]["r"], 0x93) << viz.dump();  // #93c5fd, as in DOT
  EXPECT_EQ(viz["color"]["g"], 0xc5);
  EXPECT_EQ(viz["color"]["b"], 0xfd);
}

TEST(GexfWriterTest, SeveralRelationsBetweenTwoActorsAreParallelEdges) {
  Corpus c = SampleCorpus();
  c.relations.push_back(
      MakeRelation(RelationType::kQuotes, "person:ada-quill", "country:NOR", "doc-1", "said"));
  GraphView view = KeepAllView(std::move(c));
  // Gephi merges parallel edges unless their kinds differ.
  auto gexf = ExportGexf(view);
  ASSERT_TRUE(gexf.ok());
  EXPECT_NE(gexf->find("label=\"quotes\" kind=\"quotes\""), std::string::npos) << *gexf;
  json g = Read(view);
  ASSERT_TRUE(g.is_object());
  EXPECT_EQ(g["multigraph"], true);
  auto both = EdgesBetween(g, "person:ada-quill", "country:NOR");
  ASSERT_EQ(both.size(), 2u) << g.dump(1);
  EXPECT_NE(Typed(both[0], "relation"), Typed(both[1], "relation"));
}

TEST(GexfWriterTest, TheSameViewGivesTheSameBytes) {
  auto first = ExportGexf(KeepAllView(SampleCorpus()));
  auto second = ExportGexf(KeepAllView(SampleCorpus()));
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(*first, *second);
}

TEST(GexfWriterTest, AnEmptyViewIsAValidEmptyGraph) {
  json g = Read(BuildGraphView(Corpus{}, GraphFilter{}));
  ASSERT_TRUE(g.is_object());
  EXPECT_EQ(g["nodes"].size(), 0u);
  EXPECT_EQ(g["edges"].size(), 0u);
}

}  // namespace
}  // namespace actorgraph
