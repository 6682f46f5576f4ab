// Fuzz target: bytes read as a .jsonl file (cli/input.h ReadJsonlStream,
// through fmemopen) -> every valid document extracted, as `actorgraph
// extract --split-quotes FILE.jsonl` runs. The text target joins interrupted
// quotations (the default) and this one splits them, so between them the
// two targets cover both extractor modes. Besides crashes and timeouts, an error message that does
// not start with the file name, or a document the reader hands on with an
// empty id, is a finding (input.h's contract).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "cli/input.h"
#include "fuzz/fuzz_extractor.h"

namespace {

constexpr char kName[] = "fuzz.jsonl";

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  actorgraph::ExtractorOptions options;
  options.join_interrupted_quotes = false;
  actorgraph::fuzz::InitFuzzExtractor(options);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return -1;
  // fmemopen only reads the buffer ("rb"), but takes a non-const pointer.
  std::unique_ptr<FILE, int (*)(FILE*)> f(
      fmemopen(const_cast<uint8_t*>(data), size, "rb"), &std::fclose);
  if (f == nullptr) std::abort();
  actorgraph::InputCallbacks callbacks;
  callbacks.on_document = [](actorgraph::Document&& doc, uint64_t) {
    if (doc.id.empty()) std::abort();
    actorgraph::DocumentFacts facts = actorgraph::fuzz::FuzzExtractor().Extract(doc.id, doc.text);
    actorgraph::fuzz::CheckFacts(facts, doc.id, doc.text);
  };
  callbacks.on_error = [](const actorgraph::Status& error) {
    if (error.message().rfind(kName, 0) != 0) {
      std::fprintf(stderr, "fuzz: error without the file name: %s\n", error.message().c_str());
      std::abort();
    }
  };
  actorgraph::ReadJsonlStream(f.get(), kName, callbacks);
  return 0;
}
