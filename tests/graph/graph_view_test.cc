#include "graph/graph_view.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace actorgraph {
namespace {

Actor MakeActor(std::string id, std::string name, ActorType type) {
  Actor a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.type = type;
  return a;
}

Relation MakeRelation(RelationType type, std::string source, std::string target,
                      std::string document) {
  Relation r;
  r.type = type;
  r.source = std::move(source);
  r.target = std::move(target);
  r.document = std::move(document);
  r.cue = "said";
  return r;
}

// Ada Quill accuses Norway three times in two documents and quotes the
// Ministry once; Norway denies once; the Ministry is affiliated with Norway;
// Bram Oster appears in no relation.
Corpus SampleCorpus() {
  Corpus c;
  c.actors = {MakeActor("person:ada-quill", "Ada Quill", ActorType::kPerson),
              MakeActor("country:NOR", "Norway", ActorType::kCountry),
              MakeActor("agency:fisheries", "Ministry of Fisheries", ActorType::kAgency),
              MakeActor("person:bram-oster", "Bram Oster", ActorType::kPerson)};
  c.relations = {
      MakeRelation(RelationType::kAccuses, "person:ada-quill", "country:NOR", "doc-1"),
      MakeRelation(RelationType::kAccuses, "person:ada-quill", "country:NOR", "doc-1"),
      MakeRelation(RelationType::kAccuses, "person:ada-quill", "country:NOR", "doc-2"),
      MakeRelation(RelationType::kQuotes, "person:ada-quill", "agency:fisheries", "doc-2"),
      MakeRelation(RelationType::kDenies, "country:NOR", "person:ada-quill", "doc-3"),
      MakeRelation(RelationType::kAffiliatedWith, "agency:fisheries", "country:NOR", "doc-3"),
  };
  return c;
}

// The edge source -> target of `type`, if the view has one.
std::optional<Edge> FindEdge(const GraphView& view, const std::string& source,
                             const std::string& target, RelationType type) {
  auto s = view.vertex_of.find(source);
  auto t = view.vertex_of.find(target);
  if (s == view.vertex_of.end() || t == view.vertex_of.end()) return std::nullopt;
  for (Edge e : boost::make_iterator_range(boost::out_edges(s->second, view.graph))) {
    if (boost::target(e, view.graph) == t->second && view.graph[e].type == type) return e;
  }
  return std::nullopt;
}

TEST(GraphViewTest, AggregatesRelationsIntoOneWeightedEdgePerType) {
  GraphView view = BuildGraphView(SampleCorpus(), GraphFilter{});
  EXPECT_EQ(boost::num_vertices(view.graph), 3u);  // Bram Oster is isolated
  EXPECT_EQ(boost::num_edges(view.graph), 4u);
  auto e = FindEdge(view, "person:ada-quill", "country:NOR", RelationType::kAccuses);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(view.graph[*e].weight, 3u);
  EXPECT_EQ(view.graph[*e].documents, 2u);
  EXPECT_EQ(view.graph[*e].relations, (std::vector<size_t>{0, 1, 2}));
  auto denies = FindEdge(view, "country:NOR", "person:ada-quill", RelationType::kDenies);
  ASSERT_TRUE(denies.has_value());
  EXPECT_EQ(view.graph[*denies].weight, 1u);
  EXPECT_EQ(view.graph[*denies].documents, 1u);
}

TEST(GraphViewTest, VerticesMapBackToTheirActors) {
  GraphView view = BuildGraphView(SampleCorpus(), GraphFilter{});
  for (const auto& [key, v] : view.vertex_of) EXPECT_EQ(view.actor(v).id, key);
  EXPECT_EQ(view.actor(view.vertex_of.at("agency:fisheries")).name, "Ministry of Fisheries");
}

TEST(GraphViewTest, TypeFilterKeepsOnlyTheChosenRelations) {
  GraphFilter filter;
  filter.types = {RelationType::kAccuses, RelationType::kDenies};
  GraphView view = BuildGraphView(SampleCorpus(), filter);
  EXPECT_EQ(boost::num_edges(view.graph), 2u);
  for (Edge e : boost::make_iterator_range(boost::edges(view.graph))) {
    RelationType t = view.graph[e].type;
    EXPECT_TRUE(t == RelationType::kAccuses || t == RelationType::kDenies)
        << RelationTypeName(t);
  }
  // The Ministry only takes part in quotes and affiliated_with edges.
  EXPECT_EQ(view.vertex_of.count("agency:fisheries"), 0u);
}

TEST(GraphViewTest, MinWeightDropsLightEdgesAndTheActorsLeftAlone) {
  GraphFilter filter;
  filter.min_weight = 2;
  GraphView view = BuildGraphView(SampleCorpus(), filter);
  EXPECT_EQ(boost::num_edges(view.graph), 1u);
  EXPECT_EQ(boost::num_vertices(view.graph), 2u);
  EXPECT_TRUE(FindEdge(view, "person:ada-quill", "country:NOR", RelationType::kAccuses));
}

TEST(GraphViewTest, KeepsIsolatedActorsWhenAsked) {
  GraphFilter filter;
  filter.min_weight = 2;
  filter.drop_isolated = false;
  GraphView view = BuildGraphView(SampleCorpus(), filter);
  EXPECT_EQ(boost::num_vertices(view.graph), 4u);
  EXPECT_EQ(boost::num_edges(view.graph), 1u);
  EXPECT_EQ(view.vertex_of.count("person:bram-oster"), 1u);
}

TEST(GraphViewTest, RelationsWithoutTargetAddNoEdge) {
  Corpus c = SampleCorpus();
  c.relations = {MakeRelation(RelationType::kDenies, "country:NOR", "", "doc-4")};
  GraphView view = BuildGraphView(std::move(c), GraphFilter{});
  EXPECT_EQ(boost::num_edges(view.graph), 0u);
  EXPECT_EQ(boost::num_vertices(view.graph), 0u);
  EXPECT_EQ(view.corpus.relations.size(), 1u);  // still in the corpus
}

TEST(GraphViewTest, UntargetedDenialAnswersAccusersOfTheSameDocument) {
  Corpus c = SampleCorpus();
  c.actors.push_back(MakeActor("country:SWE", "Sweden", ActorType::kCountry));
  c.relations = {
      MakeRelation(RelationType::kAccuses, "person:ada-quill", "country:NOR", "doc-1"),
      MakeRelation(RelationType::kAccuses, "country:SWE", "country:NOR", "doc-1"),
      MakeRelation(RelationType::kAccuses, "person:bram-oster", "country:NOR", "doc-2"),
      MakeRelation(RelationType::kDenies, "country:NOR", "", "doc-1"),
  };
  GraphView view = BuildGraphView(c, GraphFilter{});
  auto to_ada = FindEdge(view, "country:NOR", "person:ada-quill", RelationType::kDenies);
  auto to_swe = FindEdge(view, "country:NOR", "country:SWE", RelationType::kDenies);
  ASSERT_TRUE(to_ada.has_value());
  ASSERT_TRUE(to_swe.has_value());
  EXPECT_EQ(view.graph[*to_ada].relations, std::vector<size_t>{3});
  // An accusation from another document is not what this denial answers.
  EXPECT_FALSE(FindEdge(view, "country:NOR", "person:bram-oster", RelationType::kDenies));

  GraphFilter plain;
  plain.denials_answer_accusers = false;
  GraphView without = BuildGraphView(c, plain);
  EXPECT_FALSE(FindEdge(without, "country:NOR", "person:ada-quill", RelationType::kDenies));
}

TEST(GraphViewTest, RelationsNamingUnknownActorsAreSkipped) {
  Corpus c = SampleCorpus();
  c.relations.push_back(
      MakeRelation(RelationType::kAccuses, "person:nobody", "country:NOR", "doc-5"));
  c.relations.push_back(
      MakeRelation(RelationType::kAccuses, "person:ada-quill", "country:ATLANTIS", "doc-5"));
  GraphView view = BuildGraphView(std::move(c), GraphFilter{});
  EXPECT_EQ(boost::num_edges(view.graph), 4u);
  EXPECT_EQ(view.vertex_of.count("person:nobody"), 0u);
  auto e = FindEdge(view, "person:ada-quill", "country:NOR", RelationType::kAccuses);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(view.graph[*e].weight, 3u);
}

TEST(GraphViewTest, DuplicateActorKeysMakeOneVertex) {
  Corpus c = SampleCorpus();
  c.actors.push_back(MakeActor("country:NOR", "Norway again", ActorType::kCountry));
  GraphFilter filter;
  filter.drop_isolated = false;
  GraphView view = BuildGraphView(std::move(c), filter);
  EXPECT_EQ(boost::num_vertices(view.graph), 4u);
  EXPECT_EQ(view.actor(view.vertex_of.at("country:NOR")).name, "Norway");
}

TEST(GraphViewTest, EmptyCorpusGivesEmptyGraph) {
  GraphView view = BuildGraphView(Corpus{}, GraphFilter{});
  EXPECT_EQ(boost::num_vertices(view.graph), 0u);
  EXPECT_TRUE(view.vertex_of.empty());
}

}  // namespace
}  // namespace actorgraph
