// Builds the styled cgraph graph of a GraphView: the one builder behind both
// ExportDot (written as DOT) and RenderGraph (laid out and drawn by gvc);
// and what every picture shares (RenderAgraph).
//
// Thread safety: cgraph keeps process-wide state (its string pool, error
// handler); build, write and render graphs from one thread at a time.
#ifndef ACTORGRAPH_EXPORT_AGRAPH_BUILDER_H_
#define ACTORGRAPH_EXPORT_AGRAPH_BUILDER_H_

#include <graphviz/cgraph.h>

#include <memory>
#include <string>
#include <string_view>

#include "graph/graph_view.h"
#include "model/status.h"

namespace actorgraph {

using AgraphPtr = std::unique_ptr<Agraph_t, decltype(&agclose)>;

// A directed graph named "actorgraph". Node names are actor keys (an unusual
// key gets "actor-<vertex>" instead); the key is also kept in the node's
// `actorgraph_key` attribute. Nodes are styled by actor type, edges by
// relation type (export/dot_style.h). The legend is the graph's label: an
// HTML table of the colours and styles of the actor types and relation types
// the view holds (none for an empty view), drawn below the graph by every
// layout. Fails with IOError when cgraph refuses an object.
Result<AgraphPtr> BuildAgraph(const GraphView& view);

// `g` as DOT text, through agwrite with an in-memory channel.
Result<std::string> WriteDot(Agraph_t* g);

// Lays `g` out with the gvc layout engine `layout` ("dot", "sfdp", "nop2"
// for positions given, ...) and draws it as `format` into `out_path`,
// written whole or not at all; IOError naming `out_path` when gvc fails
// (export/render.cc). Not thread safe.
Status RenderAgraph(Agraph_t* g, std::string_view layout, std::string_view format,
                    const std::string& out_path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_AGRAPH_BUILDER_H_
