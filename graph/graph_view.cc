// Placeholder until the graph view lands.
#include "graph/graph_view.h"

namespace actorgraph {
GraphView BuildGraphView(Corpus corpus, const GraphFilter&) {
  GraphView v;
  v.corpus = std::move(corpus);
  return v;
}
}  // namespace actorgraph
