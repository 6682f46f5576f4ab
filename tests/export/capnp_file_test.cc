#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "export/exporters.h"
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

}  // namespace
}  // namespace actorgraph
