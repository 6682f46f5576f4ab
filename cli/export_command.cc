// actorgraph export / render: the graph, or a selection of it, in every
// format actorgraph writes. The selection is computed once (graph/selection.h)
// and handed to the writer, so every format shows the same actors and edges.
// `render --timeline A B` draws what passed between two actors instead.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string_view>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/queries.h"
#include "cli/store_table.h"
#include "cli/selection_flags.h"
#include "export/exporters.h"
#include "export/file_io.h"
#include "export/picture_defaults.h"
#include "export/timeline_render.h"
#include "schemas/codec.h"
#include "serve/page.h"

namespace actorgraph {

namespace {

enum class Kind {
  kText,     // one text file, stdout without --out
  kPicture,  // laid out and drawn by gvc into --out
  kCapnp,    // one binary Cap'n Proto message
  kCsv,      // Neo4j's two files, in the directory --out
  kHtml,     // the page of `serve` with the selection inlined (serve/page.h)
};

struct Format {
  std::string_view name;
  Kind kind;
  Result<std::string> (*text)(const GraphView&);  // kText only
  // Tabular formats (export/graph_table.h): the same text from the table.
  Result<std::string> (*table)(const GraphTable&);
  bool tabular() const { return table != nullptr || kind == Kind::kCsv; }
};

constexpr Format kFormats[] = {
    {"dot", Kind::kText, &ExportDot, nullptr},
    {"svg", Kind::kPicture, nullptr, nullptr},
    {"png", Kind::kPicture, nullptr, nullptr},
    {"pdf", Kind::kPicture, nullptr, nullptr},
    {"capnp", Kind::kCapnp, nullptr, nullptr},
    {"gexf", Kind::kText, &ExportGexf, &ExportGexf},
    {"graphml", Kind::kText, &ExportGraphml, &ExportGraphml},
    {"json", Kind::kText, &ExportJsonGraph, &ExportJsonGraph},
    {"cyjs", Kind::kText, &ExportCytoscapeJson, &ExportCytoscapeJson},
    {"csv", Kind::kCsv, nullptr, nullptr},
    {"html", Kind::kHtml, nullptr, nullptr},
};

Status WriteOut(std::string_view data, const std::string& out);

// The most actors an HTML export holds unless --top asks for more: the page
// stays quick to open and to lay out.
constexpr size_t kHtmlTop = 300;

// One HTML file showing the selection: the graph, each actor's profile and
// each edge's evidence, inlined.
Status ExportHtml(const Store& store, const Selection& selection, const std::string& db,
                  const std::string& out) {
  auto view = LoadGraph(store, selection);
  if (!view.ok()) return view.status();
  const size_t n = boost::num_vertices(view->graph);
  if (n == 0) Warn("the selection has no actors with relations");
  if (selection.top == 0 && n > kHtmlTop) {
    Selection cap;
    cap.top = kHtmlTop;
    view = NarrowGraph(std::move(view).value(), cap);
    if (!view.ok()) return view.status();
    Note("the file shows the " + std::to_string(kHtmlTop) + " best-connected of " +
         std::to_string(n) + " actors; --top N for more, or --actor/--type/--since to narrow");
  }
  // The header of the page names the store (the page counts the actors).
  std::string title = std::filesystem::path(db).filename().string();
  if (title.empty()) title = db;
  auto data = StandaloneData(store, *view, title, /*latest=*/5, /*statements=*/25);
  if (!data.ok()) return data.status();
  auto page = StandalonePage(*data);
  if (!page.ok()) return page.status();
  return WriteOut(*page, out);
}

// Neo4j's two files in `dir` (created if missing), each written whole or
// not at all.
Status WriteNeo4jCsv(const GraphTable& table, const std::string& dir) {
  auto csv = ExportNeo4jCsv(table);
  if (!csv.ok()) return csv.status();
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return Status::IOError("cannot create " + dir + ": " + error.message());
  Status s = WriteFileAtomically(dir + "/actors.csv", csv->nodes);
  if (!s.ok()) return s;
  return WriteFileAtomically(dir + "/relations.csv", csv->relationships);
}

const Format* FindFormat(std::string_view name) {
  for (const Format& f : kFormats) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::vector<std::string> FormatNames(bool pictures_only) {
  std::vector<std::string> names;
  for (const Format& f : kFormats) {
    if (!pictures_only || f.kind == Kind::kPicture) names.emplace_back(f.name);
  }
  return names;
}

std::string Joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

bool ToStdout(const std::string& out) { return out.empty() || out == "-"; }

Status WriteOut(std::string_view data, const std::string& out) {
  if (!ToStdout(out)) return WriteFileAtomically(out, data);
  if (std::fwrite(data.data(), 1, data.size(), stdout) != data.size() ||
      std::fflush(stdout) != 0) {
    return Status::IOError("cannot write to standard output");
  }
  return Status::Ok();
}

struct ExportArgs {
  std::string db = kDefaultDb;
  std::string format;
  std::string out;
  std::string layout = "auto";
  // capnp carries texts by default: queries show evidence sentences cut from
  // them, so an export imported elsewhere answers as the store did.
  bool with_text = true;
  SelectionFlags selection;
  // Pictures only (export/picture_defaults.h): keep affiliations; draw
  // every selected actor (also when --top is given).
  bool affiliations = false;
  bool all_actors = false;
};

int Export(ExportArgs& args) {
  const Format& format = *FindFormat(args.format);
  if (Status s = CheckSelectionFlags(&args.selection); !s.ok()) {
    Fail(s);
    return kExitUsage;
  }
  if (format.kind == Kind::kPicture && ToStdout(args.out)) {
    Fail(args.format + " is a picture: name a file with --out FILE");
    return kExitUsage;
  }
  if (format.kind == Kind::kCsv && ToStdout(args.out)) {
    Fail("csv writes two files (actors.csv, relations.csv): name a directory with --out DIR");
    return kExitUsage;
  }
  if (format.kind == Kind::kCapnp && ToStdout(args.out) && isatty(STDOUT_FILENO)) {
    Fail("capnp output is binary: name a file with --out FILE or redirect stdout");
    return kExitUsage;
  }

  auto store = OpenForReading(args.db);
  if (!store.ok()) return Fail(store.status());
  if (Status s = ResolveCentres(&args.selection, **store); !s.ok()) return Fail(s);
  const Selection& selection = args.selection.selection;
  if (format.kind == Kind::kHtml) {
    Status s = ExportHtml(**store, selection, args.db, args.out);
    return s.ok() ? kExitOk : Fail(s);
  }

  if (format.tabular() && CanSelectFromEdges(selection)) {
    // From the edges the store keeps, each edge's relations read in turn
    // (cli/store_table.h): memory grows with the graph, not the store.
    auto view = LoadGraph(**store, selection);
    if (!view.ok()) return Fail(view.status());
    if (boost::num_vertices(view->graph) == 0) {
      Warn("the selection has no actors with relations");
    }
    auto table = TabulateStore(**store, *view);
    if (!table.ok()) return Fail(table.status());
    Status s = Status::Ok();
    if (format.kind == Kind::kCsv) {
      s = WriteNeo4jCsv(*table, args.out);
    } else {
      auto text = format.table(*table);
      s = text.ok() ? WriteOut(*text, args.out) : text.status();
    }
    return s.ok() ? kExitOk : Fail(s);
  }

  // Texts give tooltips their evidence sentence, and capnp carries them when
  // asked to.
  bool with_text = format.kind != Kind::kCapnp || args.with_text;
  auto corpus = (*store)->Snapshot(with_text);
  if (!corpus.ok()) return Fail(corpus.status());

  if (format.kind == Kind::kCapnp && !selection.narrows()) {
    // The whole store, including statements and actors with no edge.
    Status s = ToStdout(args.out) ? WriteOut(EncodeCapnpExport(*corpus), "")
                                  : ExportCapnp(*corpus, args.out);
    return s.ok() ? kExitOk : Fail(s);
  }
  auto view = SelectGraph(std::move(corpus).value(), selection);
  if (!view.ok()) return Fail(view.status());
  if (boost::num_vertices(view->graph) == 0) {
    Warn("the selection has no actors with relations");
  }

  switch (format.kind) {
    case Kind::kCapnp: {
      Corpus selected = SelectedCorpus(*view);
      Status s = ToStdout(args.out) ? WriteOut(EncodeCapnpExport(selected), "")
                                    : ExportCapnp(selected, args.out);
      return s.ok() ? kExitOk : Fail(s);
    }
    case Kind::kPicture: {
      PictureRequest request;
      request.affiliations = args.affiliations || !selection.types.empty();
      request.all_actors = args.all_actors;
      request.top_by = selection.top_by;
      auto picture = PictureDefaults(std::move(view).value(), request);
      if (!picture.ok()) return Fail(picture.status());
      for (const std::string& note : picture->notes) Note(note);
      if (auto warning = SizeWarning(picture->view)) {
        Warn(*warning);
      }
      Status s = RenderGraph(picture->view, format.name, args.layout, args.out);
      return s.ok() ? kExitOk : Fail(s);
    }
    case Kind::kText: {
      if (format.name == "dot") {
        if (auto warning = SizeWarning(*view)) {
          Warn(*warning);
        }
      }
      auto text = format.text(*view);
      if (!text.ok()) return Fail(text.status());
      Status s = WriteOut(*text, args.out);
      return s.ok() ? kExitOk : Fail(s);
    }
    case Kind::kCsv: {
      Status s = WriteNeo4jCsv(TabulateView(*view), args.out);
      return s.ok() ? kExitOk : Fail(s);
    }
    case Kind::kHtml:
      break;  // written above
  }
  return Fail("format " + args.format + " is not built in");
}

// render --timeline A B: the accusations, criticisms and denials between two
// actors along a time axis (export/timeline_render.h).
int DrawTimeline(ExportArgs& args, const std::vector<std::string>& names) {
  if (Status s = CheckSelectionFlags(&args.selection); !s.ok()) {
    Fail(s);
    return kExitUsage;
  }
  auto store = OpenForReading(args.db);
  if (!store.ok()) return Fail(store.status());
  TimelineOptions options;
  options.actor = names[0];
  options.other = names[1];
  options.dates = args.selection.selection.dates;
  options.statements = false;
  auto gathered = GatherTimeline(**store, options);
  if (!gathered.ok()) return Fail(gathered.status());

  Lookup lookup(**store);
  Timeline timeline{lookup.Name(gathered->actor), lookup.Name(gathered->other), {}};
  for (const TimelineItem& item : gathered->items) {
    timeline.events.push_back({item.date, *ParseRelationType(item.kind),
                               item.source == gathered->actor, item.cue, item.text,
                               item.document});
  }
  if (size_t n = gathered->undated; n > 0) {
    Warn(std::to_string(n) + (n == 1 ? " undated relation" : " undated relations") +
         " left out of the timeline (docs/dates.md)");
  }
  if (timeline.events.empty()) {
    return Fail("no dated accusations, criticisms or denials between " + timeline.first +
                " and " + timeline.second + (options.dates.any() ? " in these dates" : ""));
  }
  Status s = RenderTimeline(timeline, args.format, args.out);
  return s.ok() ? kExitOk : Fail(s);
}

void AddOutputFlags(CLI::App& app, ExportArgs* args) {
  app.add_option("--db", args->db, "store directory")->capture_default_str();
  app.add_option("--layout", args->layout,
                 "pictures: auto (dot for small hierarchies, fdp for a few dozen actors, "
                 "sfdp beyond), dot, neato, fdp, sfdp")
      ->check(CLI::IsMember({"auto", "dot", "neato", "fdp", "sfdp"}))
      ->capture_default_str();
  AddSelectionFlags(&app, &args->selection);
  app.add_flag("--affiliations", args->affiliations,
               "pictures: draw affiliated_with edges beside accusations, criticisms, denials "
               "and quotes (left out by default)");
  app.add_flag("--all", args->all_actors,
               "pictures: draw every selected actor (by default the " +
                   std::to_string(kPictureActors) + " most central, past that many)")
      ->excludes(app.get_option("--top"));
}

// Whether the user gave --top (any N, 0 included): a picture then draws what
// the selection holds, uncapped.
void NoteTopGiven(const CLI::App& app, ExportArgs* args) {
  if (app.get_option("--top")->count() > 0) args->all_actors = true;
}

}  // namespace

int RunExport(int argc, char** argv) {
  CLI::App app{"Write the graph, or a selection of it, in one of actorgraph's formats.",
               "export"};
  ExportArgs args;
  app.add_option("--format", args.format, Joined(FormatNames(false)))
      ->check(CLI::IsMember(FormatNames(false)))
      ->required();
  app.add_option("--out", args.out,
                 "output file (text formats default to standard output; csv: a directory)");
  app.add_flag("--with-text,!--no-text", args.with_text,
               "capnp: include each document's text (the default; --no-text leaves it out)");
  AddOutputFlags(app, &args);
  if (auto code = ParseArgs(app, argc, argv)) return *code;
  NoteTopGiven(app, &args);
  return Export(args);
}

int RunRender(int argc, char** argv) {
  CLI::App app{"Lay out and draw the graph through Graphviz, in-process; with --timeline A B, "
               "what passed between two actors over time.",
               "render"};
  ExportArgs args;
  app.add_option("--format", args.format, Joined(FormatNames(true)))
      ->check(CLI::IsMember(FormatNames(true)))
      ->required();
  app.add_option("--out", args.out, "output file")->required();
  AddOutputFlags(app, &args);
  std::vector<std::string> timeline;
  auto* timeline_option =
      app.add_option("--timeline", timeline,
                     "A B: the accusations, criticisms and denials between two actors (any "
                     "alias, any case) along a time axis; takes --since and --until")
          ->expected(2);
  // What shapes a graph has no meaning on a time axis.
  for (const char* name :
       {"--layout", "--type", "--min-weight", "--doc", "--actor", "--depth", "--top", "--top-by",
        "--affiliations", "--all"}) {
    timeline_option->excludes(app.get_option(name));
  }
  if (auto code = ParseArgs(app, argc, argv)) return *code;
  NoteTopGiven(app, &args);
  return timeline.empty() ? Export(args) : DrawTimeline(args, timeline);
}

}  // namespace actorgraph
