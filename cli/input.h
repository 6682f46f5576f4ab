// Reads the documents named on a command line and validates them.
//
// Inputs: `.txt` files (document id = file name without extension),
// `.jsonl` files (one {"id", "text"} object per line; optional "title",
// "date", "dateline", "url", "source"; other fields ignored), directories
// (every .txt and .jsonl below them, in sorted order) and "-" for standard input (JSONL when
// its first non-blank byte is '{', else one text document with id "stdin").
// Any other file name is read as a text document.
//
// Each document is dated as it is read (model/dates.h): its "date", else a
// dateline ("dateline", or one opening the text), the previous document of
// the run being the context of a dateline without a year.
//
// Every document's text is checked before it is handed on: not empty, no NUL
// byte (a binary file), valid UTF-8, at most kMaxDocumentBytes. A bad document
// is reported through the error callback, naming the file (and line, for
// JSONL), and reading goes on with the next one. Memory stays bounded by the
// largest single document: JSONL is streamed line by line.
#ifndef ACTORGRAPH_CLI_INPUT_H_
#define ACTORGRAPH_CLI_INPUT_H_

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/facts.h"
#include "model/status.h"
#include "store/validate.h"  // ValidateText, kMaxDocumentBytes

namespace actorgraph {

struct InputCallbacks {
  // Called with each valid document and the number of input bytes consumed
  // so far (over all inputs).
  std::function<void(Document&& doc, uint64_t bytes_done)> on_document;
  // Called with each bad input or document; reading continues.
  std::function<void(const Status& error)> on_error;
  // Optional: called with a warning about the next document handed on (a
  // date it cannot read), naming the file and line; the document is still
  // handed on.
  std::function<void(std::string warning)> on_warning;
};

// Total size in bytes of the regular files the inputs name (0 for stdin),
// for progress reporting.
uint64_t InputBytes(const std::vector<std::string>& paths);

// Reads every input in order. Returns the number of errors reported.
uint64_t ReadDocuments(const std::vector<std::string>& paths, const InputCallbacks& callbacks);

// Reads `f` to its end as a .jsonl input, exactly as ReadDocuments reads a
// .jsonl file, with `name` standing for the file in messages. Does not close
// `f`. Returns the number of errors reported. For readers of streams that
// have no path (the fuzz targets read a buffer through fmemopen).
uint64_t ReadJsonlStream(FILE* f, const std::string& name, const InputCallbacks& callbacks);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_INPUT_H_
