// EncodeCapnpExport, DecodeCapnpExport, ExportCapnp and ImportCapnp
// (export/exporters.h).
//
// File format (docs/exports.md), all integers little-endian:
//
//   offset  size  field
//        0     8  magic: 89 41 47 58 0D 0A 1A 0A ("\x89AGX\r\n\x1a\n")
//        8     4  format version: kFormatVersion (1)
//       12     8  payload length N in bytes, at most kMaxExportBytes
//       20     8  XXH3-64 (seed 0) of the payload
//       28     N  payload: one packed Cap'n Proto message whose root is
//                 schema::Graph (schemas/actorgraph.capnp), as EncodeGraph
//                 writes it
//
// Nothing may follow the payload. The magic is PNG's design: the high-bit
// first byte catches 7-bit transfers, CR LF and the lone LF catch newline
// conversion either way, 0x1A stops a DOS `type`. The checksum catches damage to
// the payload but for a chance of 2^-64; damage to the header fails the
// magic, the version, the checksum, or the length against the file's size. It is not a signature: a
// file built on purpose can carry a matching checksum (the store's own
// checks, store/validate.h, still apply to whatever it holds).
//
// Headerless files, written before the framing existed, are one packed Graph
// message alone. Their first byte is a packed tag whose bits 2 and 3 are
// clear (a segment count under 65,536) and whose high nibble is not (a
// non-empty first segment); 0x89 is not such a tag, so the two cannot be
// confused. They are still read, unverified, and reported as headerless.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "export/exporters.h"
#include "export/file_io.h"
#include "schemas/codec.h"

namespace actorgraph {

namespace {

constexpr std::string_view kMagic("\x89" "AGX\r\n\x1a\n", 8);
constexpr uint32_t kFormatVersion = 1;
constexpr size_t kHeaderBytes = 28;

void PutLittleEndian(std::string& out, uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

uint64_t GetLittleEndian(std::string_view in, size_t at, int bytes) {
  uint64_t value = 0;
  for (int i = bytes - 1; i >= 0; --i) value = value << 8 | static_cast<uint8_t>(in[at + i]);
  return value;
}

uint64_t Checksum(std::string_view payload) { return XXH3_64bits(payload.data(), payload.size()); }

// Could `first` be the first byte of a headerless export (see the top)?
bool LooksHeaderless(char first) {
  const auto tag = static_cast<uint8_t>(first);
  return (tag & 0x0C) == 0 && (tag & 0xF0) != 0;
}

struct Header {
  uint64_t length = 0;
  uint64_t checksum = 0;
};

// The header in `bytes`, which start with the magic and hold kHeaderBytes.
Result<Header> ParseHeader(std::string_view bytes) {
  const auto version = static_cast<uint32_t>(GetLittleEndian(bytes, 8, 4));
  if (version != kFormatVersion) {
    std::string msg = "export format version " + std::to_string(version);
    if (version > kFormatVersion) {
      return Status::InvalidArgument(msg + " is newer than this build's " +
                                     std::to_string(kFormatVersion) +
                                     " (upgrade actorgraph, unless the file is damaged)");
    }
    return Status::Corruption(msg + " is not one this build knows: the file is damaged");
  }
  Header h{GetLittleEndian(bytes, 12, 8), GetLittleEndian(bytes, 20, 8)};
  if (h.length > kMaxExportBytes) {
    return Status::Corruption("the header announces a payload of " + std::to_string(h.length) +
                              " bytes, over the " + std::to_string(kMaxExportBytes >> 30) +
                              " GiB limit (or the file is damaged)");
  }
  return h;
}

// What the first kHeaderBytes of a file (or all of it, when shorter) say:
// the header of a framed export, or a headerless export of an earlier
// release (`headerless` set, `header` unused).
struct Start {
  bool headerless = false;
  Header header;
};

Result<Start> ParseStart(std::string_view first) {
  if (first.empty()) return Status::Corruption("empty file");
  if (first.substr(0, kMagic.size()) != kMagic.substr(0, std::min(first.size(), kMagic.size()))) {
    if (!LooksHeaderless(first[0])) {
      return Status::Corruption("not an actorgraph export (bad magic)");
    }
    return Start{true, {}};
  }
  if (first.size() < kHeaderBytes) {
    return Status::Corruption("truncated: " + std::to_string(first.size()) +
                              " bytes, shorter than the header (" +
                              std::to_string(kHeaderBytes) + ")");
  }
  auto header = ParseHeader(first);
  if (!header.ok()) return header.status();
  return Start{false, *header};
}

Status HeaderlessTooLarge() {
  return Status::Corruption("not an actorgraph export (bad magic), and over the " +
                            std::to_string(kMaxExportBytes >> 30) +
                            " GiB limit as a headerless one");
}

Status Truncated(uint64_t announced, uint64_t has) {
  return Status::Corruption("truncated: the header announces " + std::to_string(announced) +
                            " bytes, the file has " + std::to_string(has));
}

Status Trailing(uint64_t extra, bool at_least) {
  return Status::Corruption((at_least ? "more than " : "") + std::to_string(extra) +
                            " bytes after the end of the export (a damaged or concatenated "
                            "file)");
}

Result<Corpus> DecodePayload(const Header& h, std::string_view payload) {
  if (Checksum(payload) != h.checksum) {
    return Status::Corruption("checksum mismatch: the file is damaged");
  }
  return DecodeGraph(payload);
}

Result<Corpus> DecodeHeaderless(std::string_view bytes, bool* headerless) {
  auto corpus = DecodeGraph(bytes);
  if (!corpus.ok()) {
    if (corpus.status().code() == Status::Code::kInvalidArgument) return corpus;  // newer
    return Status::Corruption(
        "not an actorgraph export (bad magic); read as a headerless export of an earlier "
        "release: " +
        corpus.status().message());
  }
  if (headerless != nullptr) *headerless = true;
  return corpus;
}

// Appends up to `n` bytes of `fd` to `out`, fewer only at the end of the
// file. Memory grows with what is read, not with `n`.
Status ReadUpTo(int fd, uint64_t n, std::string& out, const std::string& path) {
  char buf[1 << 16];
  while (n > 0) {
    ssize_t got = ::read(fd, buf, std::min<uint64_t>(n, sizeof buf));
    if (got < 0) {
      if (errno == EINTR) continue;
      return Status::IOError("cannot read " + path + ": " + std::strerror(errno));
    }
    if (got == 0) break;
    out.append(buf, static_cast<size_t>(got));
    n -= static_cast<uint64_t>(got);
  }
  return Status::Ok();
}

// Bytes left in `fd` after the export, counted up to `cap` (*more is set if
// there are more than that).
Result<uint64_t> CountRest(int fd, uint64_t cap, bool* more, const std::string& path) {
  char buf[1 << 16];
  uint64_t count = 0;
  while (count <= cap) {
    ssize_t got = ::read(fd, buf, sizeof buf);
    if (got < 0) {
      if (errno == EINTR) continue;
      return Status::IOError("cannot read " + path + ": " + std::strerror(errno));
    }
    if (got == 0) return count;
    count += static_cast<uint64_t>(got);
  }
  *more = true;
  return cap;
}

// ImportCapnp's reading, with errors not yet naming the file (but I/O errors,
// which do). Never reads more than the header announces, plus what it takes
// to tell that nothing follows.
Result<Corpus> ReadExport(int fd, const std::string& path, bool* headerless) {
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    return Status::IOError("cannot read " + path + ": " + std::strerror(errno));
  }
  const bool regular = S_ISREG(st.st_mode);
  std::string bytes;
  if (Status s = ReadUpTo(fd, kHeaderBytes, bytes, path); !s.ok()) return s;
  auto start = ParseStart(bytes);
  if (!start.ok()) return start.status();
  if (start->headerless) {
    // An earlier release's file: the whole of it, within the same limit.
    if (Status s = ReadUpTo(fd, kMaxExportBytes + 1 - bytes.size(), bytes, path); !s.ok()) {
      return s;
    }
    if (bytes.size() > kMaxExportBytes) return HeaderlessTooLarge();
    return DecodeHeaderless(bytes, headerless);
  }
  const Header& header = start->header;
  const uint64_t announced = kHeaderBytes + header.length;
  if (regular && static_cast<uint64_t>(st.st_size) != announced) {
    const auto size = static_cast<uint64_t>(st.st_size);
    return size < announced ? Truncated(announced, size) : Trailing(size - announced, false);
  }
  std::string payload;
  if (regular) payload.reserve(header.length);  // its size was checked above
  if (Status s = ReadUpTo(fd, header.length, payload, path); !s.ok()) return s;
  if (payload.size() < header.length) return Truncated(announced, kHeaderBytes + payload.size());
  bool more = false;
  auto rest = CountRest(fd, kMaxExportBytes, &more, path);
  if (!rest.ok()) return rest.status();
  if (*rest > 0) return Trailing(*rest, more);
  return DecodePayload(header, payload);
}

}  // namespace

std::string EncodeCapnpExport(const Corpus& corpus) {
  const std::string payload = EncodeGraph(corpus);
  std::string out;
  out.reserve(kHeaderBytes + payload.size());
  out += kMagic;
  PutLittleEndian(out, kFormatVersion, 4);
  PutLittleEndian(out, payload.size(), 8);
  PutLittleEndian(out, Checksum(payload), 8);
  out += payload;
  return out;
}

Result<Corpus> DecodeCapnpExport(std::string_view bytes, bool* headerless) {
  if (headerless != nullptr) *headerless = false;
  auto start = ParseStart(bytes.substr(0, kHeaderBytes));
  if (!start.ok()) return start.status();
  if (start->headerless) {
    if (bytes.size() > kMaxExportBytes) return HeaderlessTooLarge();
    return DecodeHeaderless(bytes, headerless);
  }
  const uint64_t announced = kHeaderBytes + start->header.length;
  if (bytes.size() < announced) return Truncated(announced, bytes.size());
  if (bytes.size() > announced) return Trailing(bytes.size() - announced, false);
  return DecodePayload(start->header, bytes.substr(kHeaderBytes));
}

Status ExportCapnp(const Corpus& corpus, const std::string& out_path) {
  return WriteFileAtomically(out_path, EncodeCapnpExport(corpus));
}

Result<Corpus> ImportCapnp(const std::string& path, bool* headerless) {
  if (headerless != nullptr) *headerless = false;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound("no such file: " + path);
    return Status::IOError("cannot read " + path + ": " + std::strerror(errno));
  }
  auto corpus = ReadExport(fd, path, headerless);
  ::close(fd);
  if (corpus.ok()) return corpus;
  const Status& s = corpus.status();
  switch (s.code()) {
    case Status::Code::kIOError:
      return s;  // names the file already
    case Status::Code::kInvalidArgument:
      return Status::InvalidArgument(path + ": " + s.message());
    default:
      return Status::Corruption(path + ": " + s.message());
  }
}

}  // namespace actorgraph
