// The queries behind `actorgraph query`: each reads the store and returns a
// QueryResult (cli/query_output.h) whose rows are the documented JSON shape
// (docs/queries.md). Actor options accept any alias, case-insensitively; an
// unknown actor is an error with "did you mean" suggestions.
#ifndef ACTORGRAPH_CLI_QUERIES_H_
#define ACTORGRAPH_CLI_QUERIES_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli/query_output.h"
#include "graph/analytics.h"
#include "graph/selection.h"
#include "model/status.h"
#include "store/store.h"

namespace actorgraph {

// Caches actor names and documents (date, text) for one query run.
class Lookup {
 public:
  explicit Lookup(const Store& store) : store_(store) {}
  std::string Name(const std::string& id);
  const Document& Doc(const std::string& id);
  // The text of `span` in document `doc`, on one line.
  std::string Evidence(const std::string& doc, const Span& span);
  const Store& store() const { return store_; }

 private:
  const Store& store_;
  std::map<std::string, std::string> names_;
  std::map<std::string, Document> docs_;
};

struct SaidOptions {
  std::string by, about, text;
  DateRange dates;
  size_t limit = 0;  // the first N statements (oldest first); 0: all
  bool copies = false;  // every copy its own row, not one row per claim
};
Result<QueryResult> QuerySaid(const Store& store, const SaidOptions& options);

struct RelationsOptions {
  std::string type, from, to;
  DateRange dates;
  bool copies = false;  // every copy its own row, not one row per claim
};
Result<QueryResult> QueryRelations(const Store& store, const RelationsOptions& options);

// X accused Y, and Y denied (a denial aimed at X or at no one), in the same
// document or a later one.
Result<QueryResult> QueryDisputes(const Store& store, const DateRange& dates);

// The dated statements and accusations, criticisms and denials of `actor`,
// or between `actor` and `other`, oldest first; with `by` (day, week, month
// or year), their counts per period instead, every period from the first to
// the last (cli/query_timeline.cc, docs/queries.md).
struct TimelineOptions {
  std::string actor, other;
  DateRange dates;
  std::string by;
  bool statements = true;  // false: the relations only
};
Result<QueryResult> QueryTimeline(const Store& store, const TimelineOptions& options);

// One statement or relation of a timeline, as `query timeline` lists it.
struct TimelineItem {
  std::string date;
  std::string kind;     // "said" or a relation type's name
  std::string source;   // the speaker, or the relation's source
  std::string target;   // the actor spoken of or accused; may be empty
  std::string cue;
  std::string cameo;    // relations only
  bool direct = false;  // statements only
  std::string document;
  uint32_t start = 0;
  std::string text;  // the statement, or the relation's evidence sentence
};

struct TimelineItems {
  std::string actor, other;         // actor ids; `other` empty for one actor
  std::vector<TimelineItem> items;  // dated and in options.dates, oldest first
  size_t undated = 0;               // left out
};

// What QueryTimeline lists (options.by aside): the actors resolved as
// ResolveOne does (two names for one actor is an error), then their items.
Result<TimelineItems> GatherTimeline(const Store& store, const TimelineOptions& options);

// The profile of one actor: a single JSON object (not rows) and its table.
Result<nlohmann::ordered_json> QueryActor(const Store& store, const std::string& name,
                                          size_t latest);
void PrintActorProfile(const nlohmann::ordered_json& profile, std::FILE* out);
// The profile as rows for CSV, one per fact, in the order the table shows
// them: SECTION is actor, alias, affiliation (its affiliations),
// affiliated (actors affiliated to it), count, counterpart or statement;
// VALUE holds the type, role, count, relations or "direct"/"reported".
QueryResult ActorProfileRows(const nlohmann::ordered_json& profile);

// Graph queries take the selection flags of graph/selection.h.
using GraphOptions = Selection;
Result<QueryResult> QueryNeighbors(const Store& store, const std::string& name, int depth,
                                   const GraphOptions& options);
Result<QueryResult> QueryPath(const Store& store, const std::string& from,
                              const std::string& to, const GraphOptions& options);
// Betweenness takes `pivots` as graph/analytics.h's Betweenness does
// (nullopt: exact on small graphs, estimated on large ones); its rows add
// "pivots" and "exact", and an estimate's table says so under it.
Result<QueryResult> QueryCentral(const Store& store, Centrality measure,
                                 std::optional<size_t> pivots, const GraphOptions& options);
// Communities by modularity (graph/communities.h): one row per community,
// largest first, with its share of the modularity; the table's note gives Q.
Result<QueryResult> QueryCommunities(const Store& store, const GraphOptions& options);
// Connected components, largest first.
Result<QueryResult> QueryComponents(const Store& store, const GraphOptions& options);

// The graph view of the store under `options` (shared by the graph queries).
Result<GraphView> LoadGraph(const Store& store, const GraphOptions& options);

// One actor id for `name`: the single match, or, when the name is shared
// (two persons called Lewis), an error listing them.
Result<std::string> ResolveOne(const Store& store, const std::string& name);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_QUERIES_H_
