// The rows of the tabular exports (export/graph_table.h) read from the store
// one edge at a time, for a view built from the edges the store keeps
// (LoadGraph, cli/queries.h). TabulateView needs the view's corpus: every
// document's text, every statement and relation in memory (5.3 GB at a
// million documents). This reads, per actor, its postings, and per edge, the
// relations behind it, their documents' dates, and for its evidence one
// document's text or the source's statements: memory grows with the graph
// and the largest speaker, not with the store.
#ifndef ACTORGRAPH_CLI_STORE_TABLE_H_
#define ACTORGRAPH_CLI_STORE_TABLE_H_

#include "export/graph_table.h"
#include "graph/graph_view.h"
#include "model/status.h"
#include "store/store.h"

namespace actorgraph {

// The table TabulateView gives for the same selection made from a Snapshot
// of `store` (SelectGraph): the same rows in the same order.
// tests/e2e/export_memory_test.cc compares the two.
Result<GraphTable> TabulateStore(const Store& store, const GraphView& view);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_STORE_TABLE_H_
