// actorgraph: who accuses, denies and says what about whom, from news text.
// Dispatches to the subcommands of cli/commands.h.
#include <cstdio>
#include <cstring>
#include <string_view>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/terminal_text.h"

namespace actorgraph {
namespace {

void Usage(std::FILE* out) {
  std::fprintf(out,
               "usage: actorgraph COMMAND [options]\n\n"
               "actorgraph builds a graph of who accuses, denies and says what about whom\n"
               "from English news articles, in an embedded store (--db, default ./%s).\n\n"
               "commands:\n",
               kDefaultDb);
  for (const Command& c : kCommands) std::fprintf(out, "  %-9s %s\n", c.name, c.summary);
  std::fprintf(out, "\nRun 'actorgraph COMMAND --help' for a command's options.\n");
}

int Main(int argc, char** argv) {
  if (argc < 2) {
    Usage(stderr);
    return kExitUsage;
  }
  std::string_view name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    Usage(stdout);
    return kExitOk;
  }
  if (name == "--version") {
    std::printf("actorgraph 0.1.0\n");
    return kExitOk;
  }
  for (const Command& c : kCommands) {
    if (name == c.name) return c.run(argc - 1, argv + 1);
  }
  std::fprintf(stderr, "actorgraph: unknown command '%s'", SafeForTerminal(name).c_str());
  const Command* best = nullptr;
  size_t best_distance = 3;
  for (const Command& c : kCommands) {
    size_t d = EditDistance(name, c.name);
    if (d < best_distance) best = &c, best_distance = d;
  }
  if (best) std::fprintf(stderr, "; did you mean '%s'?", best->name);
  std::fprintf(stderr, "\nRun 'actorgraph --help' for the list of commands.\n");
  return kExitUsage;
}

}  // namespace
}  // namespace actorgraph

int main(int argc, char** argv) { return actorgraph::Main(argc, argv); }
