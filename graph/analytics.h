// Analytics over a GraphView: neighbourhoods, shortest chains, centrality and
// communities, all computed with Boost.Graph.
//
// Neighbourhoods, paths and communities ignore edge direction and type: an
// accusation, a denial, a quotation and an affiliation all connect two
// actors. Centrality: degree counts statements (edge weights, in and out);
// PageRank follows edge direction (an accused or quoted actor gains rank from
// the actors pointing at it); betweenness is Brandes' algorithm on the
// undirected graph, estimated from sampled sources on large graphs (see
// Betweenness below). Results are deterministic for a given view.
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

// One score per vertex, indexed by vertex. Betweenness here is always exact.
std::vector<double> CentralityScores(const GraphView& view, Centrality measure);

// Betweenness on a large graph is estimated as Brandes and Pich do ("Centrality
// estimation in large networks", 2007): the single-source dependencies of
// `pivots` sources drawn uniformly without replacement, scaled by
// vertices / pivots. Each estimate is unbiased and on the exact scale (Boost's:
// each unordered pair of endpoints counted once); its error, relative to the
// largest possible score, depends on the number of pivots and not on the
// graph's size, and the cost is one breadth-first search per pivot instead
// of one per vertex. The draw uses a fixed seed: the same view gives
// the same scores.
struct BetweennessScores {
  std::vector<double> scores;  // indexed by vertex
  size_t pivots = 0;           // sources summed over: every vertex when exact
  bool exact = true;
};

// Graphs up to this many vertices get exact betweenness by default: one
// breadth-first search per vertex is well under a second there, while the
// Reuters graph (18,224 actors) takes about 12 s exact.
inline constexpr size_t kExactBetweennessMaxVertices = 2000;

// The pivots used by default for a graph of `vertices` vertices: all of them
// up to kExactBetweennessMaxVertices, else 32 per bit of the vertex count,
// 32 * ceil(log2(vertices + 1)): 352 just past the threshold, 480 for the
// Reuters graph (0.2 s; its estimated top 10 is the exact top 10), 640 for a
// million. By Hoeffding's bound, O(log n / eps^2) pivots keep every vertex's
// error under eps times the largest possible score, with high probability.
size_t DefaultPivots(size_t vertices);

// Betweenness from `pivots` sources: nullopt for DefaultPivots, 0 (or as
// many as there are vertices) for the exact scores (Boost's
// brandes_betweenness_centrality, as CentralityScores).
BetweennessScores Betweenness(const GraphView& view, std::optional<size_t> pivots);

// The estimate from `pivots` sources (at most every vertex), whatever their
// number: with every vertex a pivot it equals the exact scores up to
// rounding. For tests; callers use Betweenness.
BetweennessScores EstimateBetweenness(const GraphView& view, size_t pivots);

// A component number per vertex (connected components of the undirected
// graph), numbered from 0 in order of each component's first vertex.
// Communities by modularity are graph/communities.h.
std::vector<int> Components(const GraphView& view);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_ANALYTICS_H_
