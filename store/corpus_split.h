// Regrouping a Corpus (the flat lists of a Cap'n Proto export) into one
// DocumentFacts per document: the unit Store::Put writes atomically.
//
// Every fact names its document (Mention::document, Quote::document,
// Relation::document), so the split is exact: a document's facts in the
// store are those whose document field names it. Actors are per corpus in an
// export (merged across documents, every mention kept), so each document gets
// a copy of the actor (its name, type and all its aliases) holding the
// mentions in that document.
//
// Canonical facts: actors ordered by id (one entry per id, mentions in offset
// order), quotes in store key order (keys::QuoteKey) and relations in store
// key order (keys::RelationKey), with facts sharing a key reduced to the last
// one, which is the one the store's index keeps. Two facts blobs with the
// same canonical form give the same export, so an import compares canonical
// forms to tell an unchanged document from a changed one.
#ifndef ACTORGRAPH_STORE_CORPUS_SPLIT_H_
#define ACTORGRAPH_STORE_CORPUS_SPLIT_H_

#include <string>
#include <vector>

#include "model/facts.h"
#include "model/status.h"

namespace actorgraph {

struct DocumentEntry {
  // The document's metadata (and text, when the corpus holds it). When
  // `listed` is false the corpus names the document only in its facts (a
  // partial export): `document` then holds the id alone.
  Document document;
  bool listed = true;
  DocumentFacts facts;  // canonical
};

struct SplitCorpus {
  std::vector<DocumentEntry> entries;  // ordered by document id
  // Things the caller should tell the user: unlisted documents, actors that
  // no document holds (see SplitByDocument).
  std::vector<std::string> warnings;
};

// Groups `corpus` by document. Fails with InvalidArgument, before anything
// is written anywhere, on what Store::Put would refuse or could not place: a
// document listed twice, a fact naming no document, a bad actor key, and
// anything ValidateDocumentFacts (store/validate.h) refuses in a document
// with its facts (spans are checked against the file's text when it has one;
// MergeIntoStore checks the others against the store's).
//
// A document also gets, with no mentions there, every listed actor its
// quotes (speaker, about) and relations (source, target) name but do not
// mention, as the extractor does (an agency's country). An actor neither
// mentioned nor named anywhere is dropped with a warning.
// Takes the corpus by value: move it in to spare a copy of every text.
Result<SplitCorpus> SplitByDocument(Corpus corpus);

// Puts `facts` in canonical form (see the top of this file).
void Canonicalize(DocumentFacts& facts);

}  // namespace actorgraph

#endif  // ACTORGRAPH_STORE_CORPUS_SPLIT_H_
