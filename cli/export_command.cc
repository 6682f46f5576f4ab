// actorgraph export / render: the graph as DOT or Cap'n Proto, or drawn.
#include <unistd.h>

#include <cstdio>

#include "cli/commands.h"
#include "cli/common.h"
#include "export/exporters.h"
#include "schemas/codec.h"

namespace actorgraph {

namespace {

Status WriteOut(const std::string& data, const std::string& out) {
  if (out.empty() || out == "-") {
    if (std::fwrite(data.data(), 1, data.size(), stdout) != data.size() ||
        std::fflush(stdout) != 0) {
      return Status::IOError("cannot write to standard output");
    }
    return Status::Ok();
  }
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(out.c_str(), "wb"), &std::fclose);
  if (!f || std::fwrite(data.data(), 1, data.size(), f.get()) != data.size()) {
    return Status::IOError(out + ": cannot write");
  }
  if (std::fclose(f.release()) != 0) return Status::IOError(out + ": cannot write");
  return Status::Ok();
}

Result<GraphView> LoadView(const std::string& db, bool with_text) {
  auto store = OpenForReading(db);
  if (!store.ok()) return store.status();
  auto corpus = (*store)->Snapshot(with_text);
  if (!corpus.ok()) return corpus.status();
  return BuildGraphView(std::move(*corpus), GraphFilter{});
}

}  // namespace

int RunExport(int argc, char** argv) {
  CLI::App app{"Write the graph as Graphviz DOT or Cap'n Proto.", "export"};
  std::string db = kDefaultDb, format, out;
  // capnp carries texts by default: queries show evidence sentences cut from
  // them, so an export imported elsewhere answers as the store did.
  bool with_text = true;
  app.add_option("--db", db, "store directory")->capture_default_str();
  app.add_option("--format", format, "dot or capnp")
      ->check(CLI::IsMember({"dot", "capnp"}))
      ->required();
  app.add_option("--out", out, "output file (default: standard output)");
  app.add_flag("--with-text,!--no-text", with_text,
               "capnp: include each document's text (the default; --no-text leaves it out)");
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  if (format == "capnp") {
    if ((out.empty() || out == "-") && isatty(STDOUT_FILENO)) {
      return Fail("capnp output is binary; name a file with --out FILE or redirect stdout");
    }
    auto store = OpenForReading(db);
    if (!store.ok()) return Fail(store.status());
    auto corpus = (*store)->Snapshot(with_text);
    if (!corpus.ok()) return Fail(corpus.status());
    Status s = (out.empty() || out == "-") ? WriteOut(EncodeGraph(*corpus), "")
                                           : ExportCapnp(*corpus, out);
    return s.ok() ? kExitOk : Fail(s);
  }
  auto view = LoadView(db, false);
  if (!view.ok()) return Fail(view.status());
  if (auto warning = SizeWarning(*view)) {
    std::fprintf(stderr, "actorgraph: warning: %s\n", warning->c_str());
  }
  auto dot = ExportDot(*view);
  if (!dot.ok()) return Fail(dot.status());
  Status s = WriteOut(*dot, out);
  return s.ok() ? kExitOk : Fail(s);
}

int RunRender(int argc, char** argv) {
  CLI::App app{"Lay out and draw the graph through Graphviz, in-process.", "render"};
  std::string db = kDefaultDb, format, out, layout = "dot";
  app.add_option("--db", db, "store directory")->capture_default_str();
  app.add_option("--format", format, "svg, png or pdf")
      ->check(CLI::IsMember({"svg", "png", "pdf"}))
      ->required();
  app.add_option("--out", out, "output file")->required();
  app.add_option("--layout", layout, "dot, neato, fdp or sfdp")
      ->check(CLI::IsMember({"dot", "neato", "fdp", "sfdp"}))
      ->capture_default_str();
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  auto view = LoadView(db, false);
  if (!view.ok()) return Fail(view.status());
  if (auto warning = SizeWarning(*view)) {
    std::fprintf(stderr, "actorgraph: warning: %s\n", warning->c_str());
  }
  Status s = RenderGraph(*view, format, layout, out);
  return s.ok() ? kExitOk : Fail(s);
}

}  // namespace actorgraph
