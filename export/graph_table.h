// The rows every tabular export writes (GEXF, GraphML, JSON, Neo4j CSV): one
// per actor and one per edge of a GraphView, with the attributes a Gephi,
// Neo4j or d3 user expects, computed once so the four formats agree.
//
// Every string in a row is clean: valid UTF-8 (ill-formed bytes become
// U+FFFD), no control character but '\n' (others become spaces, '\r' is
// dropped) and no U+FFFE / U+FFFF (they become U+FFFD). So XML 1.0, JSON
// and CSV can all carry it; each writer only has to escape its own syntax.
#ifndef ACTORGRAPH_EXPORT_GRAPH_TABLE_H_
#define ACTORGRAPH_EXPORT_GRAPH_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <functional>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "graph/graph_view.h"
#include "model/facts.h"

namespace actorgraph {

struct NodeRow {
  // Unique among the rows: the actor key when it is clean text on one line,
  // else "actor-<vertex>" (primed until unused), as in DOT.
  std::string id;
  std::string key;    // the actor key, cleaned
  std::string label;  // the actor's name
  ActorType type = ActorType::kPerson;
  uint32_t mentions = 0;             // mentions across the corpus
  uint32_t documents = 0;            // distinct documents among those mentions
  std::vector<std::string> aliases;  // in corpus order; repeats and "" dropped
  // Its community by modularity in the exported graph (graph/communities.h):
  // 0 for the largest. Gephi colours by it.
  int community = 0;
  bool operator==(const NodeRow&) const = default;
};

struct EdgeRow {
  std::string id;     // "e0", "e1", ... in edge order
  size_t source = 0;  // index into GraphTable::nodes
  size_t target = 0;
  RelationType type = RelationType::kQuotes;
  uint32_t weight = 0;            // distinct claims behind the edge (store/claims.h)
  uint32_t statements = 0;        // statements behind it, copies included
  uint32_t documents = 0;         // distinct documents among them
  std::vector<std::string> cues;  // distinct non-empty cues, in relation order
  // Distinct CAMEO codes of its relations ("112"; "111" and "114" for
  // criticism and complaints), in relation order, and the PLOVER category of
  // the first ("ACCUSE", "REJECT"; "" when none: quotes, affiliations).
  std::vector<std::string> cameo;
  std::string plover;
  std::string evidence;           // EvidenceFinder::For (export/evidence.h); may be empty
  // Earliest "YYYY-MM-DD" among the dates of the edge's documents; nullopt
  // when none of them has such a date.
  std::optional<std::string> start;
  bool operator==(const EdgeRow&) const = default;
};

struct GraphTable {
  std::vector<NodeRow> nodes;  // in vertex order
  std::vector<EdgeRow> edges;  // in boost::edges order
  bool has_dates = false;      // some edge has a start
  bool operator==(const GraphTable&) const = default;
};

// Deterministic: the same view gives the same table.
GraphTable TabulateView(const GraphView& view);

// The two halves of TabulateView, for a table made from another source of
// the same facts (cli/store_table.h reads them from the store edge by edge).
// One row for actor `a` at vertex `v` with its mention and document counts;
// `used_ids` holds the ids of the rows made before it.
NodeRow MakeNodeRow(const Actor& a, Vertex v, uint32_t mentions, uint32_t documents,
                    std::unordered_set<std::string>& used_ids);
// The row of edge `e`, the `index`-th, from the relations behind it (in
// store key order), the ISO day of a document (IsoDay of its date; nullopt
// when unknown) and its evidence (EvidenceFinder::For, raw).
EdgeRow MakeEdgeRow(const GraphView& view, Edge e, size_t index,
                    const std::vector<const Relation*>& relations,
                    const std::function<std::optional<std::string>(const std::string&)>& day_of,
                    std::string evidence);

// Sets each node's community from DetectCommunities(view); nodes are in
// vertex order.
void SetCommunities(const GraphView& view, GraphTable& table);

// `text` as every export format can carry it (see the top of this file).
std::string CleanText(std::string_view text);

// `values` joined by `delimiter`, with each `delimiter` inside a value
// replaced by `replacement`, so the list splits back into as many values. For
// formats whose lists are delimited strings (GraphML, Neo4j string[]).
std::string JoinList(const std::vector<std::string>& values, char delimiter, char replacement);

// The "YYYY-MM-DD" a document date starts with ("2024-02-03",
// "2024-02-03T10:00:00Z"), or nullopt ("", "March 2024", "2024-13-01").
std::optional<std::string> IsoDay(std::string_view date);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_GRAPH_TABLE_H_
