#include "graph/analytics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace actorgraph {
namespace {

Actor MakeActor(std::string id) {
  Actor a;
  a.id = std::move(id);
  a.name = a.id;
  a.type = ActorType::kPerson;
  return a;
}

Relation MakeRelation(RelationType type, std::string source, std::string target) {
  Relation r;
  r.type = type;
  r.source = std::move(source);
  r.target = std::move(target);
  r.document = "doc";
  return r;
}

// Two separate groups:
//   ada -accuses-> nor <-accuses- bram;  nor -denies-> ada;
//   cara -quotes-> ada;  ministry -affiliated_with-> nor
//   eli -accuses-> finn
GraphView SampleView() {
  Corpus c;
  for (const char* id : {"ada", "nor", "bram", "cara", "ministry", "eli", "finn"}) {
    c.actors.push_back(MakeActor(id));
  }
  c.relations = {
      MakeRelation(RelationType::kAccuses, "ada", "nor"),
      MakeRelation(RelationType::kAccuses, "ada", "nor"),
      MakeRelation(RelationType::kAccuses, "bram", "nor"),
      MakeRelation(RelationType::kDenies, "nor", "ada"),
      MakeRelation(RelationType::kQuotes, "cara", "ada"),
      MakeRelation(RelationType::kAffiliatedWith, "ministry", "nor"),
      MakeRelation(RelationType::kAccuses, "eli", "finn"),
  };
  return BuildGraphView(std::move(c), GraphFilter{});
}

std::string Key(const GraphView& view, Vertex v) { return view.actor(v).id; }

TEST(AnalyticsTest, NeighborsByDepthIgnoreDirection) {
  GraphView view = SampleView();
  auto names = [&](int depth) {
    std::string out;
    for (const Reached& r : Neighbors(view, view.vertex_of.at("cara"), depth)) {
      out += Key(view, r.vertex) + ":" + std::to_string(r.distance) + " ";
    }
    return out;
  };
  EXPECT_EQ(names(1), "ada:1 ");
  EXPECT_EQ(names(2), "ada:1 nor:2 ");
  EXPECT_EQ(names(3), "ada:1 nor:2 bram:3 ministry:3 ");
  EXPECT_EQ(names(9), names(3)) << "eli and finn are in another component";
}

TEST(AnalyticsTest, ShortestPathWalksEdgesEitherWay) {
  GraphView view = SampleView();
  auto path = ShortestPath(view, view.vertex_of.at("cara"), view.vertex_of.at("ministry"));
  ASSERT_TRUE(path.has_value());
  ASSERT_EQ(path->size(), 3u);
  const ActorGraph& g = view.graph;
  // cara -quotes-> ada, then ada -accuses-> nor (or nor -denies-> ada walked
  // backwards), then ministry -affiliated_with-> nor walked backwards.
  EXPECT_EQ(Key(view, boost::source((*path)[0].edge, g)), "cara");
  EXPECT_FALSE((*path)[0].reversed);
  const Hop& second = (*path)[1];
  Vertex second_from = second.reversed ? boost::target(second.edge, g)
                                       : boost::source(second.edge, g);
  EXPECT_EQ(Key(view, second_from), "ada");
  EXPECT_EQ(g[(*path)[2].edge].type, RelationType::kAffiliatedWith);
  EXPECT_TRUE((*path)[2].reversed);

  EXPECT_FALSE(ShortestPath(view, view.vertex_of.at("ada"), view.vertex_of.at("finn")));
  auto self = ShortestPath(view, view.vertex_of.at("ada"), view.vertex_of.at("ada"));
  ASSERT_TRUE(self.has_value());
  EXPECT_TRUE(self->empty());
}

Vertex Top(const GraphView& view, Centrality measure) {
  std::vector<double> scores = CentralityScores(view, measure);
  return static_cast<Vertex>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

TEST(AnalyticsTest, CentralityFindsTheActorEveryoneTalksAbout) {
  GraphView view = SampleView();
  EXPECT_EQ(Key(view, Top(view, Centrality::kDegree)), "nor");
  EXPECT_EQ(Key(view, Top(view, Centrality::kPageRank)), "nor");
  EXPECT_EQ(Key(view, Top(view, Centrality::kBetweenness)), "nor");

  std::vector<double> degree = CentralityScores(view, Centrality::kDegree);
  EXPECT_EQ(degree[view.vertex_of.at("nor")], 5.0) << "ada x2, bram, denial, ministry";
  std::vector<double> between = CentralityScores(view, Centrality::kBetweenness);
  EXPECT_EQ(between[view.vertex_of.at("cara")], 0.0) << "a leaf lies on no shortest path";
  EXPECT_GT(between[view.vertex_of.at("ada")], 0.0) << "cara reaches the rest through ada";
}

TEST(AnalyticsTest, CommunitiesAreConnectedGroups) {
  GraphView view = SampleView();
  std::vector<int> community = Communities(view);
  auto of = [&](const char* id) { return community[view.vertex_of.at(id)]; };
  EXPECT_EQ(of("ada"), 0);
  for (const char* id : {"nor", "bram", "cara", "ministry"}) EXPECT_EQ(of(id), 0) << id;
  EXPECT_EQ(of("eli"), 1);
  EXPECT_EQ(of("finn"), 1);
}

TEST(AnalyticsTest, ParseCentralityNamesTheThreeMeasures) {
  EXPECT_EQ(ParseCentrality("degree"), Centrality::kDegree);
  EXPECT_EQ(ParseCentrality("pagerank"), Centrality::kPageRank);
  EXPECT_EQ(ParseCentrality("betweenness"), Centrality::kBetweenness);
  EXPECT_FALSE(ParseCentrality("closeness"));
}

}  // namespace
}  // namespace actorgraph
