// Invented facts shared by the export tests.
#ifndef ACTORGRAPH_TESTS_EXPORT_SAMPLE_CORPUS_H_
#define ACTORGRAPH_TESTS_EXPORT_SAMPLE_CORPUS_H_

#include <string>

#include "graph/graph_view.h"
#include "model/facts.h"
#include "tests/testing/files.h"

namespace actorgraph::testing {

inline Actor MakeActor(std::string id, std::string name, ActorType type) {
  Actor a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.type = type;
  a.aliases = {a.name};
  return a;
}

inline Relation MakeRelation(RelationType type, std::string source, std::string target,
                             std::string document, std::string cue) {
  Relation r;
  r.type = type;
  r.source = std::move(source);
  r.target = std::move(target);
  r.document = std::move(document);
  r.cue = std::move(cue);
  r.span = Span{0, 10};
  r.confidence = 0.75;  // exact in a Float32
  return r;
}

// One actor of every type and one relation of every type.
inline Corpus SampleCorpus() {
  Corpus c;
  c.documents.push_back(Document{"doc-1", "Fish talks", "2024-02-03", "http://example.test/1",
                                 "wire", ContentHash(""), ""});
  c.documents.push_back(Document{"doc-2", "Harbour row", "2024-02-04", "http://example.test/2",
                                 "wire", ContentHash(""), ""});
  c.actors = {MakeActor("person:ada-quill", "Ada Quill", ActorType::kPerson),
              MakeActor("country:NOR", "Norway", ActorType::kCountry),
              MakeActor("agency:fisheries", "Ministry of Fisheries", ActorType::kAgency),
              MakeActor("org:harbour-trust", "Harbour Trust", ActorType::kOrganization),
              MakeActor("group:netmakers", "the Netmakers", ActorType::kGroup),
              MakeActor("location:tromso-bay", "Tromso Bay", ActorType::kLocation)};
  c.actors[0].mentions = {Mention{"doc-1", Span{0, 9}}, Mention{"doc-2", Span{4, 13}}};
  Quote q;
  q.document = "doc-2";
  q.span = Span{20, 60};
  q.text = "The Ministry of Fisheries sold the quota twice.";
  q.speaker = "person:ada-quill";
  q.speaker_mention = Span{0, 9};
  q.speaker_text = "Ada Quill";
  q.cue = "said";
  q.about = {"agency:fisheries"};
  c.quotes.push_back(q);
  c.relations = {
      MakeRelation(RelationType::kAccuses, "person:ada-quill", "country:NOR", "doc-1",
                   "accused"),
      MakeRelation(RelationType::kAccuses, "person:ada-quill", "country:NOR", "doc-2",
                   "blamed"),
      MakeRelation(RelationType::kAccuses, "person:ada-quill", "country:NOR", "doc-2",
                   "blamed"),
      MakeRelation(RelationType::kDenies, "country:NOR", "person:ada-quill", "doc-2",
                   "rejected"),
      MakeRelation(RelationType::kQuotes, "person:ada-quill", "agency:fisheries", "doc-2",
                   "said"),
      MakeRelation(RelationType::kAffiliatedWith, "group:netmakers", "org:harbour-trust",
                   "doc-1", "members of"),
      MakeRelation(RelationType::kAccuses, "org:harbour-trust", "location:tromso-bay",
                   "doc-1", "pointed at"),
  };
  c.relations[5].role = "member";
  return c;
}

// The view of `c` with every actor, isolated ones included.
inline GraphView KeepAllView(Corpus c) {
  GraphFilter keep_all;
  keep_all.drop_isolated = false;
  return BuildGraphView(std::move(c), keep_all);
}

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_EXPORT_SAMPLE_CORPUS_H_
