// ExportNeo4jCsv (export/exporters.h): the two files that
//   neo4j-admin database import full neo4j --nodes=actors.csv --relationships=relations.csv
// reads with its default options (',' delimiter, ';' array delimiter, '"'
// quotes, no --multiline-fields).
//
//   actors.csv     key:ID(Actor),name,type,:LABEL,mentions:int,documents:int,aliases:string[]
//   relations.csv  :START_ID(Actor),:END_ID(Actor),:TYPE,weight:int,statements:int,documents:int,
//                  cues:string[],evidence,start:date,cameo:string[],plover
//
// Labels are "Actor;Person", "Actor;Country", ...; relationship types
// ACCUSES, DENIES, QUOTES, AFFILIATED_WITH. Every text field is quoted
// (RFC 4180: '"' doubled); a newline inside a value becomes a space, so every
// record is one line. Array values are joined by ';' and a ';' inside one
// becomes ',', since the importer has no escape for its array delimiter; an
// empty array is an empty field (no property). An edge with no dated
// document leaves start:date empty, which Neo4j imports as no property.
#include <string>
#include <string_view>

#include "export/exporters.h"
#include "export/graph_table.h"

namespace actorgraph {

namespace {

constexpr std::string_view kNodeHeader =
    "key:ID(Actor),name,type,:LABEL,mentions:int,documents:int,aliases:string[],"
    "community:int\n";
constexpr std::string_view kRelationshipHeader =
    ":START_ID(Actor),:END_ID(Actor),:TYPE,weight:int,statements:int,documents:int,cues:"
    "string[],evidence,"
    "start:date,cameo:string[],plover\n";

// `text` as one quoted RFC 4180 field on one line.
std::string Quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') {
      out += "\"\"";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

// An array field; empty (no property) when there are no values, since a
// quoted "" would import as an array holding one empty string.
std::string QuotedList(const std::vector<std::string>& values) {
  return values.empty() ? "" : Quoted(JoinList(values, ';', ','));
}

// "Actor;Person", "Actor;Organization", ...
std::string Label(ActorType type) {
  std::string label = "Actor;" + std::string(ActorTypeName(type));
  label[6] = static_cast<char>(label[6] - 'a' + 'A');
  return label;
}

std::string TypeName(RelationType type) {
  std::string out(RelationTypeName(type));
  for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return out;  // "affiliated_with" -> "AFFILIATED_WITH"
}

}  // namespace

Result<Neo4jCsv> ExportNeo4jCsv(const GraphView& view) { return ExportNeo4jCsv(TabulateView(view)); }

Result<Neo4jCsv> ExportNeo4jCsv(const GraphTable& table) {
  Neo4jCsv csv;
  csv.nodes = kNodeHeader;
  for (const NodeRow& n : table.nodes) {
    csv.nodes += Quoted(n.id) + ',' + Quoted(n.label) + ',' + Quoted(ActorTypeName(n.type)) + ',' +
                 Label(n.type) + ',' + std::to_string(n.mentions) + ',' +
                 std::to_string(n.documents) + ',' + QuotedList(n.aliases) + ',' +
                 std::to_string(n.community) + '\n';
  }
  csv.relationships = kRelationshipHeader;
  for (const EdgeRow& e : table.edges) {
    csv.relationships += Quoted(table.nodes[e.source].id) + ',' + Quoted(table.nodes[e.target].id) +
                         ',' + TypeName(e.type) + ',' + std::to_string(e.weight) + ',' +
                         std::to_string(e.statements) + ',' + std::to_string(e.documents) + ',' + QuotedList(e.cues) + ',' +
                         Quoted(e.evidence) + ',' + e.start.value_or("") + ',' +
                         QuotedList(e.cameo) + ',' + (e.plover.empty() ? "" : Quoted(e.plover)) +
                         '\n';
  }
  return csv;
}

}  // namespace actorgraph
