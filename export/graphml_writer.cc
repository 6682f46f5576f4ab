// ExportGraphml (export/exporters.h): GraphML with one typed <key> per
// attribute, read by NetworkX (read_graphml), Gephi, yEd and igraph.
//
//   <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
//     <key id="n_label" for="node" attr.name="label" attr.type="string"/> ...
//     <graph id="actorgraph" edgedefault="directed">
//       <node id="person:ada-quill"><data key="n_label">Ada Quill</data>...</node>
//       <edge id="e0" source=... target=...><data key="e_weight">3</data>...</edge>
//
// Key ids carry an n_ / e_ prefix because node and edge attributes share
// names (documents) and ids must be unique. GraphML has no list type: aliases
// and cues are strings joined by '|', with '|' inside a value as '/'. An edge without a dated document has no e_start <data>.
#include <string>

#include "export/exporters.h"
#include "export/graph_table.h"
#include "export/xml_writer.h"

namespace actorgraph {

namespace {

struct KeyDecl {
  const char* id;
  const char* for_what;  // "node" or "edge"
  const char* name;
  const char* type;  // GraphML attr.type
};

constexpr KeyDecl kKeys[] = {
    {"n_label", "node", "label", "string"},       {"n_key", "node", "key", "string"},
    {"n_type", "node", "type", "string"},         {"n_mentions", "node", "mentions", "int"},
    {"n_documents", "node", "documents", "int"},  {"n_aliases", "node", "aliases", "string"},
    {"n_community", "node", "community", "int"},
    {"e_relation", "edge", "relation", "string"}, {"e_weight", "edge", "weight", "int"},
    {"e_statements", "edge", "statements", "int"},
    {"e_documents", "edge", "documents", "int"},  {"e_cues", "edge", "cues", "string"},
    {"e_evidence", "edge", "evidence", "string"}, {"e_start", "edge", "start", "string"},
    {"e_cameo", "edge", "cameo", "string"},       {"e_plover", "edge", "plover", "string"},
};

void Data(XmlWriter& xml, const char* key, const std::string& value) {
  xml.Start("data");
  xml.Attribute("key", key);
  xml.Text(value);
  xml.End();
}

}  // namespace

Result<std::string> ExportGraphml(const GraphView& view) { return ExportGraphml(TabulateView(view)); }

Result<std::string> ExportGraphml(const GraphTable& table) {
  XmlWriter xml;
  xml.Start("graphml");
  xml.Attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
  xml.Attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  xml.Attribute("xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns "
                "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
  for (const KeyDecl& k : kKeys) {
    xml.Start("key");
    xml.Attribute("id", k.id);
    xml.Attribute("for", k.for_what);
    xml.Attribute("attr.name", k.name);
    xml.Attribute("attr.type", k.type);
    xml.End();
  }
  xml.Start("graph");
  xml.Attribute("id", "actorgraph");
  xml.Attribute("edgedefault", "directed");
  for (const NodeRow& n : table.nodes) {
    xml.Start("node");
    xml.Attribute("id", n.id);
    Data(xml, "n_label", n.label);
    Data(xml, "n_key", n.key);
    Data(xml, "n_type", std::string(ActorTypeName(n.type)));
    Data(xml, "n_mentions", std::to_string(n.mentions));
    Data(xml, "n_documents", std::to_string(n.documents));
    Data(xml, "n_aliases", JoinList(n.aliases, '|', '/'));
    Data(xml, "n_community", std::to_string(n.community));
    xml.End();
  }
  for (const EdgeRow& e : table.edges) {
    xml.Start("edge");
    xml.Attribute("id", e.id);
    xml.Attribute("source", table.nodes[e.source].id);
    xml.Attribute("target", table.nodes[e.target].id);
    Data(xml, "e_relation", std::string(RelationTypeName(e.type)));
    Data(xml, "e_weight", std::to_string(e.weight));
    Data(xml, "e_statements", std::to_string(e.statements));
    Data(xml, "e_documents", std::to_string(e.documents));
    Data(xml, "e_cues", JoinList(e.cues, '|', '/'));
    Data(xml, "e_evidence", e.evidence);
    if (e.start) Data(xml, "e_start", *e.start);
    Data(xml, "e_cameo", JoinList(e.cameo, '|', '/'));
    Data(xml, "e_plover", e.plover);
    xml.End();
  }
  xml.End();  // graph
  xml.End();  // graphml
  return xml.Finish();
}

}  // namespace actorgraph
