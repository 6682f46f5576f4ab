#include "export/agraph_builder.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string_view>
#include <vector>

#include "export/dot_style.h"
#include "export/exporters.h"
#include "export/dot_text.h"
#include "export/evidence.h"

namespace actorgraph {

namespace {

// agwrite's channel is a std::string*; reads are never made through it.
int AppendToString(void* chan, const char* str) {
  static_cast<std::string*>(chan)->append(str);
  return 0;
}
int FlushNothing(void*) { return 0; }

// cgraph keeps a pointer to the discipline for the graph's lifetime.
Agiodisc_t string_io = {nullptr, AppendToString, FlushNothing};
Agdisc_t string_disc = {&AgMemDisc, &AgIdDisc, &string_io};

// cgraph takes char* but copies every string into its own pool.
char* C(const char* s) { return const_cast<char*>(s); }
char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, C(name), C(value), C(""));
}

std::string Number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

void StyleNode(Agnode_t* n, ActorType type) {
  NodeStyle s = StyleOf(type);
  Set(n, "shape", s.shape);
  Set(n, "fillcolor", s.fillcolor);
  Set(n, "color", s.color);
}

void StyleEdge(Agedge_t* e, RelationType type, uint32_t weight, uint32_t sources) {
  EdgeStyle s = StyleOf(type);
  Set(e, "color", s.color);
  Set(e, "fontcolor", s.color);
  Set(e, "style", s.style);
  Set(e, "arrowhead", s.arrowhead);
  Set(e, "penwidth", Number(PenWidth(weight)));
  Set(e, "label", EscStringValue(EdgeLabel(type, weight, sources), true));
}

// A node name not yet used in `g`: `key` when it is plain, else
// "actor-<vertex>" with primes added until unused.
std::string NodeName(Agraph_t* g, const std::string& key, Vertex v) {
  std::string name = IsPlainDotId(key) ? key : "actor-" + std::to_string(v);
  while (agnode(g, C(name), 0) != nullptr) name += "'";
  return name;
}

// The legend as the graph's own HTML label: a compact table below the graph
// that every layout draws the same way. (A cluster of sample nodes made dot
// pictures three times wider than tall, and sfdp, neato and fdp ignore
// clusters and scattered those nodes among the actors.) It lists the actor
// types and relation types the view holds, in the order of kAllActorTypes
// and kAllRelationTypes; an empty view has none. Only our fixed text goes
// into it; actor names and quotes are never HTML.
Status AddLegend(Agraph_t* g, const GraphView& view) {
  bool actor_present[std::size(kAllActorTypes)] = {};
  bool relation_present[std::size(kAllRelationTypes)] = {};
  for (Vertex v : boost::make_iterator_range(boost::vertices(view.graph))) {
    for (size_t i = 0; i < std::size(kAllActorTypes); ++i) {
      actor_present[i] |= kAllActorTypes[i] == view.actor(v).type;
    }
  }
  for (Edge e : boost::make_iterator_range(boost::edges(view.graph))) {
    for (size_t i = 0; i < std::size(kAllRelationTypes); ++i) {
      relation_present[i] |= kAllRelationTypes[i] == view.graph[e].type;
    }
  }
  std::vector<std::string> actor_cells, relation_cells;
  for (size_t i = 0; i < std::size(kAllActorTypes); ++i) {
    if (!actor_present[i]) continue;
    NodeStyle s = StyleOf(kAllActorTypes[i]);
    actor_cells.push_back(std::string("border=\"1\" bgcolor=\"") + s.fillcolor +
                          "\" color=\"" + s.color + "\">" +
                          std::string(ActorTypeName(kAllActorTypes[i])));
  }
  for (size_t i = 0; i < std::size(kAllRelationTypes); ++i) {
    if (!relation_present[i]) continue;
    RelationType type = kAllRelationTypes[i];
    relation_cells.push_back(std::string("><font color=\"") + StyleOf(type).color + "\">" +
                             LegendLine(type) + " " + std::string(RelationTypeName(type)) +
                             "</font>");
  }
  if (actor_cells.empty() && relation_cells.empty()) return Status::Ok();

  // Two rows; the first cell of the shorter row spans the difference, so
  // both rows fill the table's width.
  const size_t columns = std::max(actor_cells.size(), relation_cells.size());
  auto row = [columns](const std::vector<std::string>& cells) {
    if (cells.empty()) return std::string();
    std::string html = "<tr>";
    for (size_t i = 0; i < cells.size(); ++i) {
      size_t span = i == 0 ? columns - cells.size() + 1 : 1;
      html += "<td colspan=\"" + std::to_string(span) + "\" " + cells[i] + "</td>";
    }
    return html + "</tr>";
  };
  std::string html =
      "<table border=\"1\" color=\"#9ca3af\" cellborder=\"0\" cellspacing=\"4\" "
      "cellpadding=\"3\">" +
      row(actor_cells) + row(relation_cells) + "</table>";
  char* label = agstrdup_html(g, C(html));
  if (label == nullptr) return Status::IOError("cgraph refused the legend label");
  agsafeset(g, C("label"), label, C(""));
  agstrfree(g, label);
  Set(g, "labelloc", "b");
  return Status::Ok();
}

}  // namespace

Result<AgraphPtr> BuildAgraph(const GraphView& view) {
  AgraphPtr g(agopen(C("actorgraph"), Agdirected, &string_disc), &agclose);
  if (g == nullptr) return Status::IOError("cgraph could not open a graph");
  Agraph_t* root = g.get();

  // Defaults, declared once so every node and edge carries them.
  agattr(root, AGRAPH, C("fontname"), C("Helvetica"));
  agattr(root, AGRAPH, C("overlap"), C("false"));
  bool curved = boost::num_edges(view.graph) <= kCurvedEdges;
  agattr(root, AGRAPH, C("splines"), C(curved ? "true" : "line"));
  agattr(root, AGRAPH, C("outputorder"), C("edgesfirst"));
  agattr(root, AGRAPH, C("pad"), C("0.3"));
  agattr(root, AGRAPH, C("nodesep"), C("0.5"));
  agattr(root, AGRAPH, C("ranksep"), C("0.8"));
  agattr(root, AGNODE, C("style"), C("filled"));
  agattr(root, AGNODE, C("fontname"), C("Helvetica"));
  agattr(root, AGNODE, C("fontsize"), C("12"));
  agattr(root, AGEDGE, C("fontname"), C("Helvetica"));
  agattr(root, AGEDGE, C("fontsize"), C("10"));

  std::vector<Agnode_t*> nodes(boost::num_vertices(view.graph), nullptr);
  for (Vertex v : boost::make_iterator_range(boost::vertices(view.graph))) {
    const Actor& actor = view.actor(v);
    std::string name = NodeName(root, actor.id, v);
    Agnode_t* n = agnode(root, C(name), 1);
    if (n == nullptr) return Status::IOError("cgraph refused the node for " + actor.id);
    nodes[v] = n;
    StyleNode(n, actor.type);
    Set(n, "label", EscStringValue(actor.name.empty() ? actor.id : actor.name, true));
    Set(n, "tooltip", EscStringValue(std::string(ActorTypeName(actor.type)) + " " + actor.id,
                                     false));
    Set(n, "actorgraph_key", EscStringValue(actor.id, false));
  }

  EvidenceFinder evidence(view);
  for (Edge e : boost::make_iterator_range(boost::edges(view.graph))) {
    const EdgeProps& props = view.graph[e];
    // A fresh edge per (source, target, type): edge names keep them apart.
    std::string edge_name(RelationTypeName(props.type));
    Agedge_t* out = agedge(root, nodes[boost::source(e, view.graph)],
                           nodes[boost::target(e, view.graph)], C(edge_name), 1);
    if (out == nullptr) return Status::IOError("cgraph refused an edge");
    StyleEdge(out, props.type, props.weight, props.documents);
    Set(out, "weight", std::to_string(props.weight));
    Set(out, "actorgraph_statements", std::to_string(props.statements));
    Set(out, "actorgraph_documents", std::to_string(props.documents));
    // The event code of the relation type (CAMEO) and its PLOVER category.
    if (std::string_view cameo = DefaultCameoCode(props.type); !cameo.empty()) {
      Set(out, "actorgraph_cameo", std::string(cameo));
      Set(out, "actorgraph_plover", std::string(PloverCategory(cameo)));
    }
    std::string tooltip = evidence.For(e);
    if (tooltip.empty()) tooltip = EdgeLabel(props.type, props.weight, props.documents);
    Set(out, "tooltip", EscStringValue(tooltip, false));
  }

  Status legend = AddLegend(root, view);
  if (!legend.ok()) return legend;
  return g;
}

Result<std::string> WriteDot(Agraph_t* g) {
  std::string out;
  if (agwrite(g, &out) != 0) return Status::IOError("cgraph could not write DOT");
  return out;
}

}  // namespace actorgraph
