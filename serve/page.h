// The page as one self-contained HTML file (`actorgraph export --format
// html`): the page's styles and scripts inlined, and its data too, so it
// opens from disk with no server and no network.
#ifndef ACTORGRAPH_SERVE_PAGE_H_
#define ACTORGRAPH_SERVE_PAGE_H_

#include <string>

#include "graph/selection.h"
#include "model/status.h"
#include "serve/api.h"
#include "store/store.h"

namespace actorgraph {

// `data` as JSON that is safe inside a <script> element: every '<' is
// written \u003c (so no "</script" or "<!--"), and U+2028/U+2029 escaped.
std::string ScriptSafeJson(const Json& data);

// The page with `data` as window.ACTORGRAPH_DATA (the page's file mode:
// web/app.js).
Result<std::string> StandalonePage(const Json& data);

// What the page needs to show `view` without a server: the graph, each
// actor's profile (`latest` statements) and each edge's evidence (at most
// `statements` per edge). `title` names the file's view.
Result<Json> StandaloneData(const Store& store, const GraphView& view, const std::string& title,
                            size_t latest, size_t statements);

}  // namespace actorgraph

#endif  // ACTORGRAPH_SERVE_PAGE_H_
