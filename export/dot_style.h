// How actors and relations look in DOT and in pictures. The one table that
// docs/exports.md describes; the legend is drawn from it too.
#ifndef ACTORGRAPH_EXPORT_DOT_STYLE_H_
#define ACTORGRAPH_EXPORT_DOT_STYLE_H_

#include <cstdint>
#include <string>

#include "model/facts.h"

namespace actorgraph {

// Graphviz attribute values; static strings.
struct NodeStyle {
  const char* shape;
  const char* fillcolor;
  const char* color;  // outline
};

struct EdgeStyle {
  const char* color;
  const char* style;      // "solid", "dashed", "dotted"
  const char* arrowhead;  // "normal", "tee", ...
};

NodeStyle StyleOf(ActorType type);
EdgeStyle StyleOf(RelationType type);

// What an edge of `type` looks like, in box-drawing characters, for legends
// ("━━▶" for a solid line with an arrowhead); a static UTF-8 string.
const char* LegendLine(RelationType type);

// 1 + log2(weight), capped at kMaxPenWidth; 1 for weight 0 or 1.
inline constexpr double kMaxPenWidth = 8.0;
double PenWidth(uint32_t weight);

// "accuses" for one claim, "accuses ×3" for three; with `sources`, the
// documents behind them, when more ("accuses (5 sources)": one story
// printed five times).
std::string EdgeLabel(RelationType type, uint32_t weight, uint32_t sources = 0);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_DOT_STYLE_H_
