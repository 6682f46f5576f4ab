// Placeholder until the exporters land.
#include "export/exporters.h"

namespace actorgraph {
Result<std::string> ExportDot(const GraphView&) { return Status::IOError("not implemented"); }
Status RenderGraph(const GraphView&, std::string_view, std::string_view, const std::string&) {
  return Status::IOError("not implemented");
}
Status ExportCapnp(const Corpus&, const std::string&) { return Status::IOError("not implemented"); }
Result<Corpus> ImportCapnp(const std::string&) { return Status::IOError("not implemented"); }
}  // namespace actorgraph
