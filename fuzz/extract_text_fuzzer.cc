// Fuzz target: raw text -> Extractor::Extract, as `actorgraph extract` runs
// it on a .txt file. Inputs the CLI would refuse (ValidateText: empty, NUL,
// invalid UTF-8) are rejected, as the extractor's contract allows. A crash,
// a sanitizer report, a timeout (extraction must be linear in the text) or
// a span outside the text is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_extractor.h"
#include "store/validate.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  actorgraph::fuzz::InitFuzzExtractor(actorgraph::ExtractorOptions{});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!actorgraph::ValidateText(text).ok()) return -1;  // not kept in the corpus
  actorgraph::DocumentFacts facts = actorgraph::fuzz::FuzzExtractor().Extract("fuzz", text);
  actorgraph::fuzz::CheckFacts(facts, "fuzz", text);
  return 0;
}
