#include "store/corpus_merge.h"

#include <algorithm>
#include <set>

#include "store/validate.h"

namespace actorgraph {

namespace {

// The document Put would store for `incoming` over `stored`: a text-less
// document with the stored hash keeps the stored text (Store::Put's rule).
Document AsStored(const Document& incoming, const Document& stored) {
  Document doc = incoming;
  if (!doc.text.empty()) {
    doc.content_hash = ContentHash(doc.text);
  } else if (doc.content_hash == stored.content_hash) {
    doc.text = stored.text;
  }
  return doc;
}

bool SameMentions(const DocumentFacts& a, const DocumentFacts& b) {
  if (a.actors.size() != b.actors.size()) return false;
  for (size_t i = 0; i < a.actors.size(); ++i) {
    if (a.actors[i].id != b.actors[i].id || a.actors[i].mentions != b.actors[i].mentions) {
      return false;
    }
  }
  return true;
}

// Would writing `incoming` change what the store says about its document?
// `stored_facts` must be canonical. Reads actor records to compare aliases.
Result<bool> Unchanged(const Store& store, const DocumentFacts& incoming,
                       const DocumentFacts& stored_facts) {
  if (!SameMentions(incoming, stored_facts) || incoming.quotes != stored_facts.quotes ||
      incoming.relations != stored_facts.relations) {
    return false;
  }
  for (const Actor& a : incoming.actors) {
    auto record = store.GetActor(a.id);
    if (!record.ok()) return record.status();
    if (!record->has_value()) return false;
    const std::vector<std::string>& have = (*record)->aliases;
    for (const std::string& alias : a.aliases) {
      if (std::find(have.begin(), have.end(), alias) == have.end()) return false;
    }
  }
  return true;
}

// The one check of Store::Put that SplitByDocument cannot make: the spans
// of a document stored with the store's text (a text-less document with the
// stored hash, or one the file does not list) must fit that text. Made for
// every entry before anything is written, so such a file is refused whole.
Status CheckSpansAgainstStore(const Store& store, const SplitCorpus& split) {
  for (const DocumentEntry& entry : split.entries) {
    if (!entry.document.text.empty()) continue;  // checked by SplitByDocument
    auto stored = store.GetDocument(entry.document.id);
    if (!stored.ok()) return stored.status();
    if (!stored->has_value()) continue;
    const Document doc = entry.listed ? AsStored(entry.document, **stored) : **stored;
    if (doc.text.empty()) continue;
    if (Status s = ValidateSpans(doc.id, entry.facts, doc.text.size()); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

MergeSummary MergeIntoStore(Store& store, const SplitCorpus& split) {
  MergeSummary summary;
  if (Status s = CheckSpansAgainstStore(store, split); !s.ok()) {
    summary.failed = split.entries.size();
    summary.errors.push_back(s.message() + "; nothing was imported");
    return summary;
  }
  // Actor ids known to have a record: looked up once per import, not once
  // per document.
  std::set<std::string> known;
  for (const DocumentEntry& entry : split.entries) {
    const std::string& id = entry.document.id;
    auto fail = [&](const Status& s) {
      ++summary.failed;
      summary.errors.push_back("document '" + ShowId(id) + "': " + s.message());
    };

    auto stored = store.GetDocument(id);
    if (!stored.ok()) {
      fail(stored.status());
      continue;
    }
    Document doc = entry.document;
    if (stored->has_value()) {
      const Document& old = **stored;
      // An unlisted document keeps the store's metadata and text.
      doc = entry.listed ? AsStored(entry.document, old) : old;
      auto old_facts = store.GetFacts(id);
      if (!old_facts.ok()) {
        fail(old_facts.status());
        continue;
      }
      if (doc == old && old_facts->has_value()) {
        DocumentFacts canonical = std::move(**old_facts);
        Canonicalize(canonical);
        auto same = Unchanged(store, entry.facts, canonical);
        if (!same.ok()) {
          fail(same.status());
          continue;
        }
        if (*same) {
          ++summary.unchanged;
          continue;
        }
      }
    }

    std::vector<std::string> fresh;  // actors this Put creates
    for (const Actor& a : entry.facts.actors) {
      if (known.count(a.id) != 0) continue;
      auto record = store.GetActor(a.id);
      if (record.ok() && record->has_value()) {
        known.insert(a.id);
      } else if (record.ok()) {
        fresh.push_back(a.id);
      }
    }
    auto outcome = store.Put(doc, entry.facts);
    if (!outcome.ok()) {  // Put's messages name the document
      ++summary.failed;
      summary.errors.push_back(outcome.status().message());
      continue;
    }
    switch (*outcome) {
      case PutOutcome::kAdded:
        ++summary.added;
        break;
      case PutOutcome::kReplaced:
        ++summary.replaced;
        break;
      case PutOutcome::kUnchanged:
        ++summary.unchanged;
        continue;
    }
    summary.new_actors += fresh.size();
    for (std::string& a : fresh) known.insert(std::move(a));
    summary.quotes += entry.facts.quotes.size();
    summary.relations += entry.facts.relations.size();
  }
  return summary;
}

}  // namespace actorgraph
