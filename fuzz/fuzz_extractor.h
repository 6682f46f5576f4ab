// The extractor the text fuzz targets share: created once per process, from
// LLVMFuzzerInitialize, so loading the lexicons (about 0.3 s in this build,
// a hundred times a short input's extraction) is neither repeated per input
// nor counted in libFuzzer's per-input leak check.
#ifndef ACTORGRAPH_FUZZ_FUZZ_EXTRACTOR_H_
#define ACTORGRAPH_FUZZ_FUZZ_EXTRACTOR_H_

#include <string_view>

#include "extract/extractor.h"
#include "model/facts.h"

namespace actorgraph::fuzz {

// Creates the process's extractor with `options`; aborts with the error
// when the lexicons cannot be loaded (a broken build, not a finding).
// Call once, before FuzzExtractor().
void InitFuzzExtractor(const ExtractorOptions& options);

// The extractor InitFuzzExtractor created; it lives until the process exits.
const Extractor& FuzzExtractor();

// Aborts, naming the fact, when `facts` breaks the extractor's contract
// (extract/extractor.h) for `text`: a span past the end of the text or
// ending before it starts, a fact naming another document.
void CheckFacts(const DocumentFacts& facts, std::string_view doc_id, std::string_view text);

}  // namespace actorgraph::fuzz

#endif  // ACTORGRAPH_FUZZ_FUZZ_EXTRACTOR_H_
