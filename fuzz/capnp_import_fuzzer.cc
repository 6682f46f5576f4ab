// Fuzz target: the payload of a Cap'n Proto import, bytes -> DecodeGraph
// (schemas/codec.h) -> SplitByDocument (store/corpus_split.h) ->
// ValidateDocumentFacts (store/validate.h) on every document, the path
// `actorgraph import` takes once the file is read and its header checked,
// up to what Store::Put checks before writing. The payload is fuzzed without
// the file header (export/exporters.h DecodeCapnpExport), so mutations reach
// the decoder instead of stopping at the checksum. Decoding must never throw
// or crash and must stay within kj's traversal limit; a refused corpus or
// document is an ordinary outcome.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "schemas/codec.h"
#include "store/corpus_split.h"
#include "store/validate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto corpus =
      actorgraph::DecodeGraph(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!corpus.ok()) return 0;
  auto split = actorgraph::SplitByDocument(std::move(corpus).value());
  if (!split.ok()) return 0;
  for (const actorgraph::DocumentEntry& entry : split->entries) {
    (void)actorgraph::ValidateDocumentFacts(entry.document, entry.facts);
  }
  return 0;
}
