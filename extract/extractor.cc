// Placeholder until the extractor lands.
#include "extract/extractor.h"

namespace actorgraph {
class Lexicons {};
std::string DefaultLexiconDir() { return ACTORGRAPH_DEFAULT_LEXICON_DIR; }
std::string DefaultIsoCodesDir() { return ACTORGRAPH_DEFAULT_ISO_CODES_DIR; }
Result<std::unique_ptr<Extractor>> Extractor::Create(const ExtractorOptions&) {
  return std::unique_ptr<Extractor>(new Extractor(std::make_unique<Lexicons>()));
}
Extractor::Extractor(std::unique_ptr<Lexicons> lexicons) : lexicons_(std::move(lexicons)) {}
Extractor::~Extractor() = default;
DocumentFacts Extractor::Extract(std::string_view doc_id, std::string_view) const {
  DocumentFacts f;
  f.document = std::string(doc_id);
  return f;
}
}  // namespace actorgraph
