#include "graph/analytics.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>

namespace actorgraph {

namespace {

// The view with direction dropped; each undirected edge remembers the edge
// of the view it stands for. Vertex ids are the view's.
struct UndirectedEdge {
  Edge original;
};
using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                         boost::no_property, UndirectedEdge>;
using UVertex = Undirected::vertex_descriptor;
using UEdge = Undirected::edge_descriptor;

Undirected MakeUndirected(const GraphView& view) {
  Undirected u(boost::num_vertices(view.graph));
  for (Edge e : boost::make_iterator_range(boost::edges(view.graph))) {
    boost::add_edge(boost::source(e, view.graph), boost::target(e, view.graph),
                    UndirectedEdge{e}, u);
  }
  return u;
}

// Records, for every vertex reached, the tree edge that reached it.
class TreeRecorder : public boost::default_bfs_visitor {
 public:
  TreeRecorder(std::vector<std::optional<UEdge>>* parent, std::vector<int>* distance)
      : parent_(parent), distance_(distance) {}
  void tree_edge(UEdge e, const Undirected& g) const {
    UVertex from = boost::source(e, g);
    UVertex to = boost::target(e, g);
    (*parent_)[to] = e;
    (*distance_)[to] = (*distance_)[from] + 1;
  }

 private:
  std::vector<std::optional<UEdge>>* parent_;
  std::vector<int>* distance_;
};

struct Tree {
  std::vector<std::optional<UEdge>> parent;
  std::vector<int> distance;  // -1: not reached
};

Tree BreadthFirst(const Undirected& u, UVertex start) {
  const size_t n = boost::num_vertices(u);
  Tree tree{std::vector<std::optional<UEdge>>(n), std::vector<int>(n, -1)};
  tree.distance[start] = 0;
  std::vector<boost::default_color_type> colors(n);
  boost::breadth_first_search(
      u, start,
      boost::visitor(TreeRecorder(&tree.parent, &tree.distance))
          .color_map(boost::make_iterator_property_map(colors.begin(),
                                                       boost::get(boost::vertex_index, u))));
  return tree;
}

// Both ends of every edge of the view in a compressed sparse row graph: each
// vertex's neighbours lie side by side in one array, which is what the
// breadth-first searches of a betweenness estimate walk, again and again.
// Parallel edges repeat a neighbour. Vertex ids are the view's.
using Adjacency = boost::compressed_sparse_row_graph<boost::directedS>;
using AVertex = Adjacency::vertex_descriptor;

Adjacency MakeAdjacency(const GraphView& view) {
  const ActorGraph& g = view.graph;
  std::vector<std::pair<AVertex, AVertex>> ends;
  ends.reserve(2 * boost::num_edges(g));
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const auto source = static_cast<AVertex>(boost::source(e, g));
    const auto target = static_cast<AVertex>(boost::target(e, g));
    ends.emplace_back(source, target);
    ends.emplace_back(target, source);
  }
  return Adjacency(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(),
                   boost::num_vertices(g));
}

// Brandes' accumulation from one source at a time ("A faster algorithm for
// betweenness centrality", 2001), unweighted: a breadth-first search counts
// the shortest paths to each vertex, then, farthest vertex first, each vertex
// passes its dependency back to its predecessors. Parallel edges count as
// distinct paths, as in Boost's brandes_betweenness_centrality, so with every
// vertex a source the sums are Boost's (before it halves them). The buffers
// are reused across sources and reset only where a search reached, so one
// source costs O(vertices and edges reached).
class DependencyAccumulator {
 public:
  explicit DependencyAccumulator(const Adjacency& graph)
      : graph_(graph),
        distance_(boost::num_vertices(graph), -1),
        paths_(boost::num_vertices(graph), 0.0),
        dependency_(boost::num_vertices(graph), 0.0) {}

  // Adds to (*totals)[v] the dependency of `source` on every v != source.
  void AddFrom(AVertex source, std::vector<double>* totals) {
    CountShortestPaths(source);
    for (auto w = order_.rbegin(); w != order_.rend(); ++w) {
      const double share = (1.0 + dependency_[*w]) / paths_[*w];
      for (AVertex v : boost::make_iterator_range(boost::adjacent_vertices(*w, graph_))) {
        if (distance_[v] == distance_[*w] - 1) dependency_[v] += paths_[v] * share;
      }
      if (*w != source) (*totals)[*w] += dependency_[*w];
    }
    for (AVertex v : order_) {
      distance_[v] = -1;
      paths_[v] = 0.0;
      dependency_[v] = 0.0;
    }
  }

 private:
  // Fills order_ with the vertices reached from `source` in breadth-first
  // order (distance never decreases), with their distances and path counts.
  void CountShortestPaths(AVertex source) {
    order_.clear();
    order_.push_back(source);
    distance_[source] = 0;
    paths_[source] = 1.0;
    for (size_t next = 0; next < order_.size(); ++next) {
      const AVertex v = order_[next];
      for (AVertex w : boost::make_iterator_range(boost::adjacent_vertices(v, graph_))) {
        if (distance_[w] < 0) {
          distance_[w] = distance_[v] + 1;
          order_.push_back(w);
        }
        if (distance_[w] == distance_[v] + 1) paths_[w] += paths_[v];
      }
    }
  }

  const Adjacency& graph_;
  std::vector<int> distance_;       // -1: not reached
  std::vector<double> paths_;       // shortest paths from the source (sigma)
  std::vector<double> dependency_;  // delta
  std::vector<AVertex> order_;
};

// The seed of the pivot draw: any fixed value makes the estimate a function
// of the view alone.
constexpr uint64_t kPivotSeed = 20070401;

// `count` distinct vertices of `n`, uniformly at random, in draw order: a
// partial Fisher-Yates shuffle driven by std::mt19937_64, whose output the
// standard fixes (std::uniform_int_distribution and std::sample differ
// between standard libraries). The modulo bias is below n / 2^64.
std::vector<AVertex> DrawPivots(size_t n, size_t count) {
  std::vector<AVertex> vertices(n);
  std::iota(vertices.begin(), vertices.end(), AVertex{0});
  std::mt19937_64 random(kPivotSeed);
  for (size_t i = 0; i < count; ++i) {
    std::swap(vertices[i], vertices[i + random() % (n - i)]);
  }
  vertices.resize(count);
  return vertices;
}

std::vector<double> ExactBetweenness(const GraphView& view) {
  const Undirected u = MakeUndirected(view);
  std::vector<double> scores(boost::num_vertices(u), 0.0);
  boost::brandes_betweenness_centrality(
      u, boost::centrality_map(boost::make_iterator_property_map(
             scores.begin(), boost::get(boost::vertex_index, u))));
  return scores;
}

}  // namespace

std::vector<Reached> Neighbors(const GraphView& view, Vertex start, int depth) {
  const Undirected u = MakeUndirected(view);
  const Tree tree = BreadthFirst(u, start);
  std::vector<Reached> out;
  for (Vertex v = 0; v < tree.distance.size(); ++v) {
    int d = tree.distance[v];
    if (d > 0 && d <= depth) out.push_back({v, d});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Reached& a, const Reached& b) { return a.distance < b.distance; });
  return out;
}

std::optional<std::vector<Hop>> ShortestPath(const GraphView& view, Vertex from, Vertex to) {
  const Undirected u = MakeUndirected(view);
  const Tree tree = BreadthFirst(u, from);
  if (tree.distance[to] < 0) return std::nullopt;
  std::vector<Hop> hops;
  for (Vertex at = to; at != from;) {
    const UEdge e = *tree.parent[at];
    const Edge original = u[e].original;
    const Vertex prev = boost::source(e, u) == at ? boost::target(e, u) : boost::source(e, u);
    // Walked prev -> at; reversed when the stored edge points at -> prev.
    hops.push_back({original, boost::source(original, view.graph) != prev});
    at = prev;
  }
  std::reverse(hops.begin(), hops.end());
  return hops;
}

std::optional<Centrality> ParseCentrality(std::string_view name) {
  if (name == "degree") return Centrality::kDegree;
  if (name == "pagerank") return Centrality::kPageRank;
  if (name == "betweenness") return Centrality::kBetweenness;
  return std::nullopt;
}

std::vector<double> CentralityScores(const GraphView& view, Centrality measure) {
  const ActorGraph& g = view.graph;
  const size_t n = boost::num_vertices(g);
  std::vector<double> scores(n, 0.0);
  switch (measure) {
    case Centrality::kDegree:
      for (Edge e : boost::make_iterator_range(boost::edges(g))) {
        scores[boost::source(e, g)] += g[e].weight;
        scores[boost::target(e, g)] += g[e].weight;
      }
      break;
    case Centrality::kPageRank:
      if (n > 0) {
        boost::graph::page_rank(
            g, boost::make_iterator_property_map(scores.begin(), boost::get(boost::vertex_index, g)),
            boost::graph::n_iterations(50));
      }
      break;
    case Centrality::kBetweenness:
      scores = ExactBetweenness(view);
      break;
  }
  return scores;
}

size_t DefaultPivots(size_t vertices) {
  if (vertices <= kExactBetweennessMaxVertices) return vertices;
  return std::min(vertices, 32 * static_cast<size_t>(std::bit_width(vertices)));
}

BetweennessScores Betweenness(const GraphView& view, std::optional<size_t> pivots) {
  const size_t n = boost::num_vertices(view.graph);
  const size_t k = pivots.value_or(DefaultPivots(n));
  if (k == 0 || k >= n) return {ExactBetweenness(view), n, true};
  return EstimateBetweenness(view, k);
}

BetweennessScores EstimateBetweenness(const GraphView& view, size_t pivots) {
  const Adjacency graph = MakeAdjacency(view);
  const size_t n = boost::num_vertices(graph);
  pivots = std::clamp<size_t>(pivots, std::min<size_t>(n, 1), n);
  BetweennessScores result{std::vector<double>(n, 0.0), pivots, false};
  DependencyAccumulator accumulator(graph);
  for (AVertex source : DrawPivots(n, pivots)) accumulator.AddFrom(source, &result.scores);
  // Each pivot stands for n / pivots sources; halving counts each unordered
  // pair once, as Boost does for undirected graphs.
  const double scale = pivots == 0 ? 0.0 : static_cast<double>(n) / pivots / 2.0;
  for (double& score : result.scores) score *= scale;
  return result;
}

std::vector<int> Components(const GraphView& view) {
  const Undirected u = MakeUndirected(view);
  std::vector<int> component(boost::num_vertices(u), 0);
  if (!component.empty()) {
    boost::connected_components(
        u, boost::make_iterator_property_map(component.begin(),
                                             boost::get(boost::vertex_index, u)));
  }
  return component;
}

}  // namespace actorgraph
