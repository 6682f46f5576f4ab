#include <gtest/gtest.h>
#include <sys/stat.h>
#include <xxhash.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>

#include "export/exporters.h"
#include "schemas/codec.h"
#include "tests/export/sample_corpus.h"

namespace actorgraph {
namespace {

using testing::SampleCorpus;
using testing::TempDir;

using testing::ReadFile;

using testing::WriteFile;

TEST(CapnpFileTest, RoundTripKeepsEveryPart) {
  TempDir dir;
  Corpus c = SampleCorpus();
  c.documents[0].text = "Ada Quill accused Norway — ünïcode \"quoted\".";
  c.documents[0].content_hash = ContentHash(c.documents[0].text);
  c.relations[5].former = true;
  std::string path = dir.File("graph.capnp");
  ASSERT_TRUE(ExportCapnp(c, path).ok());
  EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));

  auto back = ImportCapnp(path);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->documents, c.documents);
  EXPECT_EQ(back->actors, c.actors);
  ASSERT_EQ(back->actors[0].mentions.size(), 2u);
  EXPECT_EQ(back->quotes, c.quotes);
  EXPECT_EQ(back->relations, c.relations);
}

TEST(CapnpFileTest, EmptyCorpusRoundTrips) {
  TempDir dir;
  ASSERT_TRUE(ExportCapnp(Corpus{}, dir.File("empty.capnp")).ok());
  auto back = ImportCapnp(dir.File("empty.capnp"));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(back->actors.empty());
  EXPECT_TRUE(back->relations.empty());
}

TEST(CapnpFileTest, ExportReplacesAnExistingFileWhole) {
  TempDir dir;
  std::string path = dir.File("graph.capnp");
  WriteFile(path, std::string(100000, 'z'));
  ASSERT_TRUE(ExportCapnp(SampleCorpus(), path).ok());
  auto back = ImportCapnp(path);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->actors.size(), 6u);
}

TEST(CapnpFileTest, UnwritablePathIsAnIOErrorAndLeavesNothing) {
  TempDir dir;
  std::string path = dir.File("missing-dir/graph.capnp");
  Status s = ExportCapnp(SampleCorpus(), path);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_EQ(s.message(), "cannot write " + path + ": No such file or directory");
}

TEST(CapnpFileTest, MissingFileIsNotFoundNamingIt) {
  TempDir dir;
  auto r = ImportCapnp(dir.File("nope.capnp"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(r.status().message(), "no such file: " + dir.File("nope.capnp"));
}

TEST(CapnpFileTest, TruncatedFileIsCorruptionNamingIt) {
  TempDir dir;
  std::string full_path = dir.File("full.capnp");
  ASSERT_TRUE(ExportCapnp(SampleCorpus(), full_path).ok());
  std::string full = ReadFile(full_path);
  ASSERT_GT(full.size(), 64u);
  for (size_t cut : {size_t{0}, size_t{1}, size_t{7}, size_t{8}, size_t{9}, full.size() / 3,
                     full.size() / 2, full.size() - 8, full.size() - 1}) {
    std::string path = dir.File("cut-" + std::to_string(cut) + ".capnp");
    WriteFile(path, full.substr(0, cut));
    auto r = ImportCapnp(path);
    ASSERT_FALSE(r.ok()) << "cut at " << cut << " of " << full.size();
    EXPECT_EQ(r.status().code(), Status::Code::kCorruption) << "cut at " << cut;
    EXPECT_EQ(r.status().message().rfind(path + ": ", 0), 0u) << r.status().message();
  }
}

TEST(CapnpFileTest, RandomBytesAreCorruptionNotACrash) {
  TempDir dir;
  std::mt19937 rng(20240203);
  for (size_t size : {8u, 64u, 1000u, 65536u}) {
    std::string bytes(size, '\0');
    for (char& b : bytes) b = static_cast<char>(rng() & 0xFF);
    std::string path = dir.File("random-" + std::to_string(size) + ".capnp");
    WriteFile(path, bytes);
    auto r = ImportCapnp(path);
    ASSERT_FALSE(r.ok()) << "size " << size;
    EXPECT_EQ(r.status().code(), Status::Code::kCorruption) << r.status().ToString();
    EXPECT_EQ(r.status().message().rfind(path + ": ", 0), 0u) << r.status().message();
  }
}

const std::string kMagic("\x89" "AGX\r\n\x1a\n", 8);

uint64_t LittleEndian(const std::string& bytes, size_t at, int n) {
  uint64_t v = 0;
  for (int i = n - 1; i >= 0; --i) v = v << 8 | static_cast<uint8_t>(bytes[at + i]);
  return v;
}

// A header of format `version` announcing `length` bytes with `checksum`,
// then `payload`: the layout of docs/exports.md, written independently.
std::string Frame(uint32_t version, uint64_t length, uint64_t checksum,
                  const std::string& payload) {
  std::string out = kMagic;
  for (int i = 0; i < 4; ++i) out += static_cast<char>(version >> (8 * i));
  for (int i = 0; i < 8; ++i) out += static_cast<char>(length >> (8 * i));
  for (int i = 0; i < 8; ++i) out += static_cast<char>(checksum >> (8 * i));
  return out + payload;
}

std::string Frame(const std::string& payload) {
  return Frame(1, payload.size(), XXH3_64bits(payload.data(), payload.size()), payload);
}

TEST(CapnpFileTest, FileIsTheDocumentedHeaderThenOnePackedGraph) {
  TempDir dir;
  const Corpus c = SampleCorpus();
  ASSERT_TRUE(ExportCapnp(c, dir.File("g.capnp")).ok());
  const std::string bytes = ReadFile(dir.File("g.capnp"));
  ASSERT_GT(bytes.size(), 28u);
  const std::string payload = bytes.substr(28);
  EXPECT_EQ(bytes.substr(0, 8), kMagic);
  EXPECT_EQ(LittleEndian(bytes, 8, 4), 1u);
  EXPECT_EQ(LittleEndian(bytes, 12, 8), payload.size());
  EXPECT_EQ(LittleEndian(bytes, 20, 8), XXH3_64bits(payload.data(), payload.size()));
  EXPECT_EQ(payload, EncodeGraph(c));
  EXPECT_EQ(bytes, EncodeCapnpExport(c));
  EXPECT_EQ(bytes, Frame(payload));
}

TEST(CapnpFileTest, DecodeRefusesWhatTheFramingDoesNotVouchFor) {
  const std::string payload = EncodeGraph(SampleCorpus());
  const std::string good = Frame(payload);
  const uint64_t sum = XXH3_64bits(payload.data(), payload.size());
  std::string flipped = good;
  flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x10);
  // A payload kj refuses, with a checksum that matches it.
  const std::string junk = "\x80\x10" + std::string(200, '\xff');
  const std::string n = std::to_string(good.size());
  struct Case {
    const char* what;
    std::string bytes;
    Status::Code code;
    std::string message;
  };
  const Case cases[] = {
      {"empty", "", Status::Code::kCorruption, "empty file"},
      {"text", "Hello, world.\n", Status::Code::kCorruption,
       "not an actorgraph export (bad magic)"},
      {"zeros", std::string(4096, '\0'), Status::Code::kCorruption,
       "not an actorgraph export (bad magic)"},
      {"magic, CR LF made LF", good.substr(0, 4) + "\n" + good.substr(6), Status::Code::kCorruption,
       "not an actorgraph export (bad magic)"},
      {"magic alone", kMagic, Status::Code::kCorruption,
       "truncated: 8 bytes, shorter than the header (28)"},
      {"cut", good.substr(0, good.size() - 3), Status::Code::kCorruption,
       "truncated: the header announces " + n + " bytes, the file has " +
           std::to_string(good.size() - 3)},
      {"trailing", good + "x", Status::Code::kCorruption,
       "1 bytes after the end of the export (a damaged or concatenated file)"},
      {"flipped", flipped, Status::Code::kCorruption, "checksum mismatch: the file is damaged"},
      {"newer format", Frame(7, payload.size(), sum, payload), Status::Code::kInvalidArgument,
       "export format version 7 is newer than this build's 1 (upgrade actorgraph, unless the "
       "file is damaged)"},
      {"format 0", Frame(0, payload.size(), sum, payload), Status::Code::kCorruption,
       "export format version 0 is not one this build knows: the file is damaged"},
      {"huge length", Frame(1, uint64_t{1} << 40, sum, payload), Status::Code::kCorruption,
       "the header announces a payload of 1099511627776 bytes, over the 1 GiB limit (or the "
       "file is damaged)"},
      {"forged", Frame(junk), Status::Code::kCorruption, "bad graph: "},
  };
  for (const Case& c : cases) {
    bool headerless = true;
    auto r = DecodeCapnpExport(c.bytes, &headerless);
    ASSERT_FALSE(r.ok()) << c.what;
    EXPECT_EQ(r.status().code(), c.code) << c.what;
    if (std::string(c.what) == "forged") {
      EXPECT_EQ(r.status().message().rfind(c.message, 0), 0u) << r.status().message();
    } else {
      EXPECT_EQ(r.status().message(), c.message) << c.what;
    }
    EXPECT_FALSE(headerless) << c.what;
  }
}

TEST(CapnpFileTest, HeaderlessFilesOfAnEarlierReleaseDecodeAndSaySo) {
  const Corpus c = SampleCorpus();
  bool headerless = false;
  auto old = DecodeCapnpExport(EncodeGraph(c), &headerless);
  ASSERT_TRUE(old.ok()) << old.status().ToString();
  EXPECT_TRUE(headerless);
  EXPECT_EQ(old->actors, c.actors);
  auto framed = DecodeCapnpExport(EncodeCapnpExport(c), &headerless);
  ASSERT_TRUE(framed.ok()) << framed.status().ToString();
  EXPECT_FALSE(headerless);
  const std::string cut = EncodeGraph(c).substr(0, 40);
  auto bad = DecodeCapnpExport(cut, &headerless);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message().rfind("not an actorgraph export (bad magic); read as a "
                                         "headerless export of an earlier release: bad graph: ",
                                         0),
            0u)
      << bad.status().message();
}

TEST(CapnpFileTest, ImportReadsAPipeAndStopsAtOnceOnADevice) {
  TempDir dir;
  const std::string fifo = dir.File("pipe");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const std::string bytes = EncodeCapnpExport(SampleCorpus());
  std::thread writer([&] { WriteFile(fifo, bytes); });
  auto r = ImportCapnp(fifo);
  writer.join();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->actors.size(), 6u);

  auto zero = ImportCapnp("/dev/zero");
  ASSERT_FALSE(zero.ok());
  EXPECT_EQ(zero.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(zero.status().message(), "/dev/zero: not an actorgraph export (bad magic)");
}

TEST(CapnpFileTest, ImportOfAShortOrLongFileSaysByHowMuch) {
  TempDir dir;
  const std::string good = EncodeCapnpExport(SampleCorpus());
  const std::string n = std::to_string(good.size());
  WriteFile(dir.File("short.capnp"), good.substr(0, 100));
  EXPECT_EQ(ImportCapnp(dir.File("short.capnp")).status().message(),
            dir.File("short.capnp") + ": truncated: the header announces " + n +
                " bytes, the file has 100");
  WriteFile(dir.File("long.capnp"), good + good);
  EXPECT_EQ(ImportCapnp(dir.File("long.capnp")).status().message(),
            dir.File("long.capnp") + ": " + n +
                " bytes after the end of the export (a damaged or concatenated file)");
}

}  // namespace
}  // namespace actorgraph
