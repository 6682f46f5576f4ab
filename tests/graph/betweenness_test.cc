// Betweenness estimated from sampled pivots (graph/analytics.h) against
// Boost's exact scores, on small invented graphs and on a generated one of
// a few thousand actors.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "graph/analytics.h"

namespace actorgraph {
namespace {

struct Link {
  std::string from, to;
};

// A view with one actor per name in `links` (in order of first use) and an
// accusation per link.
GraphView ViewOf(const std::vector<Link>& links) {
  Corpus c;
  std::unordered_set<std::string> seen;
  auto add = [&](const std::string& id) {
    if (!seen.insert(id).second) return;
    Actor a;
    a.id = id;
    a.name = id;
    a.type = ActorType::kPerson;
    c.actors.push_back(std::move(a));
  };
  for (const Link& l : links) {
    add(l.from);
    add(l.to);
    Relation r;
    r.type = RelationType::kAccuses;
    r.source = l.from;
    r.target = l.to;
    r.document = "doc";
    c.relations.push_back(std::move(r));
  }
  return BuildGraphView(std::move(c), GraphFilter{});
}

double ScoreOf(const GraphView& view, const std::vector<double>& scores, const char* id) {
  return scores[view.vertex_of.at(id)];
}

TEST(BetweennessTest, EveryVertexAPivotGivesTheExactScores) {
  struct Case {
    const char* name;
    std::vector<Link> links;
  };
  const Case cases[] = {
      {"path a-b-c-d-e", {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}}},
      {"star around hub", {{"hub", "a"}, {"hub", "b"}, {"c", "hub"}, {"d", "hub"}}},
      {"two triangles joined through a bridge",
       {{"a", "b"}, {"b", "c"}, {"c", "a"}, {"c", "bridge"}, {"bridge", "x"},
        {"x", "y"}, {"y", "z"}, {"z", "x"}}},
      // Edges both ways and of two types are parallel edges: each is a path.
      {"square with a doubled side",
       {{"a", "b"}, {"b", "a"}, {"b", "c"}, {"c", "d"}, {"d", "a"}, {"e", "c"}}},
      {"two components", {{"a", "b"}, {"b", "c"}, {"x", "y"}, {"y", "z"}, {"z", "w"}}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const GraphView view = ViewOf(c.links);
    const size_t n = boost::num_vertices(view.graph);
    const std::vector<double> exact = CentralityScores(view, Centrality::kBetweenness);
    const BetweennessScores all = EstimateBetweenness(view, n);
    EXPECT_FALSE(all.exact);
    EXPECT_EQ(all.pivots, n);
    ASSERT_EQ(all.scores.size(), n);
    for (Vertex v = 0; v < n; ++v) {
      EXPECT_NEAR(all.scores[v], exact[v], 1e-9) << view.actor(v).id;
    }
  }
}

TEST(BetweennessTest, ScoresCountEachPairOnceAsBoostDoes) {
  // b lies on the one shortest path between a and c.
  const GraphView view = ViewOf({{"a", "b"}, {"b", "c"}});
  const std::vector<double> exact = CentralityScores(view, Centrality::kBetweenness);
  EXPECT_DOUBLE_EQ(ScoreOf(view, exact, "b"), 1.0);
  EXPECT_DOUBLE_EQ(ScoreOf(view, EstimateBetweenness(view, 3).scores, "b"), 1.0);
}

TEST(BetweennessTest, SmallGraphsAndZeroPivotsAreExact) {
  const GraphView view = ViewOf({{"a", "b"}, {"b", "c"}, {"c", "d"}});
  const std::vector<double> exact = CentralityScores(view, Centrality::kBetweenness);
  for (std::optional<size_t> pivots : {std::optional<size_t>(), std::optional<size_t>(0),
                                       std::optional<size_t>(4), std::optional<size_t>(99)}) {
    const BetweennessScores b = Betweenness(view, pivots);
    EXPECT_TRUE(b.exact) << pivots.value_or(1234);
    EXPECT_EQ(b.pivots, 4u);
    EXPECT_EQ(b.scores, exact);
  }
  const BetweennessScores two = Betweenness(view, 2);
  EXPECT_FALSE(two.exact);
  EXPECT_EQ(two.pivots, 2u);
}

TEST(BetweennessTest, DefaultPivotsGrowWithTheLogarithm) {
  EXPECT_EQ(DefaultPivots(0), 0u);
  EXPECT_EQ(DefaultPivots(kExactBetweennessMaxVertices), kExactBetweennessMaxVertices);
  EXPECT_EQ(DefaultPivots(kExactBetweennessMaxVertices + 1), 32u * 11);
  EXPECT_EQ(DefaultPivots(18224), 32u * 15);
  EXPECT_EQ(DefaultPivots(1000000), 32u * 20);
}

// Four clusters of 300, 500, 1000 and 1200 actors in a chain, each joined to
// the next by one bridge actor linked to ten actors on either side. A bridge
// carries every pair it separates (300 x 2700, 800 x 2200, 1800 x 1200),
// which its neighbours share, so the exact top three are the bridges, from
// the last to the first (the next actor scores 15% below the first bridge).
GraphView ClustersAndBridges() {
  const int sizes[] = {300, 500, 1000, 1200};
  std::vector<Link> links;
  auto member = [](int cluster, int i) {
    return "c" + std::to_string(cluster) + "-" + std::to_string(i);
  };
  for (int c = 0; c < 4; ++c) {
    // A circulant graph: connected, every actor with ten neighbours.
    for (int i = 0; i < sizes[c]; ++i) {
      for (int step : {1, 2, 5, 11, 29}) {
        links.push_back({member(c, i), member(c, (i + step) % sizes[c])});
      }
    }
  }
  for (int b = 0; b < 3; ++b) {
    const std::string bridge = "bridge" + std::to_string(b);
    for (int i = 0; i < 10; ++i) {
      links.push_back({member(b, 1 + i * 7), bridge});  // not where the last bridge landed
      links.push_back({bridge, member(b + 1, i * 13)});
    }
  }
  return ViewOf(links);
}

std::vector<std::string> Ranked(const GraphView& view, const std::vector<double>& scores) {
  std::vector<Vertex> order(scores.size());
  for (Vertex v = 0; v < order.size(); ++v) order[v] = v;
  std::stable_sort(order.begin(), order.end(),
                   [&](Vertex x, Vertex y) { return scores[x] > scores[y]; });
  std::vector<std::string> ids;
  for (Vertex v : order) ids.push_back(view.actor(v).id);
  return ids;
}

TEST(BetweennessTest, SampledTopTenHoldsTheBridgesInOrder) {
  const GraphView view = ClustersAndBridges();
  const size_t n = boost::num_vertices(view.graph);
  ASSERT_GT(n, kExactBetweennessMaxVertices);

  const std::vector<std::string> exact =
      Ranked(view, CentralityScores(view, Centrality::kBetweenness));
  const std::vector<std::string> bridges = {"bridge2", "bridge1", "bridge0"};
  ASSERT_EQ(std::vector<std::string>(exact.begin(), exact.begin() + 3), bridges);

  const BetweennessScores estimate = Betweenness(view, std::nullopt);
  EXPECT_FALSE(estimate.exact);
  EXPECT_EQ(estimate.pivots, DefaultPivots(n));
  EXPECT_LT(estimate.pivots, n);
  const std::vector<std::string> sampled = Ranked(view, estimate.scores);
  const std::vector<std::string> top10(sampled.begin(), sampled.begin() + 10);
  std::vector<size_t> ranks;
  for (const std::string& bridge : bridges) {
    auto at = std::find(top10.begin(), top10.end(), bridge);
    ASSERT_NE(at, top10.end()) << bridge << " not in the sampled top 10";
    ranks.push_back(static_cast<size_t>(at - top10.begin()));
  }
  EXPECT_TRUE(std::is_sorted(ranks.begin(), ranks.end()))
      << "bridges ranked " << ranks[0] << ", " << ranks[1] << ", " << ranks[2];
}

TEST(BetweennessTest, TheSameViewGivesTheSameEstimate) {
  const BetweennessScores first = Betweenness(ClustersAndBridges(), 100);
  const BetweennessScores second = Betweenness(ClustersAndBridges(), 100);
  EXPECT_FALSE(first.exact);
  EXPECT_EQ(first.pivots, 100u);
  EXPECT_EQ(first.scores, second.scores);
}

}  // namespace
}  // namespace actorgraph
