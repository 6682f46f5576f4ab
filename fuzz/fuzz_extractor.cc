#include "fuzz/fuzz_extractor.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace actorgraph::fuzz {

namespace {

// Owned here and freed at exit, so LeakSanitizer sees no leak.
std::unique_ptr<Extractor>& Instance() {
  static std::unique_ptr<Extractor> extractor;
  return extractor;
}

[[noreturn]] void Abort(const std::string& what) {
  std::fprintf(stderr, "fuzz: %s\n", what.c_str());
  std::abort();
}

void CheckSpan(const Span& span, std::string_view text, const std::string& what) {
  if (span.start > span.end || span.end > text.size()) {
    Abort(what + " span [" + std::to_string(span.start) + ", " + std::to_string(span.end) +
          ") is not within the text of " + std::to_string(text.size()) + " bytes");
  }
}

void CheckDocument(const std::string& document, std::string_view doc_id, const std::string& what) {
  if (document != doc_id) Abort(what + " names document '" + document + "'");
}

}  // namespace

void InitFuzzExtractor(const ExtractorOptions& options) {
  auto extractor = Extractor::Create(options);
  if (!extractor.ok()) Abort("cannot create the extractor: " + extractor.status().ToString());
  Instance() = std::move(extractor).value();
}

const Extractor& FuzzExtractor() {
  if (Instance() == nullptr) Abort("FuzzExtractor() before InitFuzzExtractor()");
  return *Instance();
}

void CheckFacts(const DocumentFacts& facts, std::string_view doc_id, std::string_view text) {
  for (const Actor& actor : facts.actors) {
    if (actor.id.empty()) Abort("an actor has an empty id");
    for (const Mention& m : actor.mentions) {
      CheckDocument(m.document, doc_id, "a mention of " + actor.id);
      CheckSpan(m.span, text, "a mention of " + actor.id);
    }
  }
  for (const Quote& q : facts.quotes) {
    CheckDocument(q.document, doc_id, "a quote");
    CheckSpan(q.span, text, "a quote");
    if (q.speaker_mention) CheckSpan(*q.speaker_mention, text, "a speaker mention");
  }
  for (const Relation& r : facts.relations) {
    CheckDocument(r.document, doc_id, "a relation");
    CheckSpan(r.span, text, "a relation");
  }
}

}  // namespace actorgraph::fuzz
