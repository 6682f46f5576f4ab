// The subcommands of the actorgraph binary. Each parses its own options
// (argv[0] is the subcommand name) and returns an exit code (cli/common.h).
#ifndef ACTORGRAPH_CLI_COMMANDS_H_
#define ACTORGRAPH_CLI_COMMANDS_H_

namespace actorgraph {

int RunIngest(int argc, char** argv);   // cli/ingest_command.cc
int RunExtract(int argc, char** argv);  // cli/extract_command.cc
int RunQuery(int argc, char** argv);    // cli/query_command.cc
int RunActors(int argc, char** argv);   // cli/actors_command.cc
int RunStats(int argc, char** argv);    // cli/stats_command.cc
int RunExport(int argc, char** argv);   // cli/export_command.cc
int RunRender(int argc, char** argv);   // cli/export_command.cc
int RunImport(int argc, char** argv);   // cli/import_command.cc
int RunMerge(int argc, char** argv);    // cli/merge_command.cc
int RunEval(int argc, char** argv);     // cli/eval_command.cc
int RunDump(int argc, char** argv);     // cli/dump_command.cc
int RunUpgrade(int argc, char** argv);  // cli/upgrade_command.cc
int RunServe(int argc, char** argv);    // cli/serve_command.cc

struct Command {
  const char* name;
  const char* summary;
  int (*run)(int argc, char** argv);
};

inline constexpr Command kCommands[] = {
    {"ingest", "extract facts from documents and add them to the store", &RunIngest},
    {"extract", "print the facts of documents as JSONL, without a store", &RunExtract},
    {"query", "said, relations, disputes, timeline, actor, neighbors, path, central, communities, components", &RunQuery},
    {"actors", "list the actors in the store", &RunActors},
    {"stats", "count documents, actors, quotes and relations in the store", &RunStats},
    {"export", "write the graph or a selection: dot, svg, png, pdf, capnp, gexf, graphml, json, cyjs, csv, html", &RunExport},
    {"import", "merge a Cap'n Proto export into the store", &RunImport},
    {"merge", "merge stores built elsewhere (other machines, other parts of a corpus)", &RunMerge},
    {"serve", "explore the store in a browser: a read-only page and JSON API over HTTP", &RunServe},
    {"render", "draw the graph, or two actors' timeline (--timeline A B), to SVG, PNG or PDF through Graphviz", &RunRender},
    {"eval", "score the extractor against gold quotes and entities", &RunEval},
    {"dump", "print every entry of the store in order, for comparing stores", &RunDump},
    {"upgrade", "bring a store written by an earlier actorgraph to this build's layout", &RunUpgrade},
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_COMMANDS_H_
