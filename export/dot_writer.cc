// ExportDot and SizeWarning (export/exporters.h).
#include <graphviz/cgraph.h>

#include "export/agraph_builder.h"
#include "export/exporters.h"

namespace actorgraph {

Result<std::string> ExportDot(const GraphView& view) {
  auto g = BuildAgraph(view);
  if (!g.ok()) return g.status();
  return WriteDot(g->get());
}

std::optional<std::string> SizeWarning(const GraphView& view) {
  size_t actors = boost::num_vertices(view.graph);
  if (actors <= kComfortableActors) return std::nullopt;
  return std::to_string(actors) +
         " actors: consider a selection (--actor NAME --depth 1, --top 100, --type, "
         "--min-weight) or --layout sfdp";
}

}  // namespace actorgraph
