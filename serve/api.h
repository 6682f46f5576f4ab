// The JSON API of `actorgraph serve` (docs/serve.md), apart from HTTP: each
// call takes a request's query parameters and returns the response body.
// An InvalidArgument error is the caller's fault (HTTP 400), NotFound an
// unknown actor or path (404); anything else is the store's (500).
//
// The graph calls read the store's actors and edges once and keep them
// until Refresh(): a neighbourhood then costs a selection on memory and a
// few reads per edge shown, not a scan of the store.
//
// Thread-safe for concurrent calls; Refresh() must not run beside them
// (the server holds a lock: serve/server.cc).
#ifndef ACTORGRAPH_SERVE_API_H_
#define ACTORGRAPH_SERVE_API_H_

#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/selection.h"
#include "model/facts.h"
#include "model/status.h"
#include "store/store.h"

namespace actorgraph {

using Json = nlohmann::ordered_json;
// Query parameters; a name may repeat (`actor=a&actor=b`).
using ApiParams = std::multimap<std::string, std::string>;

// Limits on what one request may ask for.
inline constexpr size_t kMaxTop = 1000;          // actors in one graph
inline constexpr size_t kDefaultTop = 200;
inline constexpr size_t kMaxStatements = 1000;   // statements in one evidence list
inline constexpr size_t kMaxSearch = 100;

class Api {
 public:
  explicit Api(const Store& store) : store_(store) {}

  // The store: path, documents, actors, statements, relations.
  Result<Json> Info(const std::string& path);
  // Actors whose name, alias or a name word starts with `q`: exact names
  // first, then names, aliases and words; within each, the most active
  // (statements on their edges) first.
  Result<Json> Search(const ApiParams& params);
  // The selection's actors and edges (graph/selection.h; `actor` repeats).
  Result<Json> Graph(const ApiParams& params);
  // One actor's profile, as `query actor` gives it.
  Result<Json> Actor(const ApiParams& params);
  // The statements behind one edge, grouped by claim, each with its
  // sentence split around the words to highlight.
  Result<Json> Evidence(const ApiParams& params);
  // Counts per period of one actor's (or two actors') statements and relations.
  Result<Json> Timeline(const ApiParams& params);
  // Accusations and the denials that answered them.
  Result<Json> Disputes(const ApiParams& params);

  // Forgets what was read: the store's view moved (Store::CatchUp).
  void Refresh();

 private:
  // The whole graph as the store keeps it, read once.
  struct GraphCache {
    std::vector<actorgraph::Actor> actors;
    std::vector<EdgeCount> edges;
    std::unordered_map<std::string, uint64_t> activity;  // id -> statements on its edges
    std::unordered_map<std::string_view, size_t> actor_index;            // id -> in actors
    std::unordered_map<std::string_view, std::vector<size_t>> edges_of;  // id -> in edges
  };
  // The actors and edges within `selection.depth` of its centres (in the
  // graph its types and weight keep), in the cache's order: selecting the
  // neighbourhood from them gives what selecting it from the whole graph
  // gives, without building the whole graph.
  static std::pair<std::vector<actorgraph::Actor>, std::vector<EdgeCount>> Around(
      const GraphCache& cache, const Selection& selection);
  Result<std::shared_ptr<const GraphCache>> Graphs();

  const Store& store_;
  std::mutex mutex_;
  std::shared_ptr<const GraphCache> cache_;
  // Answers to graph calls without an actor (the whole graph's top), which
  // cost a build of the whole graph: by their parameters, until Refresh().
  std::map<std::string, Json> whole_graphs_;
  std::optional<Json> info_;  // until Refresh()
};

// The body of the graph call for `view`, whose actors are the store's:
// nodes (id, name, type, mentions, documents, aliases, community) and edges
// (id "type|source|target", source, target, type, weight, statements,
// documents). With `details`, each edge also carries what the exports give
// it (cues, CAMEO codes, PLOVER category, an evidence sentence, its first
// date), which reads every relation behind it: the HTML export asks for
// them, the server leaves them to the evidence call.
Result<Json> GraphJson(const Store& store, const GraphView& view, bool details);

// The evidence call's body for one edge (`limit` statements at most).
Result<Json> EdgeEvidence(const Store& store, RelationType type, const std::string& source,
                          const std::string& target, const DateRange& dates, size_t limit);

}  // namespace actorgraph

#endif  // ACTORGRAPH_SERVE_API_H_
