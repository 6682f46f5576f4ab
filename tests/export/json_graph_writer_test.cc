// ExportJsonGraph parsed by nlohmann (as a d3 page would use it) and read
// back by NetworkX's node_link_graph (tests/export/read_exports.py).
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
using testing::ReadBack;
using testing::SampleCorpus;
using testing::Typed;

TEST(JsonGraphWriterTest, LinksNameNodeIdsAsD3ForceLinkExpects) {
  auto text = ExportJsonGraph(KeepAllView(SampleCorpus()));
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  json doc = json::parse(*text, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << *text;
  EXPECT_EQ(doc["directed"], true);
  ASSERT_EQ(doc["nodes"].size(), 6u);
  ASSERT_EQ(doc["links"].size(), 5u);
  std::set<std::string> ids;
  for (const json& n : doc["nodes"]) ids.insert(n["id"].get<std::string>());
  EXPECT_EQ(ids.size(), 6u) << "node ids must be unique";
  std::set<std::string> link_ids;
  for (const json& l : doc["links"]) {
    EXPECT_TRUE(ids.contains(l["source"].get<std::string>())) << l.dump();
    EXPECT_TRUE(ids.contains(l["target"].get<std::string>())) << l.dump();
    EXPECT_TRUE(l["weight"].is_number_integer()) << l.dump();
    link_ids.insert(l["id"].get<std::string>());
  }
  EXPECT_EQ(link_ids.size(), 5u) << "Cytoscape.js needs unique edge ids";
  const json& ada = doc["nodes"][0];
  EXPECT_EQ(ada["id"], "person:ada-quill");
  EXPECT_EQ(ada["label"], "Ada Quill");
  EXPECT_EQ(ada["type"], "person");
  EXPECT_EQ(ada["mentions"], 2);
  EXPECT_EQ(ada["aliases"], json::array({"Ada Quill"}));
  EXPECT_EQ(ada["color"], "#fde68a");
}

TEST(JsonGraphWriterTest, NetworkxNodeLinkGraphReadsTypedLinks) {
  Corpus c = SampleCorpus();
  c.relations.push_back(
      MakeRelation(RelationType::kQuotes, "person:ada-quill", "country:NOR", "doc-2", "said"));
  auto text = ExportJsonGraph(KeepAllView(std::move(c)));
  ASSERT_TRUE(text.ok());
  json g;
  ASSERT_TRUE(ReadBack("json", {*text}, &g));
  EXPECT_EQ(g["directed"], true);
  EXPECT_EQ(g["multigraph"], true);
  EXPECT_EQ(g["nodes"].size(), 6u);
  EXPECT_EQ(g["edges"].size(), 6u) << g.dump(1);
  EXPECT_EQ(Typed(g["nodes"]["country:NOR"], "type"), "country:str");
  auto both = EdgesBetween(g, "person:ada-quill", "country:NOR");
  ASSERT_EQ(both.size(), 2u) << g.dump(1);
  const json& accuses = Typed(both[0], "type") == "accuses:str" ? both[0] : both[1];
  EXPECT_EQ(Typed(accuses, "type"), "accuses:str");
  EXPECT_EQ(Typed(accuses, "weight"), "3:int");
  EXPECT_EQ(Typed(accuses, "documents"), "2:int");
  EXPECT_EQ(Typed(accuses, "start"), "2024-02-03:str");
  EXPECT_EQ(accuses["cues"][0], json::array({"accused", "blamed"}));
}

TEST(JsonGraphWriterTest, UndatedLinksHaveNoStart) {
  Corpus c = SampleCorpus();
  for (Document& d : c.documents) d.date = "2024-02";
  auto text = ExportJsonGraph(KeepAllView(std::move(c)));
  ASSERT_TRUE(text.ok());
  json doc = json::parse(*text);
  for (const json& l : doc["links"]) EXPECT_FALSE(l.contains("start")) << l.dump();
}

TEST(JsonGraphWriterTest, TheSameViewGivesTheSameBytes) {
  auto first = ExportJsonGraph(KeepAllView(SampleCorpus()));
  auto second = ExportJsonGraph(KeepAllView(SampleCorpus()));
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(*first, *second);
}

}  // namespace
}  // namespace actorgraph
