#include "cli/input.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <simdjson.h>
#include <system_error>

namespace actorgraph {

namespace fs = std::filesystem;

namespace {

using FilePtr = std::unique_ptr<FILE, int (*)(FILE*)>;

// Counts consumed bytes across all inputs, for progress.
struct Reader {
  const InputCallbacks& cb;
  uint64_t bytes_done = 0;
  uint64_t errors = 0;

  void Error(std::string msg) {
    ++errors;
    cb.on_error(Status::InvalidArgument(std::move(msg)));
  }
};

bool HasExtension(const fs::path& p, std::string_view ext) { return p.extension() == ext; }

// Reads lines of at most kMaxDocumentBytes from a FILE*, without holding more
// than one line in memory. A longer line is skipped and reported as too long.
class LineReader {
 public:
  explicit LineReader(FILE* f) : f_(f), buf_(1 << 16) {}

  // Returns false at the end of input. `*too_long` is set for a line that
  // exceeded the limit (its content is then empty).
  bool Next(std::string* line, bool* too_long, uint64_t* consumed) {
    line->clear();
    *too_long = false;
    bool any = false;
    for (;;) {
      if (pos_ == len_) {
        len_ = std::fread(buf_.data(), 1, buf_.size(), f_);
        pos_ = 0;
        if (len_ == 0) return any;
      }
      any = true;
      const char* start = buf_.data() + pos_;
      const void* nl = std::memchr(start, '\n', len_ - pos_);
      size_t n = nl ? static_cast<const char*>(nl) - start : len_ - pos_;
      *consumed += n + (nl ? 1 : 0);
      if (!*too_long) {
        if (line->size() + n > kMaxDocumentBytes) {
          *too_long = true;
          line->clear();
          line->shrink_to_fit();
        } else {
          line->append(start, n);
        }
      }
      pos_ += n + (nl ? 1 : 0);
      if (nl) return true;
    }
  }

 private:
  FILE* f_;
  std::vector<char> buf_;
  size_t pos_ = 0;
  size_t len_ = 0;
};

std::string LineTag(const std::string& name, uint64_t line) {
  return name + ":" + std::to_string(line);
}

// Takes a string member of a JSONL object; integers are accepted for "id".
// A missing or null member gives false, like a member of another type.
bool GetField(simdjson::dom::object obj, const char* key, std::string* out, bool allow_int) {
  simdjson::dom::element value;
  if (obj.at_key(key).get(value) != simdjson::SUCCESS) return false;
  std::string_view text;
  if (value.get(text) == simdjson::SUCCESS) {
    out->assign(text);
    return true;
  }
  if (!allow_int) return false;
  if (int64_t number = 0; value.get(number) == simdjson::SUCCESS) {
    *out = std::to_string(number);
    return true;
  }
  if (uint64_t number = 0; value.get(number) == simdjson::SUCCESS) {
    *out = std::to_string(number);
    return true;
  }
  return false;
}

// JSONL is parsed with simdjson's DOM parser, which validates the whole line
// (structure and UTF-8) at several GB/s; nlohmann's parser cost about a tenth
// of `extract`'s time (bench/README.md).
void ReadJsonl(FILE* f, const std::string& name, Reader& r) {
  LineReader lines(f);
  simdjson::dom::parser parser;
  std::string line;
  bool too_long = false;
  uint64_t line_no = 0;
  uint64_t consumed = 0;
  while (lines.Next(&line, &too_long, &consumed)) {
    ++line_no;
    r.bytes_done += consumed;
    consumed = 0;
    if (too_long) {
      r.Error(LineTag(name, line_no) + ": line is longer than the 64 MiB limit");
      continue;
    }
    if (std::all_of(line.begin(), line.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\r'; })) {
      continue;  // blank lines are allowed
    }
    line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    simdjson::dom::element root;
    if (parser.parse(line.data(), line.size(), /*realloc_if_needed=*/false).get(root) !=
        simdjson::SUCCESS) {
      Status s = ValidateText(line);
      r.Error(LineTag(name, line_no) + ": malformed JSON" +
              (s.ok() ? "" : " (" + s.message() + ")"));
      continue;
    }
    simdjson::dom::object obj;
    if (root.get(obj) != simdjson::SUCCESS) {
      r.Error(LineTag(name, line_no) + ": expected a JSON object with \"id\" and \"text\"");
      continue;
    }
    Document doc;
    if (!GetField(obj, "id", &doc.id, true) || doc.id.empty()) {
      r.Error(LineTag(name, line_no) + ": missing or empty \"id\" (a string)");
      continue;
    }
    if (!GetField(obj, "text", &doc.text, false)) {
      r.Error(LineTag(name, line_no) + ": document '" + doc.id +
              "' has no \"text\" string");
      continue;
    }
    GetField(obj, "title", &doc.title, false);
    GetField(obj, "date", &doc.date, false);
    GetField(obj, "url", &doc.url, false);
    GetField(obj, "source", &doc.source, false);
    if (Status s = ValidateText(doc.text); !s.ok()) {
      r.Error(LineTag(name, line_no) + ": document '" + doc.id + "': " + s.message());
      continue;
    }
    r.cb.on_document(std::move(doc), r.bytes_done);
  }
  if (std::ferror(f)) r.Error(name + ": read error: " + std::strerror(errno));
}

void ReadText(FILE* f, const std::string& name, std::string id, Reader& r) {
  std::string text;
  char buf[1 << 16];
  size_t n;
  bool too_long = false;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    r.bytes_done += n;
    if (text.size() + n > kMaxDocumentBytes) too_long = true;
    if (!too_long) text.append(buf, n);
  }
  if (std::ferror(f)) return r.Error(name + ": read error: " + std::strerror(errno));
  if (too_long) return r.Error(name + ": file is larger than the 64 MiB document limit");
  if (Status s = ValidateText(text); !s.ok()) return r.Error(name + ": " + s.message());
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  r.cb.on_document(std::move(doc), r.bytes_done);
}

void ReadStdin(Reader& r) {
  // Peek at the first non-blank byte to tell JSONL from text.
  int c;
  while ((c = std::getc(stdin)) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
  }
  if (c == EOF) return r.Error("<stdin>: empty document");
  std::ungetc(c, stdin);
  if (c == '{') {
    ReadJsonl(stdin, "<stdin>", r);
  } else {
    ReadText(stdin, "<stdin>", "stdin", r);
  }
}

void ReadFile(const fs::path& path, Reader& r) {
  std::string name = path.string();
  FilePtr f(std::fopen(name.c_str(), "rb"), &std::fclose);
  if (!f) return r.Error(name + ": cannot open: " + std::strerror(errno));
  if (HasExtension(path, ".jsonl")) {
    ReadJsonl(f.get(), name, r);
  } else {
    ReadText(f.get(), name, path.stem().string(), r);
  }
}

// Regular .txt/.jsonl files below `dir`, sorted for a stable order.
std::vector<fs::path> ListDirectory(const fs::path& dir, Reader& r) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    r.Error(dir.string() + ": cannot read directory: " + ec.message());
    return files;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      r.Error(dir.string() + ": " + ec.message());
      break;
    }
    if (it->is_regular_file(ec) &&
        (HasExtension(it->path(), ".txt") || HasExtension(it->path(), ".jsonl"))) {
      files.push_back(it->path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

uint64_t InputBytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& p : paths) {
    if (p == "-") continue;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(
               p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

uint64_t ReadDocuments(const std::vector<std::string>& paths, const InputCallbacks& callbacks) {
  Reader r{callbacks};
  for (const auto& p : paths) {
    if (p == "-") {
      ReadStdin(r);
      continue;
    }
    std::error_code ec;
    auto status = fs::status(p, ec);
    if (ec || !fs::exists(status)) {
      r.Error(p + ": no such file or directory");
    } else if (fs::is_directory(status)) {
      for (const auto& file : ListDirectory(p, r)) ReadFile(file, r);
    } else {
      ReadFile(p, r);
    }
  }
  return r.errors;
}

}  // namespace actorgraph
