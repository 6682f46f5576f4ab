// What a picture (render, export --format svg|png|pdf) leaves out unless
// asked, so that the default picture of any store can be read:
//
//   1. affiliations: when the view holds accusations, criticisms, denials
//      or quotes, its affiliated_with edges are left out, and so are the
//      actors they alone connected. Affiliations outnumber the other
//      relations in news (every "Jim Lewis of CSIS" is one) and, drawn with
//      them, tie people to their employers in long rows that push the
//      picture wide. A view of affiliations only keeps them.
//   2. size: past kPictureActors actors, only the kPictureActors most
//      central (by the selection's --top-by) are drawn. Past that many no
//      layout leaves the labels readable at a size a screen shows.
//
// Each step taken adds one note for the user saying what was left out and
// how to get it back. DOT and the other exports are not pictures: they keep
// the whole selection (docs/exports.md).
#ifndef ACTORGRAPH_EXPORT_PICTURE_DEFAULTS_H_
#define ACTORGRAPH_EXPORT_PICTURE_DEFAULTS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "graph/analytics.h"
#include "graph/graph_view.h"
#include "model/status.h"

namespace actorgraph {

// The most actors a picture draws unless asked for more (--top N, --all).
inline constexpr size_t kPictureActors = 150;

// What the user asked for beyond the selection.
struct PictureRequest {
  // Keep affiliated_with edges: --affiliations, or relation types chosen
  // with --type (which then say exactly what is drawn).
  bool affiliations = false;
  // Draw every selected actor: --all, or --top given (its N is already
  // applied by the selection; --top 0 means all).
  bool all_actors = false;
  Centrality top_by = Centrality::kDegree;
};

struct Picture {
  GraphView view;
  std::vector<std::string> notes;  // one line each, for stderr
};

// `view` (the selection) less what a picture leaves out by default, with
// the notes saying so.
Result<Picture> PictureDefaults(GraphView view, const PictureRequest& request);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_PICTURE_DEFAULTS_H_
