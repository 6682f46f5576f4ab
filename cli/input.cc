#include "cli/input.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <simdjson.h>
#include <system_error>

#include "cli/json_error.h"
#include "model/dates.h"

namespace actorgraph {

namespace fs = std::filesystem;

namespace {

using FilePtr = std::unique_ptr<FILE, int (*)(FILE*)>;

// Counts consumed bytes across all inputs, for progress.
struct Reader {
  const InputCallbacks& cb;
  uint64_t bytes_done = 0;
  uint64_t errors = 0;
  DocumentDater dater = {};  // the documents of every input, in order

  void Error(std::string msg) {
    ++errors;
    cb.on_error(Status::InvalidArgument(std::move(msg)));
  }
  // Dates `doc`; a date it cannot read is a warning naming `where`.
  void Date(Document& doc, std::string_view date, std::string_view dateline,
            const std::string& where) {
    std::optional<std::string> warning = dater.Date(doc, date, dateline);
    if (warning && cb.on_warning) {
      cb.on_warning(where + ": document '" + ShowId(doc.id) + "': " + *warning);
    }
  }
};

bool HasExtension(const fs::path& p, std::string_view ext) { return p.extension() == ext; }

constexpr std::string_view kBom = "\xEF\xBB\xBF";  // U+FEFF in UTF-8

// Offset of the first NUL byte in [data, data + n), or npos. Text and JSONL
// never hold one: a NUL means a binary file or a device such as /dev/zero,
// and reading stops there instead of going on to the end (which may never
// come).
size_t FindNul(const char* data, size_t n) {
  const void* p = std::memchr(data, '\0', n);
  return p ? static_cast<const char*>(p) - data : std::string::npos;
}

std::string BinaryMessage(uint64_t offset, const char* what) {
  return std::string("binary data, not ") + what + " (NUL byte at offset " +
         std::to_string(offset) + ")";
}

// Reads lines of at most kMaxDocumentBytes from a FILE*, without holding more
// than one line in memory. A longer line is skipped and reported as too long.
// Reading stops for good at a NUL byte (see FindNul).
class LineReader {
 public:
  // `head` holds bytes already read from `f` (the peek of stdin).
  LineReader(FILE* f, std::string_view head) : f_(f), buf_(std::max<size_t>(1 << 16, head.size())) {
    std::copy(head.begin(), head.end(), buf_.begin());
    Accept(head.size());
  }

  // Returns false at the end of input or at a NUL byte (the line holding it
  // is dropped; nul_at() says where). `*too_long` is set for a line that
  // exceeded the limit (its content is then empty).
  bool Next(std::string* line, bool* too_long, uint64_t* consumed) {
    line->clear();
    *too_long = false;
    bool any = false;
    for (;;) {
      if (pos_ == len_) {
        if (nul_at_ != kNone) return false;
        Accept(std::fread(buf_.data(), 1, buf_.size(), f_));
        if (len_ == 0) return any && nul_at_ == kNone;
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

  // Byte offset of the NUL that stopped reading, or kNone.
  static constexpr uint64_t kNone = UINT64_MAX;
  uint64_t nul_at() const { return nul_at_; }

 private:
  // Takes the `n` bytes now at the start of buf_, up to a NUL.
  void Accept(size_t n) {
    pos_ = 0;
    len_ = n;
    if (size_t nul = FindNul(buf_.data(), n); nul != std::string::npos) {
      nul_at_ = offset_ + nul;
      len_ = nul;
    }
    offset_ += n;
  }

  FILE* f_;
  std::vector<char> buf_;
  size_t pos_ = 0;
  size_t len_ = 0;
  uint64_t offset_ = 0;  // file offset just past the bytes accepted so far
  uint64_t nul_at_ = kNone;
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
void ReadJsonl(FILE* f, const std::string& name, Reader& r, std::string_view head = {}) {
  LineReader lines(f, head);
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
    if (line_no == 1 && line.starts_with(kBom)) line.erase(0, kBom.size());
    if (std::all_of(line.begin(), line.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\r'; })) {
      continue;  // blank lines are allowed
    }
    line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    simdjson::dom::element root;
    if (simdjson::error_code error =
            parser.parse(line.data(), line.size(), /*realloc_if_needed=*/false).get(root);
        error != simdjson::SUCCESS) {
      r.Error(LineTag(name, line_no) + ": malformed JSON: " + DescribeJsonError(line, error));
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
      r.Error(LineTag(name, line_no) + ": document '" + ShowId(doc.id) +
              "' has no \"text\" string");
      continue;
    }
    GetField(obj, "title", &doc.title, false);
    std::string date, dateline;
    GetField(obj, "date", &date, false);
    GetField(obj, "dateline", &dateline, false);
    GetField(obj, "url", &doc.url, false);
    GetField(obj, "source", &doc.source, false);
    // The store's own checks (store/validate.h), here where the line is known.
    Status s = ValidateText(doc.text);
    s = s.ok() ? ValidateDocumentFacts(doc, DocumentFacts{doc.id, {}, {}, {}})
               : Status::InvalidArgument("document '" + ShowId(doc.id) + "': " + s.message());
    if (!s.ok()) {
      r.Error(LineTag(name, line_no) + ": " + s.message());
      continue;
    }
    if (s = ValidateField("date", date); s.ok()) s = ValidateField("dateline", dateline);
    if (!s.ok()) {
      r.Error(LineTag(name, line_no) + ": document '" + ShowId(doc.id) + "': " + s.message());
      continue;
    }
    r.Date(doc, date, dateline, LineTag(name, line_no));
    r.cb.on_document(std::move(doc), r.bytes_done);
  }
  if (lines.nul_at() != LineReader::kNone) {
    r.Error(LineTag(name, line_no + 1) + ": " + BinaryMessage(lines.nul_at(), "JSONL") +
            "; the rest of the file is not read");
  }
  if (std::ferror(f)) r.Error(name + ": read error: " + std::strerror(errno));
}

// Reads a text document, stopping at the size limit or at a NUL byte: what
// lies beyond either is never read, so a device or an endless pipe ends at
// once. A UTF-8 byte order mark opening the file is not part of the text.
void ReadText(FILE* f, const std::string& name, std::string id, Reader& r,
              std::string_view head = {}) {
  std::string text;
  char buf[1 << 16];
  size_t n = head.size();
  std::copy(head.begin(), head.end(), buf);
  if (n == 0) n = std::fread(buf, 1, sizeof buf, f);
  for (; n > 0; n = std::fread(buf, 1, sizeof buf, f)) {
    r.bytes_done += n;
    if (size_t nul = FindNul(buf, n); nul != std::string::npos) {
      return r.Error(name + ": " + BinaryMessage(text.size() + nul, "text"));
    }
    if (text.size() + n > kMaxDocumentBytes) {
      return r.Error(name + ": file is larger than the 64 MiB document limit");
    }
    text.append(buf, n);
  }
  if (std::ferror(f)) return r.Error(name + ": read error: " + std::strerror(errno));
  if (text.starts_with(kBom)) text.erase(0, kBom.size());
  if (Status s = ValidateText(text); !s.ok()) return r.Error(name + ": " + s.message());
  if (Status s = ValidateId("document id '" + ShowId(id) + "' (the file name)", id); !s.ok()) {
    return r.Error(name + ": " + s.message());
  }
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  r.Date(doc, {}, {}, name);  // a dateline opening the text
  r.cb.on_document(std::move(doc), r.bytes_done);
}

void ReadStdin(Reader& r) {
  // The first byte that is not blank (after a byte order mark) tells JSONL
  // ('{') from text. The bytes read to find it are handed on, so line
  // numbers and offsets count from the start of the stream.
  std::string head;
  int c;
  while ((c = std::getc(stdin)) != EOF && head.size() < 4096) {
    head.push_back(static_cast<char>(c));
    const bool blank = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    const bool bom = head.size() <= kBom.size() && kBom.starts_with(head);
    if (!blank && !bom) break;
  }
  const bool json = !head.empty() && head.back() == '{';
  if (json) {
    ReadJsonl(stdin, "<stdin>", r, head);
  } else {
    ReadText(stdin, "<stdin>", "stdin", r, head);
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

uint64_t ReadJsonlStream(FILE* f, const std::string& name, const InputCallbacks& callbacks) {
  Reader r{callbacks};
  ReadJsonl(f, name, r);
  return r.errors;
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
      const uint64_t errors = r.errors;
      std::vector<fs::path> files = ListDirectory(p, r);
      if (files.empty() && r.errors == errors) {
        r.Error(p + ": no .txt or .jsonl files in this directory");
      }
      for (const auto& file : files) ReadFile(file, r);
    } else {
      ReadFile(p, r);
    }
  }
  return r.errors;
}

}  // namespace actorgraph
