#include "store/corpus_split.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "store/keys.h"
#include "store/validate.h"

namespace actorgraph {

namespace {

Status CheckNamesDocument(std::string_view what, std::string_view id) {
  if (id.empty()) return Status::InvalidArgument(std::string(what) + " names no document");
  return Status::Ok();
}

// What the split itself needs: documents listed once, every fact naming its
// document, every actor key valid (an actor no document holds is dropped
// with a warning, so it would escape the per-document check). The rest is
// Store::Put's check, run per document at the end (ValidateDocumentFacts).
Status Validate(const Corpus& corpus) {
  std::set<std::string_view> listed;
  for (const Document& d : corpus.documents) {
    if (!listed.insert(d.id).second) {
      return Status::InvalidArgument("document '" + ShowId(d.id) + "' is listed twice");
    }
  }
  for (const Actor& a : corpus.actors) {
    if (a.id.empty()) return Status::InvalidArgument("an actor has no key");
    if (Status s = ValidateId("actor id", a.id); !s.ok()) {
      return Status::InvalidArgument("actor '" + ShowId(a.id) + "': " + s.message());
    }
    for (const Mention& m : a.mentions) {
      if (Status s = CheckNamesDocument("a mention of " + ShowId(a.id), m.document); !s.ok()) {
        return s;
      }
    }
  }
  for (const Quote& q : corpus.quotes) {
    if (Status s = CheckNamesDocument("a quote", q.document); !s.ok()) return s;
  }
  for (const Relation& r : corpus.relations) {
    if (Status s = CheckNamesDocument("a relation", r.document); !s.ok()) return s;
  }
  return Status::Ok();
}

// Sorts `facts` by `key` and keeps, of each run of equal keys, the last
// element in the original order (the one a store index would keep).
template <typename T, typename KeyFn>
void SortUniqueKeepLast(std::vector<T>& facts, KeyFn key) {
  std::vector<std::pair<std::string, size_t>> order;
  order.reserve(facts.size());
  for (size_t i = 0; i < facts.size(); ++i) order.emplace_back(key(facts[i]), i);
  std::sort(order.begin(), order.end());
  std::vector<T> out;
  out.reserve(facts.size());
  for (size_t i = 0; i < order.size(); ++i) {
    if (i + 1 < order.size() && order[i + 1].first == order[i].first) continue;
    out.push_back(std::move(facts[order[i].second]));
  }
  facts = std::move(out);
}

void UnionAliases(const std::vector<std::string>& from, std::vector<std::string>& to) {
  for (const std::string& alias : from) {
    if (std::find(to.begin(), to.end(), alias) == to.end()) to.push_back(alias);
  }
}

}  // namespace

void Canonicalize(DocumentFacts& facts) {
  std::map<std::string, Actor> actors;
  for (Actor& a : facts.actors) {
    auto [it, inserted] = actors.try_emplace(a.id, a);
    if (inserted) continue;
    UnionAliases(a.aliases, it->second.aliases);
    it->second.mentions.insert(it->second.mentions.end(), a.mentions.begin(), a.mentions.end());
  }
  facts.actors.clear();
  for (auto& [id, a] : actors) {
    std::stable_sort(a.mentions.begin(), a.mentions.end(), [](const Mention& x, const Mention& y) {
      if (x.span.start != y.span.start) return x.span.start < y.span.start;
      return x.span.end < y.span.end;
    });
    facts.actors.push_back(std::move(a));
  }
  // Within one document every quote key holds the same date: order without it.
  SortUniqueKeepLast(facts.quotes, [](const Quote& q) { return keys::QuoteKey(q, ""); });
  SortUniqueKeepLast(facts.relations, [](const Relation& r) { return keys::RelationKey(r); });
}

Result<SplitCorpus> SplitByDocument(Corpus corpus) {
  if (Status s = Validate(corpus); !s.ok()) return s;

  std::map<std::string, DocumentEntry> entries;
  auto entry = [&](const std::string& id) -> DocumentEntry& {
    auto [it, inserted] = entries.try_emplace(id);
    if (inserted) {
      it->second.listed = false;
      it->second.document.id = id;
      it->second.facts.document = id;
    }
    return it->second;
  };
  for (Document& d : corpus.documents) {
    DocumentEntry& e = entry(d.id);
    e.document = std::move(d);
    e.listed = true;
  }

  // One record per key: the first entry's name and type, every alias.
  std::map<std::string, Actor> records;
  for (const Actor& a : corpus.actors) {
    auto [it, inserted] = records.try_emplace(a.id, a);
    it->second.mentions.clear();
    if (!inserted) UnionAliases(a.aliases, it->second.aliases);
  }
  // Per document, each actor's mentions there.
  std::map<std::string, std::map<std::string, std::vector<Mention>>> mentions;
  for (const Actor& a : corpus.actors) {
    for (const Mention& m : a.mentions) mentions[m.document][a.id].push_back(m);
  }

  // Actors a document's statements name (speakers, quoted actors, relation
  // ends). The extractor makes every one an actor of the document, some with
  // no mention there (the country of an agency), and so does the split.
  std::map<std::string, std::set<std::string>> named;  // doc -> actor ids
  auto note = [&](const std::string& actor, const std::string& doc) {
    if (!actor.empty() && records.count(actor) != 0) named[doc].insert(actor);
  };
  for (const Quote& q : corpus.quotes) {
    note(q.speaker, q.document);
    for (const std::string& about : q.about) note(about, q.document);
  }
  for (const Relation& r : corpus.relations) {
    note(r.source, r.document);
    note(r.target, r.document);
  }

  for (Quote& q : corpus.quotes) {
    DocumentEntry& e = entry(q.document);
    e.facts.quotes.push_back(std::move(q));
  }
  for (Relation& r : corpus.relations) {
    DocumentEntry& e = entry(r.document);
    e.facts.relations.push_back(std::move(r));
  }

  SplitCorpus out;
  std::set<std::string> placed;
  for (const auto& [doc, by_actor] : mentions) {
    DocumentEntry& e = entry(doc);
    for (const auto& [id, ms] : by_actor) {
      Actor copy = records.at(id);
      copy.mentions = ms;
      e.facts.actors.push_back(std::move(copy));
      placed.insert(id);
    }
  }
  for (const auto& [doc, ids] : named) {
    auto here = mentions.find(doc);
    DocumentEntry& e = entry(doc);
    for (const std::string& id : ids) {
      if (here != mentions.end() && here->second.count(id) != 0) continue;
      e.facts.actors.push_back(records.at(id));  // no mentions in this document
      placed.insert(id);
    }
  }
  for (const auto& [id, record] : records) {
    if (placed.count(id) == 0) {
      out.warnings.push_back("actor '" + ShowId(id) +
                             "' has no mentions and no statement names it; skipped");
    }
  }

  out.entries.reserve(entries.size());
  for (auto& [id, e] : entries) {
    if (!e.listed) {
      out.warnings.push_back("document '" + ShowId(id) +
                             "' is named by facts but not listed in the file; its metadata "
                             "is taken from the store, or left empty");
    }
    Canonicalize(e.facts);
    if (Status s = ValidateDocumentFacts(e.document, e.facts); !s.ok()) return s;
    out.entries.push_back(std::move(e));
  }
  return out;
}

}  // namespace actorgraph
