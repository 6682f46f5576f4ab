// ExportJsonGraph (export/exporters.h): NetworkX node-link JSON, which d3-force
// loads as is and which maps one-to-one onto Cytoscape.js elements.
//
//   {"directed": true, "multigraph": true, "graph": {"name": "actorgraph"},
//    "nodes": [{"id", "key", "label", "type", "mentions", "documents",
//               "aliases": [...], "color"}],
//    "links": [{"id", "source", "target", "key", "type", "weight", "statements", "documents",
//               "cues": [...], "evidence", "cameo": [...], "plover",
//               ["start",] "color"}]}
//
// "multigraph" because two actors can be joined by several relation types;
// a link's "key" (its relation type, unique per source and target) is what
// NetworkX's node_link_graph uses to tell them apart. "source" and "target"
// are node ids, as d3's forceLink().id(d => d.id) expects. Keys are written
// in this order (ordered_json), so the same view gives the same bytes.
#include <nlohmann/json.hpp>
#include <string>

#include "export/dot_style.h"
#include "export/exporters.h"
#include "export/graph_table.h"

namespace actorgraph {

Result<std::string> ExportJsonGraph(const GraphView& view) {
  return ExportJsonGraph(TabulateView(view));
}

Result<std::string> ExportJsonGraph(const GraphTable& table) {
  using Json = nlohmann::ordered_json;
  Json nodes = Json::array();
  for (const NodeRow& n : table.nodes) {
    nodes.push_back(Json{{"id", n.id},
                         {"key", n.key},
                         {"label", n.label},
                         {"type", ActorTypeName(n.type)},
                         {"mentions", n.mentions},
                         {"documents", n.documents},
                         {"aliases", n.aliases},
                         {"community", n.community},
                         {"color", StyleOf(n.type).fillcolor}});
  }
  Json links = Json::array();
  for (const EdgeRow& e : table.edges) {
    Json link{{"id", e.id},
              {"source", table.nodes[e.source].id},
              {"target", table.nodes[e.target].id},
              {"key", RelationTypeName(e.type)},
              {"type", RelationTypeName(e.type)},
              {"weight", e.weight},
              {"statements", e.statements},
              {"documents", e.documents},
              {"cues", e.cues},
              {"evidence", e.evidence},
              {"cameo", e.cameo},
              {"plover", e.plover}};
    if (e.start) link["start"] = *e.start;
    link["color"] = StyleOf(e.type).color;
    links.push_back(std::move(link));
  }
  Json graph{{"directed", true},
             {"multigraph", true},
             {"graph", Json{{"name", "actorgraph"}}},
             {"nodes", std::move(nodes)},
             {"links", std::move(links)}};
  // Row text is valid UTF-8 already; `replace` only guards against a slip,
  // since dump() would otherwise throw on bad UTF-8.
  return graph.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace actorgraph
