// Writers for a GraphView: Graphviz DOT (through cgraph), pictures (laid out
// and drawn in-process through gvc), and Cap'n Proto Graph messages.
//
// Every label and attribute goes through cgraph, so any text (quotes,
// backslashes, braces, '<', newlines, non-ASCII) yields valid DOT.
#ifndef ACTORGRAPH_EXPORT_EXPORTERS_H_
#define ACTORGRAPH_EXPORT_EXPORTERS_H_

#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

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

inline constexpr std::string_view kRenderFormats[] = {"svg", "png", "pdf"};
inline constexpr std::string_view kRenderLayouts[] = {"dot", "neato", "fdp", "sfdp"};

// Lays the view out with `layout` ("dot", "neato", "fdp", "sfdp") and draws it
// as `format` ("svg", "png", "pdf") into `out_path`, in-process through gvc.
// Anything else gives InvalidArgument listing the valid values. A failed
// layout or render gives IOError naming `out_path` and leaves `out_path` as it
// was (the picture is written to `out_path`.tmp, then renamed). Not thread safe.
Status RenderGraph(const GraphView& view, std::string_view format, std::string_view layout,
                   const std::string& out_path);

// The corpus as one packed Cap'n Proto Graph message (schemas/actorgraph.capnp),
// written to `out_path`.tmp and renamed, so a failure leaves no half file.
Status ExportCapnp(const Corpus& corpus, const std::string& out_path);
// Reads a file written by ExportCapnp. A truncated, corrupt, foreign or
// oversized file (past GraphTraversalLimitWords of its size) gives Corruption
// "<path>: ...", never a crash; a missing file NotFound "no such file:
// <path>"; a file from a newer schema InvalidArgument "<path>: ...".
// Regroup the result per document with SplitByDocument (store/corpus_split.h).
Result<Corpus> ImportCapnp(const std::string& path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_EXPORTERS_H_
