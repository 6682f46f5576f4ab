#include "graph/analytics.h"
#include "graph/communities.h"

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

TEST(AnalyticsTest, ComponentsAreConnectedGroups) {
  GraphView view = SampleView();
  std::vector<int> community = Components(view);
  auto of = [&](const char* id) { return community[view.vertex_of.at(id)]; };
  EXPECT_EQ(of("ada"), 0);
  for (const char* id : {"nor", "bram", "cara", "ministry"}) EXPECT_EQ(of(id), 0) << id;
  EXPECT_EQ(of("eli"), 1);
  EXPECT_EQ(of("finn"), 1);
}

// Two rings of five actors, each accusing the next two twice, with one
// single accusation between the rings.
GraphView TwoRings() {
  Corpus c;
  for (const char* ring : {"a", "b"}) {
    for (int i = 0; i < 5; ++i) c.actors.push_back(MakeActor(ring + std::to_string(i)));
  }
  for (const char* ring : {"a", "b"}) {
    for (int i = 0; i < 5; ++i) {
      for (int k = 0; k < 2; ++k) {
        c.relations.push_back(MakeRelation(RelationType::kAccuses, ring + std::to_string(i),
                                           ring + std::to_string((i + 2) % 5)));
        c.relations.push_back(MakeRelation(RelationType::kAccuses, ring + std::to_string(i),
                                           ring + std::to_string((i + 1) % 5)));
      }
    }
  }
  c.relations.push_back(MakeRelation(RelationType::kAccuses, "a0", "b0"));
  return BuildGraphView(std::move(c), GraphFilter{});
}

TEST(CommunitiesTest, LouvainFindsTheTwoRingsWithTheirModularity) {
  GraphView view = TwoRings();
  const CommunityPartition p = DetectCommunities(view);
  auto of = [&](const std::string& id) { return p.community[view.vertex_of.at(id)]; };
  for (int i = 1; i < 5; ++i) {
    EXPECT_EQ(of("a" + std::to_string(i)), of("a0"));
    EXPECT_EQ(of("b" + std::to_string(i)), of("b0"));
  }
  EXPECT_NE(of("a0"), of("b0"));
  EXPECT_EQ(of("a0"), 0) << "equal sizes: the ring holding the earlier vertex first";
  EXPECT_EQ(of("b0"), 1);
  ASSERT_EQ(p.contribution.size(), 2u);
  // By hand: m = 41 (20 + 20 inside, 1 between); each ring holds 20 and
  // has degree 41, so each term is 20/41 - (41/82)^2.
  const double term = 20.0 / 41 - 0.25;
  EXPECT_NEAR(p.contribution[0], term, 1e-12);
  EXPECT_NEAR(p.contribution[1], term, 1e-12);
  EXPECT_NEAR(p.modularity, 2 * term, 1e-12);
  // The same view, the same communities.
  EXPECT_EQ(DetectCommunities(TwoRings()).community, p.community);
}

TEST(CommunitiesTest, AnEmptyGraphHasNone) {
  const CommunityPartition p = DetectCommunities(BuildGraphView(Corpus{}, GraphFilter{}));
  EXPECT_TRUE(p.community.empty());
  EXPECT_TRUE(p.contribution.empty());
  EXPECT_EQ(p.modularity, 0.0);
}

TEST(AnalyticsTest, ParseCentralityNamesTheThreeMeasures) {
  EXPECT_EQ(ParseCentrality("degree"), Centrality::kDegree);
  EXPECT_EQ(ParseCentrality("pagerank"), Centrality::kPageRank);
  EXPECT_EQ(ParseCentrality("betweenness"), Centrality::kBetweenness);
  EXPECT_FALSE(ParseCentrality("closeness"));
}

}  // namespace
}  // namespace actorgraph
