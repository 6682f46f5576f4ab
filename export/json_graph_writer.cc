// ExportJsonGraph and ExportCytoscapeJson (export/exporters.h): the graph as
// JSON in the two shapes other tools load as they are.
//
// NetworkX node-link JSON, which d3-force loads too:
//
//   {"directed": true, "multigraph": true, "graph": {"name": "actorgraph"},
//    "nodes": [{"id", "key", "label", "type", "mentions", "documents",
//               "aliases": [...], "community", "color"}],
//    "links": [{"id", "source", "target", "key", "type", "weight", "statements", "documents",
//               "cues": [...], "evidence", "cameo": [...], "plover",
//               ["start",] "color"}]}
//
// "multigraph" because two actors can be joined by several relation types;
// a link's "key" (its relation type, unique per source and target) is what
// NetworkX's node_link_graph uses to tell them apart. "source" and "target"
// are node ids, as d3's forceLink().id(d => d.id) expects.
//
// Cytoscape's JSON (.cyjs): what Cytoscape.js takes as `elements` and
// Cytoscape desktop imports (File > Import > Network from File):
//
//   {"format_version": "1.0", "generated_by": "actorgraph",
//    "target_cytoscapejs_version": "~3.30", "data": {"name": "actorgraph"},
//    "elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}
//
// with each node's and edge's "data" holding the same fields as above (a
// link's "key" aside, which Cytoscape does not need), and each node's label
// again as "name", the column Cytoscape desktop labels nodes by. Keys are written in
// this order (ordered_json), so the same view gives the same bytes.
#include <nlohmann/json.hpp>
#include <string>

#include "export/dot_style.h"
#include "export/exporters.h"
#include "export/graph_table.h"

namespace actorgraph {

Result<std::string> ExportJsonGraph(const GraphView& view) {
  return ExportJsonGraph(TabulateView(view));
}

namespace {

using Json = nlohmann::ordered_json;

Json NodeJson(const NodeRow& n) {
  return Json{{"id", n.id},
              {"key", n.key},
              {"label", n.label},
              {"type", ActorTypeName(n.type)},
              {"mentions", n.mentions},
              {"documents", n.documents},
              {"aliases", n.aliases},
              {"community", n.community},
              {"color", StyleOf(n.type).fillcolor}};
}

// `with_key`: NetworkX's "key" after "target".
Json LinkJson(const GraphTable& table, const EdgeRow& e, bool with_key) {
  Json link{{"id", e.id},
            {"source", table.nodes[e.source].id},
            {"target", table.nodes[e.target].id}};
  if (with_key) link["key"] = RelationTypeName(e.type);
  link["type"] = RelationTypeName(e.type);
  link["weight"] = e.weight;
  link["statements"] = e.statements;
  link["documents"] = e.documents;
  link["cues"] = e.cues;
  link["evidence"] = e.evidence;
  link["cameo"] = e.cameo;
  link["plover"] = e.plover;
  if (e.start) link["start"] = *e.start;
  link["color"] = StyleOf(e.type).color;
  return link;
}

// Row text is valid UTF-8 already; `replace` only guards against a slip,
// since dump() would otherwise throw on bad UTF-8.
std::string Dump(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n"; }

}  // namespace

Result<std::string> ExportJsonGraph(const GraphTable& table) {
  Json nodes = Json::array();
  for (const NodeRow& n : table.nodes) nodes.push_back(NodeJson(n));
  Json links = Json::array();
  for (const EdgeRow& e : table.edges) links.push_back(LinkJson(table, e, true));
  return Dump(Json{{"directed", true},
                   {"multigraph", true},
                   {"graph", Json{{"name", "actorgraph"}}},
                   {"nodes", std::move(nodes)},
                   {"links", std::move(links)}});
}

Result<std::string> ExportCytoscapeJson(const GraphView& view) {
  return ExportCytoscapeJson(TabulateView(view));
}

Result<std::string> ExportCytoscapeJson(const GraphTable& table) {
  Json nodes = Json::array();
  for (const NodeRow& n : table.nodes) {
    Json data = NodeJson(n);
    data["name"] = n.label;  // the column Cytoscape desktop labels nodes by
    nodes.push_back(Json{{"data", std::move(data)}});
  }
  Json edges = Json::array();
  for (const EdgeRow& e : table.edges) edges.push_back(Json{{"data", LinkJson(table, e, false)}});
  return Dump(Json{{"format_version", "1.0"},
                   {"generated_by", "actorgraph"},
                   {"target_cytoscapejs_version", "~3.30"},
                   {"data", Json{{"name", "actorgraph"}}},
                   {"elements", Json{{"nodes", std::move(nodes)}, {"edges", std::move(edges)}}}});
}

}  // namespace actorgraph
