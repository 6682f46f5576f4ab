// Shared helpers for the extractor tests: one Extractor over the real
// lexicons, and lookups that keep the test bodies short.
#ifndef ACTORGRAPH_TESTS_EXTRACT_EXTRACT_FIXTURE_H_
#define ACTORGRAPH_TESTS_EXTRACT_EXTRACT_FIXTURE_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "extract/extractor.h"

namespace actorgraph {

inline std::unique_ptr<Extractor> MakeTestExtractor(bool join_interrupted_quotes) {
  ExtractorOptions options;
  options.lexicon_dir = ACTORGRAPH_TEST_LEXICON_DIR;
  options.join_interrupted_quotes = join_interrupted_quotes;
  Result<std::unique_ptr<Extractor>> r = Extractor::Create(options);
  if (!r.ok()) ADD_FAILURE() << r.status().message();
  return r.ok() ? std::move(r).value() : nullptr;
}

// The default extractor (interrupted quotations joined), and one with
// --split-quotes, each built once.
inline const Extractor& TestExtractor() {
  static const std::unique_ptr<Extractor> extractor = MakeTestExtractor(true);
  return *extractor;
}
inline const Extractor& SplittingExtractor() {
  static const std::unique_ptr<Extractor> extractor = MakeTestExtractor(false);
  return *extractor;
}

inline const Actor* FindActor(const DocumentFacts& f, const std::string& id) {
  for (const Actor& a : f.actors) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

inline bool HasRelation(const DocumentFacts& f, RelationType type, const std::string& source,
                        const std::string& target) {
  for (const Relation& r : f.relations) {
    if (r.type == type && r.source == source && r.target == target) return true;
  }
  return false;
}

// Every statement of `f`, one per line, for failure messages.
inline std::string DescribeQuotes(const DocumentFacts& f) {
  std::string out;
  for (const Quote& q : f.quotes) {
    out += "  [" + q.text + "] speaker=" + q.speaker + " (" + q.speaker_text + ") cue=" + q.cue +
           (q.direct ? "" : " indirect") + "\n";
  }
  return out;
}

// Every relation of `f`, one per line, for failure messages.
inline std::string DescribeRelations(const DocumentFacts& f) {
  std::string out;
  for (const Relation& r : f.relations) {
    out += "  " + std::string(RelationTypeName(r.type)) + " " + r.source + " -> " + r.target +
           " (" + r.cue + (r.cameo.empty() ? "" : ", CAMEO " + r.cameo) + ")\n";
  }
  return out;
}

inline int CountRelations(const DocumentFacts& f, RelationType type) {
  int n = 0;
  for (const Relation& r : f.relations) n += r.type == type;
  return n;
}

}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_EXTRACT_EXTRACT_FIXTURE_H_
