// The selection flags (graph/selection.h) shared by export, render and the
// graph queries, so each spells and checks them the same way.
#ifndef ACTORGRAPH_CLI_SELECTION_FLAGS_H_
#define ACTORGRAPH_CLI_SELECTION_FLAGS_H_

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "graph/selection.h"
#include "model/status.h"
#include "store/store.h"

namespace actorgraph {

struct SelectionFlags {
  Selection selection;
  std::vector<std::string> types;   // as typed
  std::vector<std::string> actors;  // as typed: any alias, any case
  std::string top_by = "degree";
};

// --type, --min-weight, --doc, --since, --until.
void AddFilterFlags(CLI::App* app, SelectionFlags* flags);
// The filter flags plus --actor, --depth, --top and --top-by.
void AddSelectionFlags(CLI::App* app, SelectionFlags* flags);

// After parsing, before the store is opened: checks the dates and fills in
// the relation types and the centrality. An error here is a usage error.
Status CheckSelectionFlags(SelectionFlags* flags);

// Resolves each --actor to one actor key (ResolveOne: "did you mean" on no
// match, the candidates when a name is shared).
Status ResolveCentres(SelectionFlags* flags, const Store& store);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_SELECTION_FLAGS_H_
