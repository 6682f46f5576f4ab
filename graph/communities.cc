#include "graph/communities.h"

#include <igraph/igraph.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <utility>

namespace actorgraph {

namespace {

// The seed of igraph's generator: any constant makes runs repeat.
constexpr unsigned long kSeed = 20240304;

// igraph's vectors, freed on every path.
struct IntVector {
  IntVector() { igraph_vector_int_init(&v, 0); }
  ~IntVector() { igraph_vector_int_destroy(&v); }
  igraph_vector_int_t v;
};
struct RealVector {
  RealVector() { igraph_vector_init(&v, 0); }
  ~RealVector() { igraph_vector_destroy(&v); }
  igraph_vector_t v;
};

// Louvain's membership per vertex, or every vertex alone when igraph fails
// (it reports to our handler, never aborts).
std::vector<int> Louvain(size_t n, const std::vector<std::pair<size_t, size_t>>& pairs,
                         const std::vector<double>& weights) {
  std::vector<int> alone(n);
  std::iota(alone.begin(), alone.end(), 0);
  if (pairs.empty()) return alone;
  igraph_set_error_handler(igraph_error_handler_ignore);
  igraph_set_warning_handler(igraph_warning_handler_ignore);
  IntVector edges;
  igraph_vector_int_resize(&edges.v, static_cast<igraph_integer_t>(2 * pairs.size()));
  RealVector w;
  igraph_vector_resize(&w.v, static_cast<igraph_integer_t>(weights.size()));
  for (size_t i = 0; i < pairs.size(); ++i) {
    VECTOR(edges.v)[2 * i] = static_cast<igraph_integer_t>(pairs[i].first);
    VECTOR(edges.v)[2 * i + 1] = static_cast<igraph_integer_t>(pairs[i].second);
    VECTOR(w.v)[i] = weights[i];
  }
  igraph_t graph;
  if (igraph_create(&graph, &edges.v, static_cast<igraph_integer_t>(n), IGRAPH_UNDIRECTED) !=
      IGRAPH_SUCCESS) {
    return alone;
  }
  igraph_rng_seed(igraph_rng_default(), kSeed);
  IntVector membership;
  const igraph_error_t status =
      igraph_community_multilevel(&graph, &w.v, 1.0, &membership.v, nullptr, nullptr);
  igraph_destroy(&graph);
  if (status != IGRAPH_SUCCESS || igraph_vector_int_size(&membership.v) != static_cast<igraph_integer_t>(n)) {
    return alone;
  }
  std::vector<int> out(n);
  for (size_t v = 0; v < n; ++v) out[v] = static_cast<int>(VECTOR(membership.v)[v]);
  return out;
}

}  // namespace

CommunityPartition DetectCommunities(const GraphView& view) {
  const size_t n = boost::num_vertices(view.graph);
  // One weight per pair of actors, whatever the type and direction.
  std::map<std::pair<size_t, size_t>, double> weight_of;
  for (Edge e : boost::make_iterator_range(boost::edges(view.graph))) {
    size_t a = boost::source(e, view.graph), b = boost::target(e, view.graph);
    if (a == b) continue;
    if (a > b) std::swap(a, b);
    weight_of[{a, b}] += view.graph[e].weight;
  }
  std::vector<std::pair<size_t, size_t>> pairs;
  std::vector<double> weights;
  for (const auto& [pair, w] : weight_of) {
    if (w <= 0) continue;
    pairs.push_back(pair);
    weights.push_back(w);
  }
  const std::vector<int> raw = Louvain(n, pairs, weights);

  // Number communities by size, largest first, ties to the earlier vertex.
  std::map<int, std::pair<size_t, size_t>> info;  // raw id -> (size, first vertex)
  for (size_t v = 0; v < n; ++v) {
    auto [it, added] = info.try_emplace(raw[v], 0, v);
    ++it->second.first;
  }
  std::vector<std::pair<int, std::pair<size_t, size_t>>> order(info.begin(), info.end());
  std::sort(order.begin(), order.end(), [](const auto& x, const auto& y) {
    if (x.second.first != y.second.first) return x.second.first > y.second.first;
    return x.second.second < y.second.second;
  });
  std::map<int, int> number;
  for (size_t i = 0; i < order.size(); ++i) number[order[i].first] = static_cast<int>(i);

  CommunityPartition out;
  out.community.resize(n);
  for (size_t v = 0; v < n; ++v) out.community[v] = number[raw[v]];
  out.contribution.assign(order.size(), 0.0);
  double total = 0;
  for (double w : weights) total += w;
  if (total <= 0) return out;
  std::vector<double> inside(order.size(), 0.0), degree(order.size(), 0.0);
  for (size_t i = 0; i < pairs.size(); ++i) {
    const int ca = out.community[pairs[i].first], cb = out.community[pairs[i].second];
    degree[ca] += weights[i];
    degree[cb] += weights[i];
    if (ca == cb) inside[ca] += weights[i];
  }
  for (size_t c = 0; c < order.size(); ++c) {
    const double share = degree[c] / (2 * total);
    out.contribution[c] = inside[c] / total - share * share;
    out.modularity += out.contribution[c];
  }
  return out;
}

}  // namespace actorgraph
