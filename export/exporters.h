// Writers for a GraphView: Graphviz DOT (through cgraph), pictures (laid out
// and drawn in-process through gvc), and Cap'n Proto Graph messages.
//
// Every label and attribute goes through cgraph, so any text (quotes,
// backslashes, braces, '<', newlines, non-ASCII) yields valid DOT.
#ifndef ACTORGRAPH_EXPORT_EXPORTERS_H_
#define ACTORGRAPH_EXPORT_EXPORTERS_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "graph/graph_view.h"
#include "model/facts.h"
#include "model/status.h"

namespace actorgraph {

// DOT text of the view: node shape/colour by actor type, edge colour/style by
// relation type, pen width by weight, labels with counts, a legend.
Result<std::string> ExportDot(const GraphView& view);

// Lays the view out with `layout` ("dot", "neato", "fdp", "sfdp") and draws it
// as `format` ("svg", "png", "pdf") into `out_path`.
Status RenderGraph(const GraphView& view, std::string_view format, std::string_view layout,
                   const std::string& out_path);

// The corpus as one packed Cap'n Proto Graph message (schemas/actorgraph.capnp).
Status ExportCapnp(const Corpus& corpus, const std::string& out_path);
// Reads a file written by ExportCapnp. A truncated or corrupt file gives
// Corruption naming the file, never a crash.
Result<Corpus> ImportCapnp(const std::string& path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_EXPORTERS_H_
