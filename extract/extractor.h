// Extractor: English news text in, facts (actors, quotes, relations) out.
//
// The extractor does no I/O except loading its lexicons and its trained
// name tagger at Create(): the files in the lexicon directory
// (extract/lexicons/, see its README.md), Debian's iso-codes data for
// countries, and extract/models/names.model. After Create() it is immutable, and
// Extract() is safe to call from many threads at once.
#ifndef ACTORGRAPH_EXTRACT_EXTRACTOR_H_
#define ACTORGRAPH_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "model/facts.h"
#include "model/status.h"

namespace actorgraph {

struct ExtractorOptions {
  // Directory of lexicon files; empty means DefaultLexiconDir().
  std::string lexicon_dir;
  // Directory holding iso_3166-1.json; empty means DefaultIsoCodesDir().
  std::string iso_codes_dir;
  // One quote for a quotation interrupted by its attribution
  // (`"A," she said. "B."`), spanning from the first opening mark to the last
  // closing one: one person said one thing (PolNeAR annotates it so). Off
  // (`--split-quotes`): one quote per quoted piece, each with the speaker.
  bool join_interrupted_quotes = true;
  // The trained name tagger's model (extract/name_tagger.h); empty means
  // DefaultNameModelPath(). With `name_tagger` off only the rules find names.
  std::string name_model;
  bool name_tagger = true;
};

// $ACTORGRAPH_LEXICONS if set, else the directory configured at build time.
std::string DefaultLexiconDir();
// $ACTORGRAPH_ISO_CODES if set, else /usr/share/iso-codes/json.
std::string DefaultIsoCodesDir();

class Lexicons;    // extract/lexicons.h
class NameTagger;  // extract/name_tagger.h

class Extractor {
 public:
  // Fails (naming the file) when a lexicon or the iso-codes data is missing
  // or malformed.
  static Result<std::unique_ptr<Extractor>> Create(const ExtractorOptions& options);

  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // `text` must be valid UTF-8 (callers validate input first). All offsets in
  // the result are byte offsets into `text`; every Mention, Quote and Relation
  // carries `doc_id` as its document.
  DocumentFacts Extract(std::string_view doc_id, std::string_view text) const;

  // A 64-bit hash of everything the facts depend on: this program's
  // executable (the extractor's code), every file in the lexicon and model
  // directories, the iso-codes, given-name and word lists, and the options.
  // Two extractors with the same fingerprint give the same facts for the
  // same text, so a store may skip re-extracting a text it holds with facts
  // of this fingerprint. Computed on the first call (it reads those files,
  // ~20 MB); never 0.
  uint64_t Fingerprint() const;
  // What Fingerprint() returns for an extractor Create(options) would make,
  // without loading it (reading ~20 MB of files, not building tables).
  static uint64_t FingerprintOf(const ExtractorOptions& options);

 private:
  Extractor(std::unique_ptr<Lexicons> lexicons, std::unique_ptr<NameTagger> tagger,
            const ExtractorOptions& options);
  std::unique_ptr<Lexicons> lexicons_;
  std::unique_ptr<NameTagger> tagger_;  // null when options.name_tagger is off
  bool join_interrupted_quotes_;
  std::vector<std::string> inputs_;  // what Fingerprint() hashes: files and directories
  mutable std::once_flag fingerprint_once_;
  mutable uint64_t fingerprint_ = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_EXTRACTOR_H_
