// A picture of what passed between two actors over time (`render
// --timeline`). Each accusation, criticism and denial is a box placed by its
// date along a horizontal time axis: the first actor's, aimed at the second,
// above the axis, the second's below it, each box joined to its date on the
// axis by a line drawn as the relation's edges are (export/dot_style.h).
// Boxes too close to fit side by side are stacked away from the axis. The
// positions are computed here and kept by gvc's "nop2" layout (neato -n2).
//
// Thread safety: as RenderGraph (cgraph and gvc keep process-wide state).
#ifndef ACTORGRAPH_EXPORT_TIMELINE_RENDER_H_
#define ACTORGRAPH_EXPORT_TIMELINE_RENDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/facts.h"
#include "model/status.h"

namespace actorgraph {

struct TimelineEvent {
  std::string date;  // normalised (model/dates.h): a year, month, day or instant
  RelationType type = RelationType::kAccuses;
  bool from_first = true;  // the first actor's, aimed at the second; else the reverse
  std::string cue;         // the words that carry it ("accused")
  std::string evidence;    // the sentence it was read from
  std::string document;
};

struct Timeline {
  std::string first, second;          // the two actors' names
  std::vector<TimelineEvent> events;  // in any order
};

// Draws `timeline` as `format` (svg, png or pdf) into `out_path`, written
// whole or not at all. A day is placed at its middle, a month or a year (a
// document dated no closer) at the middle of it. The axis is marked per
// month, or per year past two years; the title names both actors and the
// first and last dates; the legend holds the relation types drawn, with
// their counts. Every box's tooltip gives the date, who did what to whom,
// the cue, the evidence sentence (cut at kMaxEvidenceBytes) and the
// document. The boxes are the nodes "event1", "event2"... in date order.
// InvalidArgument when there are no events, a date is not normalised or the
// format is not a picture; IOError from gvc or the file as RenderGraph.
Status RenderTimeline(const Timeline& timeline, std::string_view format,
                      const std::string& out_path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_TIMELINE_RENDER_H_
