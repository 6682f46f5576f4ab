// ExportCapnp and ImportCapnp (export/exporters.h).
//
// File format: exactly one packed Cap'n Proto message whose root is
// schema::Graph (schemas/actorgraph.capnp), as EncodeGraph writes it; no
// header, no framing beyond the message's own segment table.
#include "export/exporters.h"
#include "export/file_io.h"
#include "schemas/codec.h"

namespace actorgraph {

Status ExportCapnp(const Corpus& corpus, const std::string& out_path) {
  return WriteFileAtomically(out_path, EncodeGraph(corpus));
}

Result<Corpus> ImportCapnp(const std::string& path) {
  auto bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  auto corpus = DecodeGraph(*bytes);
  if (corpus.ok()) return corpus;
  const Status& s = corpus.status();
  if (s.code() == Status::Code::kInvalidArgument) {
    return Status::InvalidArgument(path + ": " + s.message());
  }
  return Status::Corruption(path + ": " + s.message());
}

}  // namespace actorgraph
