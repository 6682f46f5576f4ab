// Merging a corpus (an imported Cap'n Proto export, store/corpus_split.h)
// into a store, one atomic Store::Put per document.
//
// Semantics, per document of the file:
//  - absent from the store: added;
//  - present, and the file says what an export of the store would say about
//    it (same metadata, same canonical facts, every alias of its actors
//    already on the store's records): unchanged, nothing is written. A file
//    without texts leaves stored texts alone when the content hashes agree;
//  - otherwise replaced: the file's facts become the document's facts (the
//    file wins; facts it lacks for that document are dropped).
// Actors are unified by key: a record already in the store keeps its name
// and type and gains the file's aliases (Store::Put's rule).
// Documents of the store that the file does not name are left alone.
#ifndef ACTORGRAPH_STORE_CORPUS_MERGE_H_
#define ACTORGRAPH_STORE_CORPUS_MERGE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/status.h"
#include "store/corpus_split.h"
#include "store/store.h"

namespace actorgraph {

struct MergeSummary {
  uint64_t added = 0;
  uint64_t replaced = 0;
  uint64_t unchanged = 0;
  uint64_t failed = 0;              // Put failed; the document was left as it was
  uint64_t new_actors = 0;          // actor records the merge created
  uint64_t quotes = 0;              // statements in added or replaced documents
  uint64_t relations = 0;           // relations in added or replaced documents
  std::vector<std::string> errors;  // one per failed document
};

// Merges every entry of `split` into `store` (open read-write), in entry
// order. First, before writing anything, the spans of every document that
// will be stored with the store's text (a text-less entry with the stored
// content hash, an unlisted one) are checked against that text; if one does
// not fit, nothing is written and every entry counts as failed. Then a
// failed Put is counted and described in `errors` (its message names the
// document), and the merge goes on with the next document; an error reading the store before any
// write (a corrupt stored value) is a failure of that document too.
MergeSummary MergeIntoStore(Store& store, const SplitCorpus& split);

}  // namespace actorgraph

#endif  // ACTORGRAPH_STORE_CORPUS_MERGE_H_
