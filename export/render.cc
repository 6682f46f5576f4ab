// RenderGraph (export/exporters.h) and RenderAgraph (export/agraph_builder.h):
// layout and drawing in-process through gvc.
//
// gvc finds its layout and render plugins through Debian's plugin config
// (/usr/lib/x86_64-linux-gnu/graphviz/config6a, written by `dot -c` when the
// graphviz package is installed). The picture is rendered into memory with
// gvRenderData and written with WriteFileAtomically, so a failed render
// leaves no partial file and file errors name the file.
//
// One gvc context serves every render of the process, as Graphviz's library
// guide prescribes ("a single GVC_t value can be used with multiple graphs,
// though with only one graph at a time"; gvFreeLayout before the next
// gvLayout). A context per call is not merely slower: the pango plugin keeps
// the last font name it saw by pointer into the context's font table, so a
// second context reads the first one's freed memory (a heap-use-after-free
// under AddressSanitizer on the second render in a process).
//
// Thread safety: gvc and cgraph keep process-wide state (error handler,
// string pool, the shared context); render from one thread at a time.
#include <graphviz/gvc.h>

#include <algorithm>
#include <memory>
#include <string>

#include "export/agraph_builder.h"
#include "export/exporters.h"
#include "export/file_io.h"

namespace actorgraph {

namespace {

using GvcPtr = std::unique_ptr<GVC_t, decltype(&gvFreeContext)>;

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view s) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

template <size_t N>
std::string Join(const std::string_view (&list)[N]) {
  std::string out;
  for (std::string_view s : list) {
    if (!out.empty()) out += ", ";
    out += s;
  }
  return out;
}

// Collects what cgraph and gvc report while a render runs, instead of their
// printing it to stderr; restores the previous handler when destroyed.
class ErrorCapture {
 public:
  ErrorCapture() : previous_(agseterrf(&ErrorCapture::Collect)) { text().clear(); }
  ~ErrorCapture() { agseterrf(previous_); }
  ErrorCapture(const ErrorCapture&) = delete;
  ErrorCapture& operator=(const ErrorCapture&) = delete;

  // What was reported, trimmed, or `fallback` when nothing was.
  std::string Message(const std::string& fallback) const {
    std::string s = text();
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s.empty() ? fallback : s;
  }

 private:
  static std::string& text() {
    static std::string collected;
    return collected;
  }
  static int Collect(char* msg) {
    text() += msg;
    return 0;
  }

  agusererrf previous_;
};

void Set(void* obj, const char* name, const char* value) {
  agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value), const_cast<char*>(""));
}

// The process's gvc context, created on first use and freed at exit; null
// when gvc cannot create one.
GVC_t* SharedContext() {
  static const GvcPtr gvc(gvContext(), &gvFreeContext);
  return gvc.get();
}

// Owns gvc's layout of a graph: gvFreeLayout before the graph is closed.
class LayoutGuard {
 public:
  LayoutGuard(GVC_t* gvc, Agraph_t* g) : gvc_(gvc), g_(g) {}
  ~LayoutGuard() { gvFreeLayout(gvc_, g_); }
  LayoutGuard(const LayoutGuard&) = delete;
  LayoutGuard& operator=(const LayoutGuard&) = delete;

 private:
  GVC_t* gvc_;
  Agraph_t* g_;
};

// Width over height of the box around the actors as laid out (the legend
// and the padding left out); 1 when there are none.
double ActorAspect(Agraph_t* g) {
  double left = 0, right = 0, bottom = 0, top = 0;
  bool any = false;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    const pointf c = ND_coord(n);
    const double half_w = ND_width(n) * 72 / 2, half_h = ND_height(n) * 72 / 2;
    left = any ? std::min(left, c.x - half_w) : c.x - half_w;
    right = any ? std::max(right, c.x + half_w) : c.x + half_w;
    bottom = any ? std::min(bottom, c.y - half_h) : c.y - half_h;
    top = any ? std::max(top, c.y + half_h) : c.y + half_h;
    any = true;
  }
  return any && top > bottom ? (right - left) / (top - bottom) : 1;
}

// How far from square an aspect ratio is: 2 for 2:1 and for 1:2.
double Oblong(double aspect) { return std::max(aspect, 1 / aspect); }

// Lays `g` out with `layout`. With `turn_when_wide` (auto's dot), a layout
// that draws the actors more than kMaxAspect times wider than tall is made
// again from left to right (rankdir=LR), and the squarer of the two is kept.
// Then draws `g` into `out_path`. `*layout_used`, when given, names the
// layout drawn ("dot", "dot LR", ...).
Status Draw(Agraph_t* g, std::string_view layout, bool turn_when_wide, std::string_view format,
            const std::string& out_path, std::string* layout_used) {
  ErrorCapture errors;
  GVC_t* gvc = SharedContext();
  if (gvc == nullptr) return Status::IOError("cannot render " + out_path + ": no gvc context");
  std::string layout_name(layout);
  const std::string format_name(format);
  auto lay_out = [&]() -> Status {
    if (gvLayout(gvc, g, layout_name.c_str()) == 0) return Status::Ok();
    return Status::IOError("cannot lay out " + out_path + " with " + layout_name + ": " +
                           errors.Message("gvLayout failed"));
  };
  if (Status s = lay_out(); !s.ok()) return s;
  std::string used = layout_name;
  if (turn_when_wide) {
    const double down = ActorAspect(g);
    if (down > kMaxAspect) {
      gvFreeLayout(gvc, g);
      Set(g, "rankdir", "LR");
      if (Status s = lay_out(); !s.ok()) return s;
      used = layout_name + " LR";
      if (Oblong(ActorAspect(g)) > Oblong(down)) {
        gvFreeLayout(gvc, g);
        Set(g, "rankdir", "TB");
        if (Status s = lay_out(); !s.ok()) return s;
        used = layout_name;
      }
    }
  }
  // Declared after the layout, so it is freed before `g` closes.
  LayoutGuard layout_guard(gvc, g);
  if (layout_used != nullptr) *layout_used = used;

  char* data = nullptr;
  unsigned int length = 0;
  int rc = gvRenderData(gvc, g, format_name.c_str(), &data, &length);
  std::unique_ptr<char, decltype(&gvFreeRenderData)> owned(data, &gvFreeRenderData);
  if (rc != 0 || data == nullptr || length == 0) {
    return Status::IOError("cannot render " + out_path + " as " + format_name + ": " +
                           errors.Message("gvRenderData failed"));
  }
  return WriteFileAtomically(out_path, std::string_view(data, length));
}

}  // namespace

std::string_view AutoLayout(const GraphView& view) {
  const size_t actors = boost::num_vertices(view.graph), edges = boost::num_edges(view.graph);
  if (actors <= kDotActors && edges <= kDotEdges) return "dot";
  if (actors <= kFdpActors) return "fdp";
  return "sfdp";
}

Status CheckRenderFormat(std::string_view format) {
  if (Contains(kRenderFormats, format)) return Status::Ok();
  return Status::InvalidArgument("unknown format \"" + std::string(format) +
                                 "\" (valid: " + Join(kRenderFormats) + ")");
}

Status RenderGraph(const GraphView& view, std::string_view format, std::string_view layout,
                   const std::string& out_path, std::string* layout_used) {
  if (Status s = CheckRenderFormat(format); !s.ok()) return s;
  if (!Contains(kRenderLayouts, layout)) {
    return Status::InvalidArgument("unknown layout \"" + std::string(layout) +
                                   "\" (valid: " + Join(kRenderLayouts) + ")");
  }
  auto g = BuildAgraph(view);
  if (!g.ok()) return g.status();
  std::string_view first = layout == "auto" ? AutoLayout(view) : layout;
  return Draw(g->get(), first, layout == "auto" && first == "dot", format, out_path, layout_used);
}

Status RenderAgraph(Agraph_t* g, std::string_view layout, std::string_view format,
                    const std::string& out_path) {
  return Draw(g, layout, false, format, out_path, nullptr);
}

}  // namespace actorgraph
