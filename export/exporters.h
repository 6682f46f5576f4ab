// Writers for a GraphView: Graphviz DOT (through cgraph), pictures (laid out
// and drawn in-process through gvc), Cap'n Proto Graph messages, and the
// formats of other tools: GEXF and GraphML (Gephi, NetworkX), node-link JSON
// (d3, Cytoscape.js) and Neo4j import CSV. docs/exports.md describes each.
//
// Every label and attribute goes through cgraph, so any text (quotes,
// backslashes, braces, '<', newlines, non-ASCII) yields valid DOT. The other
// text formats clean every string first (export/graph_table.h: bad UTF-8 ->
// U+FFFD, control characters -> spaces), so any input gives a file its
// consumer reads. All text writers are deterministic: the same view gives
// the same bytes.
#ifndef ACTORGRAPH_EXPORT_EXPORTERS_H_
#define ACTORGRAPH_EXPORT_EXPORTERS_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "export/graph_table.h"
#include "graph/graph_view.h"
#include "model/facts.h"
#include "model/status.h"

namespace actorgraph {

// DOT text of the view: node shape/colour by actor type, edge colour/style by
// relation type, pen width by weight, labels with counts, a legend.
// Node names are actor keys. Not thread safe: cgraph keeps process-wide state.
Result<std::string> ExportDot(const GraphView& view);

// Past this many actors a picture stops being legible and dot gets slow.
inline constexpr size_t kComfortableActors = 300;
// A suggestion for the user when the view has more than kComfortableActors
// actors ("412 actors: consider a selection ... or --layout sfdp"); nullopt
// otherwise. Exports still work on large views; this is advice only.
std::optional<std::string> SizeWarning(const GraphView& view);

// Past this many edges curved splines routed around every node take dot and
// sfdp tens of seconds (measured: 150 actors, 548 edges, 32 s with sfdp),
// so larger views are drawn with straight edges.
inline constexpr size_t kCurvedEdges = 150;

inline constexpr std::string_view kRenderFormats[] = {"svg", "png", "pdf"};
// InvalidArgument listing kRenderFormats unless `format` is one of them.
Status CheckRenderFormat(std::string_view format);
inline constexpr std::string_view kRenderLayouts[] = {"auto", "dot", "neato", "fdp", "sfdp"};

// The layout "auto" stands for, by the size of the view (thresholds chosen
// by looking at pictures of our demo store, a 40-actor article and 500
// Reuters articles; docs/exports.md):
//   - dot (a hierarchy: who accuses or quotes whom, in ranks) up to
//     kDotActors actors and kDotEdges edges. When dot draws the actors more
//     than kMaxAspect times wider than tall (five people quoted on one
//     country make a row of five), RenderGraph lays them out again from left
//     to right (rankdir=LR) and keeps the squarer of the two. Past some 30
//     actors dot's pictures turn into long strips with long edges;
//   - fdp (force-directed, roughly round, labels readable) up to kFdpActors
//     actors (0.3 s for 150 Reuters actors);
//   - sfdp (multilevel force-directed, fast on thousands) beyond.
inline constexpr size_t kDotActors = 30, kDotEdges = 60;
inline constexpr size_t kFdpActors = 150;
inline constexpr double kMaxAspect = 2.0;
// The first layout tried for "auto": "dot", "fdp" or "sfdp" as above.
std::string_view AutoLayout(const GraphView& view);

// Lays the view out with `layout` ("auto", "dot", "neato", "fdp", "sfdp") and draws it
// as `format` ("svg", "png", "pdf") into `out_path`, in-process through gvc.
// Anything else gives InvalidArgument listing the valid values. A failed
// layout or render gives IOError naming `out_path` and leaves `out_path` as it
// was (the picture is written to `out_path`.tmp, then renamed). When given,
// `*layout_used` is set to the layout drawn ("auto" resolved). Not thread
// safe.
Status RenderGraph(const GraphView& view, std::string_view format, std::string_view layout,
                   const std::string& out_path, std::string* layout_used = nullptr);

// The four tabular writers below take the view, or its table
// (export/graph_table.h) when that was made elsewhere: the same table gives
// the same bytes.

// GEXF 1.2draft for Gephi: typed node and edge attributes, edge weights and
// kinds, edge `start` dates for Gephi's timeline, viz colours.
// export/gexf_writer.cc.
Result<std::string> ExportGexf(const GraphView& view);
Result<std::string> ExportGexf(const GraphTable& table);

// GraphML with one typed <key> per attribute. export/graphml_writer.cc.
Result<std::string> ExportGraphml(const GraphView& view);
Result<std::string> ExportGraphml(const GraphTable& table);

// {"directed":true,"multigraph":true,"nodes":[...],"links":[...]}: NetworkX
// node-link JSON (node_link_graph(data, edges="links") on NetworkX 3.4 and
// later), loadable by d3-force. export/json_graph_writer.cc.
Result<std::string> ExportJsonGraph(const GraphView& view);
Result<std::string> ExportJsonGraph(const GraphTable& table);

// {"elements":{"nodes":[{"data":...}],"edges":[...]}}: Cytoscape's JSON, for
// Cytoscape.js and Cytoscape desktop. export/json_graph_writer.cc.
Result<std::string> ExportCytoscapeJson(const GraphView& view);
Result<std::string> ExportCytoscapeJson(const GraphTable& table);

// The nodes and relationships files of `neo4j-admin database import full`.
struct Neo4jCsv {
  std::string nodes;
  std::string relationships;
};
Result<Neo4jCsv> ExportNeo4jCsv(const GraphView& view);
Result<Neo4jCsv> ExportNeo4jCsv(const GraphTable& table);

// Cap'n Proto exports: a 28-byte header (magic, format version, payload
// length, XXH3-64 checksum of the payload) and one packed Graph message
// (schemas/actorgraph.capnp). The layout is at the top of
// export/capnp_file.cc and in docs/exports.md.

// The largest export read (payload, or a whole headerless file): 1 GiB.
// An import holds the file, the decoded corpus and its split at once, about
// 4.5 times the file's size (a 109 MB export peaked at 473 MB), so this is
// some 400,000 articles with their texts; export larger stores in
// selections (--since/--until).
inline constexpr uint64_t kMaxExportBytes = uint64_t{1} << 30;

// The bytes of an export of `corpus`, header and payload.
std::string EncodeCapnpExport(const Corpus& corpus);

// Checks and decodes the bytes of a whole export. Errors (Corruption unless
// said) do not name a file: "empty file", "not an actorgraph export (bad
// magic)", "truncated: the header announces N bytes, the file has M",
// "N bytes after the end of the export (...)", "checksum mismatch: the file
// is damaged", "export format version N is newer ..." (InvalidArgument),
// then DecodeGraph's (schemas/codec.h). A headerless file of an earlier
// release (no checksum to verify) is decoded as it stands and
// `*headerless` set; it is set to false otherwise.
Result<Corpus> DecodeCapnpExport(std::string_view file_bytes, bool* headerless = nullptr);

// Writes EncodeCapnpExport(corpus) to `out_path`.tmp, fsyncs and renames
// it, so a failure leaves no half file.
Status ExportCapnp(const Corpus& corpus, const std::string& out_path);

// Reads and decodes the export at `path` (a regular file, a pipe or a
// device) as DecodeCapnpExport does, with every error prefixed by
// "<path>: "; a missing file is NotFound "no such file: <path>". Reads are
// bounded: the header first (a non-export is refused after 28 bytes), then
// exactly the payload it announces (at most kMaxExportBytes), then what it
// takes to tell that nothing follows. A headerless file is read whole, up to
// kMaxExportBytes. Regroup the result per document with SplitByDocument
// (store/corpus_split.h).
Result<Corpus> ImportCapnp(const std::string& path, bool* headerless = nullptr);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_EXPORTERS_H_
