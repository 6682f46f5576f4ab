#include "graph/analytics.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <limits>

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
    case Centrality::kBetweenness: {
      const Undirected u = MakeUndirected(view);
      boost::brandes_betweenness_centrality(
          u, boost::centrality_map(boost::make_iterator_property_map(
                 scores.begin(), boost::get(boost::vertex_index, u))));
      break;
    }
  }
  return scores;
}

std::vector<int> Communities(const GraphView& view) {
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
