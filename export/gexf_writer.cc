// ExportGexf (export/exporters.h): GEXF 1.2draft, the newest version both
// Gephi and NetworkX 2.8 (Debian 12) read; NetworkX knows only the 1.1draft
// and 1.2draft namespaces.
//
//   <gexf xmlns=".../1.2draft" xmlns:viz=".../1.2draft/viz" version="1.2">
//     <meta><creator>actorgraph</creator></meta>
//     <graph defaultedgetype="directed" mode="static|dynamic" [timeformat="date"]>
//       <attributes class="node">  key, type, mentions, documents, aliases
//       <attributes class="edge">  relation, statements, documents, cues, evidence, cameo, plover
//       <nodes><node id label><attvalues/><viz:color/></node>...</nodes>
//       <edges><edge id source target label weight [start]>...</edge>...</edges>
//
// Edges carry `start` (the earliest document date) only when some edge has
// one; then the graph is mode="dynamic" timeformat="date" so Gephi's
// timeline works. Edges also carry `kind` (the relation; GEXF 1.3 names it,
// Gephi reads it in any version): Gephi merges parallel edges unless their
// kinds differ, and an actor can both accuse and quote another.
//
// liststring values are written in Gephi's array syntax, the one its parser
// (graphstore's ArraysParser) reads: ["a", "b \"c\""], every value quoted,
// '\' and '"' escaped by a backslash. An empty list is no attvalue at all.
// Colours are the DOT palette (export/dot_style.h).
#include <cstdio>
#include <string>
#include <vector>

#include "export/dot_style.h"
#include "export/exporters.h"
#include "export/graph_table.h"
#include "export/xml_writer.h"

namespace actorgraph {

namespace {

struct AttributeDecl {
  const char* id;  // also the title: Gephi shows it as the column name
  const char* type;
};

constexpr AttributeDecl kNodeAttributes[] = {
    {"key", "string"},        {"type", "string"},        {"mentions", "integer"},
    {"documents", "integer"}, {"aliases", "liststring"}, {"community", "integer"},
};
// "relation", not "type": Gephi's edge table already has a Type column
// (directed / undirected).
constexpr AttributeDecl kEdgeAttributes[] = {
    {"relation", "string"},
    {"statements", "integer"},
    {"documents", "integer"},
    {"cues", "liststring"},
    {"evidence", "string"},
    {"cameo", "liststring"},
    {"plover", "string"},
};

// `values` as a Gephi array: ["a", "b"].
std::string GephiList(const std::vector<std::string>& values) {
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ", ";
    out += '"';
    for (char c : values[i]) {
      if (c == '\\' || c == '"') out += '\\';
      out += c;
    }
    out += '"';
  }
  out += ']';
  return out;
}

void Declare(XmlWriter& xml, const char* cls, const auto& decls) {
  xml.Start("attributes");
  xml.Attribute("class", cls);
  xml.Attribute("mode", "static");
  for (const AttributeDecl& d : decls) {
    xml.Start("attribute");
    xml.Attribute("id", d.id);
    xml.Attribute("title", d.id);
    xml.Attribute("type", d.type);
    xml.End();
  }
  xml.End();
}

void Value(XmlWriter& xml, const char* id, const std::string& value) {
  xml.Start("attvalue");
  xml.Attribute("for", id);
  xml.Attribute("value", value);
  xml.End();
}

void ListValue(XmlWriter& xml, const char* id, const std::vector<std::string>& values) {
  if (!values.empty()) Value(xml, id, GephiList(values));
}

// "#rrggbb" as <viz:color r g b/>.
void Colour(XmlWriter& xml, const char* hex) {
  unsigned r = 0, g = 0, b = 0;
  std::sscanf(hex, "#%2x%2x%2x", &r, &g, &b);
  xml.Start("viz:color");
  xml.Attribute("r", std::to_string(r));
  xml.Attribute("g", std::to_string(g));
  xml.Attribute("b", std::to_string(b));
  xml.End();
}

void WriteNode(XmlWriter& xml, const NodeRow& n) {
  xml.Start("node");
  xml.Attribute("id", n.id);
  xml.Attribute("label", n.label);
  xml.Start("attvalues");
  Value(xml, "key", n.key);
  Value(xml, "type", std::string(ActorTypeName(n.type)));
  Value(xml, "mentions", std::to_string(n.mentions));
  Value(xml, "documents", std::to_string(n.documents));
  ListValue(xml, "aliases", n.aliases);
  Value(xml, "community", std::to_string(n.community));
  xml.End();
  Colour(xml, StyleOf(n.type).fillcolor);
  xml.End();
}

void WriteEdge(XmlWriter& xml, const GraphTable& t, const EdgeRow& e) {
  std::string relation(RelationTypeName(e.type));
  xml.Start("edge");
  xml.Attribute("id", e.id);
  xml.Attribute("source", t.nodes[e.source].id);
  xml.Attribute("target", t.nodes[e.target].id);
  xml.Attribute("label", relation);
  xml.Attribute("kind", relation);
  xml.Attribute("weight", std::to_string(e.weight));
  if (e.start) xml.Attribute("start", *e.start);
  xml.Start("attvalues");
  Value(xml, "relation", relation);
  Value(xml, "statements", std::to_string(e.statements));
  Value(xml, "documents", std::to_string(e.documents));
  ListValue(xml, "cues", e.cues);
  Value(xml, "evidence", e.evidence);
  ListValue(xml, "cameo", e.cameo);
  Value(xml, "plover", e.plover);
  xml.End();
  Colour(xml, StyleOf(e.type).color);
  xml.End();
}

}  // namespace

Result<std::string> ExportGexf(const GraphView& view) { return ExportGexf(TabulateView(view)); }

Result<std::string> ExportGexf(const GraphTable& table) {
  XmlWriter xml;
  xml.Start("gexf");
  xml.Attribute("xmlns", "http://www.gexf.net/1.2draft");
  xml.Attribute("xmlns:viz", "http://www.gexf.net/1.2draft/viz");
  xml.Attribute("version", "1.2");
  xml.Start("meta");
  xml.Start("creator");
  xml.Text("actorgraph");
  xml.End();
  xml.End();

  xml.Start("graph");
  xml.Attribute("defaultedgetype", "directed");
  xml.Attribute("mode", table.has_dates ? "dynamic" : "static");
  if (table.has_dates) xml.Attribute("timeformat", "date");
  Declare(xml, "node", kNodeAttributes);
  Declare(xml, "edge", kEdgeAttributes);
  xml.Start("nodes");
  for (const NodeRow& n : table.nodes) WriteNode(xml, n);
  xml.End();
  xml.Start("edges");
  for (const EdgeRow& e : table.edges) WriteEdge(xml, table, e);
  xml.End();
  xml.End();  // graph
  xml.End();  // gexf
  return xml.Finish();
}

}  // namespace actorgraph
