// actorgraph: who accuses, denies and says what about whom, from news text.
// Dispatches to the subcommands of cli/commands.h.
#include <malloc.h>

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

int main(int argc, char** argv) {
  // glibc hands freed memory back to the kernel as soon as 128 KiB sit free
  // at the top of a heap, and serves blocks from 128 KiB up with mmap, so a
  // run that allocates and frees documents, facts and RocksDB blocks in
  // turn takes a page fault on every new page, again and again (perf: 8-16%
  // of ingest). Keep up to 32 MiB around instead.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 32 << 20);
  mallopt(M_TOP_PAD, 8 << 20);
  return actorgraph::Main(argc, argv);
}
