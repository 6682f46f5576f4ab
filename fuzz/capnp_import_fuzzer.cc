// Fuzz target: the payload of a Cap'n Proto import, bytes -> DecodeGraph
// (schemas/codec.h) -> SplitByDocument (store/corpus_split.h), the path
// `actorgraph import` takes once the file is read. The payload is fuzzed
// without any file framing, so mutations reach the decoder instead of
// stopping at a checksum. Decoding must never throw or crash and must stay
// within kj's traversal limit; a refused corpus is an ordinary outcome.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "schemas/codec.h"
#include "store/corpus_split.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto corpus =
      actorgraph::DecodeGraph(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!corpus.ok()) return 0;
  auto split = actorgraph::SplitByDocument(std::move(corpus).value());
  (void)split;
  return 0;
}
