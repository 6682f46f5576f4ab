// Analytics over a GraphView: neighbourhoods, shortest chains, centrality and
// communities, all computed with Boost.Graph.
//
// Neighbourhoods, paths and communities ignore edge direction and type: an
// accusation, a denial, a quotation and an affiliation all connect two
// actors. Centrality: degree counts statements (edge weights, in and out);
// PageRank follows edge direction (an accused or quoted actor gains rank from
// the actors pointing at it); betweenness is Brandes' algorithm on the
// undirected graph. Results are deterministic for a given view.
#ifndef ACTORGRAPH_GRAPH_ANALYTICS_H_
#define ACTORGRAPH_GRAPH_ANALYTICS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "graph/graph_view.h"

namespace actorgraph {

struct Reached {
  Vertex vertex;
  int distance = 0;  // hops from the start, 1..depth
};

// Actors within `depth` hops of `start` (not `start` itself), nearest first,
// then in vertex order.
std::vector<Reached> Neighbors(const GraphView& view, Vertex start, int depth);

// One hop of a chain: the edge as stored (its source may be either end) and
// whether the chain walks it from its target to its source.
struct Hop {
  Edge edge;
  bool reversed = false;
};

// A shortest chain of hops from `from` to `to`, or nullopt when they are not
// connected. Empty when from == to. Among equally short chains, the one
// found first by breadth-first search in vertex and edge order.
std::optional<std::vector<Hop>> ShortestPath(const GraphView& view, Vertex from, Vertex to);

enum class Centrality { kDegree, kPageRank, kBetweenness };
std::optional<Centrality> ParseCentrality(std::string_view name);

// One score per vertex, indexed by vertex.
std::vector<double> CentralityScores(const GraphView& view, Centrality measure);

// A community number per vertex (connected components of the undirected
// graph), numbered from 0 in order of each community's first vertex.
std::vector<int> Communities(const GraphView& view);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_ANALYTICS_H_
