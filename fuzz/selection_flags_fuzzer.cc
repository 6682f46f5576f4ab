// Fuzz target: the selection flags of export, render and the graph queries
// (cli/selection_flags.h). The input is an argument list, one argument per
// line; CLI11 parses it, CheckSelectionFlags checks it, each --actor is
// resolved against a small fixed corpus (by key, or by name or alias in any
// case, as ResolveCentres does against a store; an unknown one is passed on
// as written, which SelectGraph must refuse cleanly), and the selection is
// applied to that corpus (graph/selection.h). A usage error is an ordinary
// outcome; an exception other than CLI::ParseError, a crash or a sanitizer
// report is a finding.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cli/selection_flags.h"
#include "graph/selection.h"
#include "model/facts.h"

namespace actorgraph {
namespace {

// Past this many arguments an input only repeats itself.
constexpr size_t kMaxArgs = 64;

Actor MakeActor(std::string id, std::string name, ActorType type, std::string document) {
  Actor a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.type = type;
  a.aliases = {a.name};
  a.mentions = {Mention{std::move(document), Span{0, 4}}};
  return a;
}

Relation MakeRelation(RelationType type, std::string source, std::string target,
                      std::string document) {
  Relation r;
  r.type = type;
  r.source = std::move(source);
  r.target = std::move(target);
  r.document = std::move(document);
  r.span = Span{0, 20};
  r.cue = "said";
  r.confidence = 0.5;
  return r;
}

// Three dated documents (one undated), seven actors, every relation type,
// repeated edges (weights above 1), a two-hop chain and an isolated pair.
Corpus FixedCorpus() {
  Corpus c;
  c.documents = {Document{"d1", "", "2021-04-02", "", "", 0, ""},
                 Document{"d2", "", "2022-11", "", "", 0, ""},
                 Document{"d3", "", "", "", "", 0, ""}};
  c.actors = {MakeActor("country:ALB", "Albion", ActorType::kCountry, "d1"),
              MakeActor("country:BOR", "Borduria", ActorType::kCountry, "d1"),
              MakeActor("person:ann-vale", "Ann Vale", ActorType::kPerson, "d2"),
              MakeActor("agency:port-office", "Port Office", ActorType::kAgency, "d2"),
              MakeActor("org:tide-watch", "Tide Watch", ActorType::kOrganization, "d3"),
              MakeActor("group:fishers", "the fishers", ActorType::kGroup, "d3"),
              MakeActor("location:north-quay", "North Quay", ActorType::kLocation, "d3")};
  c.actors[2].aliases.push_back("Vale");
  using RT = RelationType;
  c.relations = {MakeRelation(RT::kAccuses, "country:ALB", "country:BOR", "d1"),
                 MakeRelation(RT::kAccuses, "country:ALB", "country:BOR", "d2"),
                 MakeRelation(RT::kDenies, "country:BOR", "country:ALB", "d1"),
                 MakeRelation(RT::kDenies, "country:BOR", "", "d2"),
                 MakeRelation(RT::kQuotes, "person:ann-vale", "agency:port-office", "d2"),
                 MakeRelation(RT::kAffiliatedWith, "person:ann-vale", "country:BOR", "d2"),
                 MakeRelation(RT::kAccuses, "org:tide-watch", "group:fishers", "d3"),
                 MakeRelation(RT::kQuotes, "org:tide-watch", "group:fishers", "d3")};
  Quote q;
  q.document = "d2";
  q.span = Span{5, 15};
  q.text = "the quay is closed";
  q.speaker = "person:ann-vale";
  q.cue = "said";
  q.about = {"agency:port-office"};
  c.quotes.push_back(q);
  return c;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return out;
}

// The key of the actor `name` names (key, name or alias, any case), else
// `name` itself.
std::string Resolve(const Corpus& corpus, const std::string& name) {
  const std::string lower = Lower(name);
  for (const Actor& a : corpus.actors) {
    if (a.id == name) return a.id;
    for (const std::string& alias : a.aliases) {
      if (Lower(alias) == lower) return a.id;
    }
  }
  return name;
}

// CLI11 takes a vector of arguments last first.
std::vector<std::string> SplitArgs(std::string_view data) {
  std::vector<std::string> args;
  while (!data.empty() && args.size() < kMaxArgs) {
    size_t nl = data.find('\n');
    args.emplace_back(data.substr(0, nl));
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
  }
  std::reverse(args.begin(), args.end());
  return args;
}

}  // namespace
}  // namespace actorgraph

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace actorgraph;
  static const Corpus kCorpus = FixedCorpus();
  std::vector<std::string> args =
      SplitArgs(std::string_view(reinterpret_cast<const char*>(data), size));

  CLI::App app{"selection flags", "fuzz"};
  SelectionFlags flags;
  AddSelectionFlags(&app, &flags);
  try {
    app.parse(args);
  } catch (const CLI::ParseError&) {
    return 0;  // a usage error, reported by ParseArgs in the CLI
  }
  if (!CheckSelectionFlags(&flags).ok()) return 0;
  for (const std::string& name : flags.actors) {
    flags.selection.centres.push_back(Resolve(kCorpus, name));
  }
  auto view = SelectGraph(kCorpus, flags.selection);
  if (!view.ok()) return 0;
  Corpus selected = SelectedCorpus(*view);
  (void)selected;
  return 0;
}
