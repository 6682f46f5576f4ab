#include "cli/selection_flags.h"

#include "cli/common.h"
#include "cli/queries.h"

namespace actorgraph {

void AddFilterFlags(CLI::App* app, SelectionFlags* flags) {
  Selection& s = flags->selection;
  app->add_option("--type", flags->types, "relation types to keep (repeatable; default all)")
      ->check(CLI::IsMember({"accuses", "criticizes", "denies", "quotes", "affiliated_with"}));
  app->add_option("--min-weight", s.min_weight, "drop edges with fewer statements")
      ->check(kCount)
      ->capture_default_str();
  app->add_option("--doc", s.documents, "only relations read from this document (repeatable)");
  app->add_option("--since", s.dates.since, "only documents dated on or after (YYYY[-MM[-DD]])");
  app->add_option("--until", s.dates.until, "only documents dated on or before");
}

void AddSelectionFlags(CLI::App* app, SelectionFlags* flags) {
  AddFilterFlags(app, flags);
  Selection& s = flags->selection;
  app->add_option("--actor", flags->actors,
                  "only this actor's ego network (repeatable; any alias, any case)");
  app->add_option("--depth", s.depth, "hops around each --actor")
      ->check(CLI::Range(0, 10))
      ->capture_default_str();
  app->add_option("--top", s.top, "keep the N most central actors (0: all)")
      ->check(kCount)
      ->capture_default_str();
  app->add_option("--top-by", flags->top_by, "centrality for --top: degree, pagerank, betweenness")
      ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}))
      ->capture_default_str();
}

Status CheckSelectionFlags(SelectionFlags* flags) {
  Selection& s = flags->selection;
  for (const std::string* bound : {&s.dates.since, &s.dates.until}) {
    if (bound->empty()) continue;
    if (Status st = CheckDate(*bound); !st.ok()) return st;
  }
  s.types.clear();
  for (const std::string& t : flags->types) s.types.push_back(*ParseRelationType(t));
  s.top_by = *ParseCentrality(flags->top_by);
  return Status::Ok();
}

Status ResolveCentres(SelectionFlags* flags, const Store& store) {
  Selection& s = flags->selection;
  s.centres.clear();
  for (const std::string& name : flags->actors) {
    auto key = ResolveOne(store, name);
    if (!key.ok()) return key.status();
    s.centres.push_back(*key);
  }
  return Status::Ok();
}

}  // namespace actorgraph
