#include "export/timeline_render.h"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "export/agraph_builder.h"
#include "export/dot_style.h"
#include "export/dot_text.h"
#include "export/evidence.h"
#include "export/exporters.h"
#include "model/dates.h"

namespace actorgraph {

namespace {

namespace chr = std::chrono;

// Lengths in points (1/72 inch), as nop2 reads `pos`; y grows upwards.
constexpr double kMinAxisWidth = 480, kMaxAxisWidth = 1400;
constexpr double kWidthPerEvent = 90;  // before boxes are stacked
constexpr double kWidthPerTick = 56;   // room for "Mar 2024"
constexpr double kFirstRow = 60;       // a lane's first row of boxes, from the axis
constexpr double kRowHeight = 44;
constexpr double kBoxGap = 8;  // between boxes side by side
constexpr double kTickLabelBelow = 14;
constexpr double kLegendBelow = 56;  // from the last row of boxes
// Month ticks while they are at most this many (two years), year ticks beyond.
constexpr size_t kMaxMonthTicks = 25;
constexpr size_t kMaxCueBytes = 24;
constexpr const char* kAxisColor = "#6b7280";

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// A date as a point on the axis.
struct When {
  double day = 0;     // days since 1970-01-01 UTC
  std::string label;  // "Mar 4", "Mar 2024" or "2024"
};

struct Tick {
  double day = 0;
  std::string label;
};

// Where the axis puts a day.
struct Scale {
  double start;    // the first tick's day, at x = 0
  double per_day;  // points
  double X(double day) const { return (day - start) * per_day; }
};

// One box, where it is drawn.
struct Placed {
  const TimelineEvent* event;
  When when;
  double x = 0, y = 0;
};

// cgraph takes char* but copies every string into its own pool.
char* C(const char* s) { return const_cast<char*>(s); }
char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, C(name), C(value), C(""));
}

int Number(std::string_view s, size_t at, size_t n) {
  int v = 0;
  std::from_chars(s.data() + at, s.data() + at + n, v);
  return v;
}

double DaysOf(chr::year_month_day ymd) {
  return chr::sys_days(ymd).time_since_epoch().count();
}

std::string MonthName(chr::month m) { return kMonths[static_cast<unsigned>(m) - 1]; }

// nullopt when `date` is not normalised (model/dates.h).
std::optional<When> ReadDate(std::string_view date) {
  if (!IsNormalizedDate(date)) return std::nullopt;
  const chr::year y{Number(date, 0, 4)};
  if (date.size() == 4) {
    const double start = DaysOf(y / chr::January / 1);
    const double end = DaysOf((y + chr::years{1}) / chr::January / 1);
    return When{(start + end) / 2, std::string(date)};
  }
  const chr::year_month month = y / chr::month(Number(date, 5, 2));
  if (date.size() == 7) {
    const double start = DaysOf(month / 1), end = DaysOf((month + chr::months{1}) / 1);
    return When{(start + end) / 2, MonthName(month.month()) + " " + std::to_string(int(y))};
  }
  const int d = Number(date, 8, 2);
  double day = DaysOf(month / d);
  // An instant at its time of day; a day at its middle.
  day += date.size() > 10 ? (Number(date, 11, 2) * 60 + Number(date, 14, 2)) / 1440.0 : 0.5;
  return When{day, MonthName(month.month()) + " " + std::to_string(d)};
}

chr::year_month MonthOf(double day) {
  const chr::year_month_day ymd{chr::sys_days{chr::days{static_cast<int>(std::floor(day))}}};
  return ymd.year() / ymd.month();
}

// Ticks at the start of each month from the one holding `first` to the one
// after `last`'s (the year named on the first and on each January), or, when
// that would be more than kMaxMonthTicks, at the start of each year from
// `first`'s to the one after `last`'s.
std::vector<Tick> AxisTicks(double first, double last) {
  const chr::year_month from = MonthOf(first), to = MonthOf(last) + chr::months{1};
  std::vector<Tick> ticks;
  if (static_cast<size_t>((to - from).count()) < kMaxMonthTicks) {
    for (chr::year_month m = from; m <= to; m += chr::months{1}) {
      std::string label = MonthName(m.month());
      if (ticks.empty() || m.month() == chr::January) {
        label += " " + std::to_string(int(m.year()));
      }
      ticks.push_back({DaysOf(m / 1), std::move(label)});
    }
    return ticks;
  }
  for (chr::year y = from.year(); y <= MonthOf(last).year() + chr::years{1}; ++y) {
    ticks.push_back({DaysOf(y / chr::January / 1), std::to_string(int(y))});
  }
  return ticks;
}

size_t CodePoints(std::string_view s) {
  return std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; });
}

std::string Cue(const TimelineEvent& e) { return TruncateUtf8(SanitizeUtf8(e.cue), kMaxCueBytes); }

// What a box is estimated to need across: Helvetica at 11 points averages
// under 6.5 points a character.
double BoxWidth(const Placed& p) {
  return 6.5 * std::max(CodePoints(Cue(*p.event)), CodePoints(p.when.label)) + 20;
}

// Gives the boxes of one lane, in date order, their rows: each the row
// nearest the axis with room for it. Returns the number of rows.
size_t Stack(const std::vector<Placed*>& lane, double sign) {
  std::vector<double> right;  // the right edge of each row's last box
  for (Placed* p : lane) {
    const double half = BoxWidth(*p) / 2;
    size_t row = 0;
    while (row < right.size() && right[row] + kBoxGap > p->x - half) ++row;
    if (row == right.size()) right.push_back(0);
    right[row] = p->x + half;
    p->y = sign * (kFirstRow + kRowHeight * row);
  }
  return right.size();
}

std::string Pos(double x, double y) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f,%.1f!", x, y);
  return buf;
}

Result<Agnode_t*> Node(Agraph_t* g, const std::string& name, double x, double y) {
  Agnode_t* n = agnode(g, C(name), 1);
  if (n == nullptr) return Status::IOError("cgraph refused the node " + name);
  Set(n, "pos", Pos(x, y));
  return n;
}

std::string Tooltip(const Timeline& t, const Placed& p) {
  const TimelineEvent& e = *p.event;
  const std::string& source = e.from_first ? t.first : t.second;
  const std::string& target = e.from_first ? t.second : t.first;
  std::string text = e.date + ": " + source + " " + std::string(RelationTypeName(e.type)) + " " +
                     target + " (" + e.cue + ")\n";
  if (!e.evidence.empty()) {
    text += TruncateUtf8(SanitizeUtf8(e.evidence), kMaxEvidenceBytes) + "\n";
  }
  return text + "document " + e.document;
}

// A box on its lane, and the line from it to its date on the axis.
Status AddEvent(Agraph_t* g, const Timeline& t, const Placed& p, size_t index) {
  const EdgeStyle style = StyleOf(p.event->type);
  const std::string name = "event" + std::to_string(index);
  const std::string tooltip = EscStringValue(Tooltip(t, p), false);
  Result<Agnode_t*> box = Node(g, name, p.x, p.y);
  if (!box.ok()) return box.status();
  Set(*box, "shape", "box");
  Set(*box, "style", std::string("rounded,filled,") + style.style);
  Set(*box, "fillcolor", "white");
  Set(*box, "color", style.color);
  Set(*box, "fontcolor", style.color);
  Set(*box, "label", EscStringValue(Cue(*p.event) + "\n" + p.when.label, true));
  Set(*box, "tooltip", tooltip);
  Result<Agnode_t*> at = Node(g, name + "-date", p.x, 0);
  if (!at.ok()) return at.status();
  Set(*at, "shape", "point");
  Set(*at, "width", "0.06");
  Set(*at, "color", style.color);
  Set(*at, "tooltip", tooltip);
  Agedge_t* line = agedge(g, *box, *at, nullptr, 1);
  if (line == nullptr) return Status::IOError("cgraph refused the line of " + name);
  Set(line, "color", style.color);
  Set(line, "style", style.style);
  Set(line, "arrowhead", style.arrowhead);
  Set(line, "tooltip", tooltip);
  return Status::Ok();
}

// The axis: a tick and its label at each of `ticks`, joined by a line.
Status AddAxis(Agraph_t* g, const std::vector<Tick>& ticks, const Scale& scale) {
  Agnode_t* previous = nullptr;
  for (size_t i = 0; i < ticks.size(); ++i) {
    const std::string name = "tick" + std::to_string(i + 1);
    const double at = scale.X(ticks[i].day);
    Result<Agnode_t*> tick = Node(g, name, at, 0);
    Result<Agnode_t*> label = Node(g, name + "-label", at, -kTickLabelBelow);
    if (!tick.ok()) return tick.status();
    if (!label.ok()) return label.status();
    Set(*tick, "shape", "point");
    Set(*tick, "width", "0.04");
    Set(*tick, "color", kAxisColor);
    Set(*tick, "tooltip", ticks[i].label);
    // Lines to the axis pass behind the label, not through it.
    Set(*label, "shape", "plaintext");
    Set(*label, "style", "filled");
    Set(*label, "fillcolor", "white");
    Set(*label, "margin", "0.02");
    Set(*label, "width", "0.3");  // at least: the label's own size
    Set(*label, "height", "0.18");
    Set(*label, "fontsize", "10");
    Set(*label, "fontcolor", kAxisColor);
    Set(*label, "label", ticks[i].label);
    Set(*label, "tooltip", ticks[i].label);
    if (previous != nullptr) {
      Agedge_t* line = agedge(g, previous, *tick, nullptr, 1);
      if (line == nullptr) return Status::IOError("cgraph refused the axis");
      Set(line, "dir", "none");
      Set(line, "color", kAxisColor);
      Set(line, "penwidth", "1.2");
    }
    previous = *tick;
  }
  return Status::Ok();
}

// "Norway → Russia", left of the axis at the height of a lane's first row.
Status AddLane(Agraph_t* g, const std::string& name, const std::string& from,
               const std::string& to, double y) {
  const std::string text = from + " \u2192 " + to;
  // Helvetica at 12 points averages under 7 points a character.
  const double width = 7.0 * CodePoints(SanitizeUtf8(text));
  Result<Agnode_t*> lane = Node(g, name, -(width / 2 + 24), y);
  if (!lane.ok()) return lane.status();
  Set(*lane, "shape", "plaintext");
  Set(*lane, "fontsize", "12");
  Set(*lane, "label", EscStringValue(text, true));
  Set(*lane, "tooltip", EscStringValue(text, false));
  return Status::Ok();
}

// The legend: each relation type drawn, with its count. Only our fixed text
// goes into the HTML; names and evidence never do.
Status AddLegend(Agraph_t* g, const std::vector<Placed>& placed, double x, double y) {
  std::map<RelationType, uint32_t> counts;
  for (const Placed& p : placed) ++counts[p.event->type];
  std::string html =
      "<table border=\"1\" color=\"#9ca3af\" cellborder=\"0\" cellspacing=\"4\" "
      "cellpadding=\"3\"><tr>";
  for (RelationType type : kAllRelationTypes) {
    if (counts.count(type) == 0) continue;
    html += std::string("<td><font color=\"") + StyleOf(type).color + "\">" + LegendLine(type) +
            " " + EdgeLabel(type, counts[type]) + "</font></td>";
  }
  html += "</tr></table>";
  Result<Agnode_t*> legend = Node(g, "legend", x, y);
  if (!legend.ok()) return legend.status();
  Set(*legend, "shape", "plaintext");
  Set(*legend, "margin", "0");
  Set(*legend, "tooltip", "legend");
  char* label = agstrdup_html(g, C(html));
  if (label == nullptr) return Status::IOError("cgraph refused the legend label");
  agsafeset(*legend, C("label"), label, C(""));
  agstrfree(g, label);
  return Status::Ok();
}

std::string Title(const Timeline& t, const std::vector<Placed>& placed) {
  // Days, not instants: the title is no place for the time of day.
  const std::string first = placed.front().event->date.substr(0, 10);
  const std::string last = placed.back().event->date.substr(0, 10);
  return t.first + " and " + t.second + ": accusations and denials, " + first +
         (first == last ? "" : " \u2013 " + last);
}

Result<AgraphPtr> BuildTimeline(const Timeline& t) {
  if (t.events.empty()) return Status::InvalidArgument("a timeline needs at least one event");
  std::vector<Placed> placed;
  for (const TimelineEvent& e : t.events) {
    std::optional<When> when = ReadDate(e.date);
    if (!when) return Status::InvalidArgument("'" + e.date + "' is not a normalised date");
    placed.push_back({&e, std::move(*when)});
  }
  std::stable_sort(placed.begin(), placed.end(),
                   [](const Placed& a, const Placed& b) { return a.when.day < b.when.day; });

  const std::vector<Tick> ticks = AxisTicks(placed.front().when.day, placed.back().when.day);
  const double width =
      std::max(std::clamp(kWidthPerEvent * placed.size(), kMinAxisWidth, kMaxAxisWidth),
               kWidthPerTick * (ticks.size() - 1));
  const Scale scale{ticks.front().day, width / (ticks.back().day - ticks.front().day)};
  std::vector<Placed*> above, below;
  for (Placed& p : placed) {
    p.x = scale.X(p.when.day);
    (p.event->from_first ? above : below).push_back(&p);
  }
  Stack(above, 1);
  const size_t rows_below = std::max<size_t>(Stack(below, -1), 1);

  AgraphPtr g(agopen(C("timeline"), Agdirected, nullptr), &agclose);
  if (g == nullptr) return Status::IOError("cgraph could not open a graph");
  Agraph_t* root = g.get();
  agattr(root, AGRAPH, C("fontname"), C("Helvetica"));
  agattr(root, AGRAPH, C("fontsize"), C("16"));
  agattr(root, AGRAPH, C("labelloc"), C("t"));
  agattr(root, AGRAPH, C("outputorder"), C("edgesfirst"));  // lines pass behind boxes
  agattr(root, AGRAPH, C("splines"), C("line"));
  agattr(root, AGRAPH, C("pad"), C("0.3"));
  agattr(root, AGNODE, C("fontname"), C("Helvetica"));
  agattr(root, AGNODE, C("fontsize"), C("11"));
  agattr(root, AGEDGE, C("arrowsize"), C("0.7"));
  Set(root, "label", EscStringValue(Title(t, placed), true));

  if (Status s = AddAxis(root, ticks, scale); !s.ok()) return s;
  for (size_t i = 0; i < placed.size(); ++i) {
    if (Status s = AddEvent(root, t, placed[i], i + 1); !s.ok()) return s;
  }
  if (Status s = AddLane(root, "lane-first", t.first, t.second, kFirstRow); !s.ok()) return s;
  if (Status s = AddLane(root, "lane-second", t.second, t.first, -kFirstRow); !s.ok()) return s;
  const double bottom = kFirstRow + kRowHeight * (rows_below - 1) + kLegendBelow;
  if (Status s = AddLegend(root, placed, width / 2, -bottom); !s.ok()) return s;
  return g;
}

}  // namespace

Status RenderTimeline(const Timeline& timeline, std::string_view format,
                      const std::string& out_path) {
  if (Status s = CheckRenderFormat(format); !s.ok()) return s;
  auto g = BuildTimeline(timeline);
  if (!g.ok()) return g.status();
  // nop2: every node where `pos` puts it (neato -n2), lines drawn straight.
  return RenderAgraph(g->get(), "nop2", format, out_path);
}

}  // namespace actorgraph
