// Helpers for the store tests: a fresh temp directory per test, invented
// documents and facts, and raw RocksDB access that bypasses Store (dumping
// every column family, planting bad values).
#ifndef ACTORGRAPH_TESTS_STORE_STORE_TEST_UTIL_H_
#define ACTORGRAPH_TESTS_STORE_STORE_TEST_UTIL_H_

#include <cstdint>
#include <map>
#include <optional>
#include <tuple>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "model/facts.h"
#include "store/store.h"
#include "tests/testing/files.h"

namespace actorgraph::testing {

// Every entry of every column family: family name -> [(key, value)].
using Dump = std::map<std::string, std::vector<std::pair<std::string, std::string>>>;
// Opens `dir` with plain RocksDB (read-only, beside any writer) and dumps it.
Dump DumpStore(const std::string& dir);
// Regular files of `dir` -> size in bytes.
std::map<std::string, uintmax_t> FileSizes(const std::string& dir);
// Writes one raw value with plain RocksDB; no Store may hold `dir` open.
void RawPut(const std::string& dir, const std::string& cf, const std::string& key,
            const std::string& value);
// Applies `batch` with plain RocksDB, families by name (a store of an older
// schema, say); no Store may hold `dir` open.
using RawBatch = std::vector<std::tuple<std::string, std::string, std::optional<std::string>>>;
void RawWrite(const std::string& dir, const RawBatch& batch);  // (cf, key, value or delete)
// Empties family `cf` of `dir`.
void RawClear(const std::string& dir, const std::string& cf);

// `start`, then filler up to 2 KiB: the invented facts below put spans up
// to about 1,200 bytes in, and Store::Put refuses spans past the text.
std::string InventedText(const std::string& start);
// A document with invented metadata and InventedText(text), or no text
// when `text` is empty (a metadata-only document).
Document MakeDocument(const std::string& id, const std::string& text);
Actor MakeActor(const std::string& id, const std::string& name, ActorType type,
                std::vector<std::string> aliases, const std::string& doc,
                std::vector<Span> mentions);
Quote MakeQuote(const std::string& doc, const std::string& speaker, uint32_t start,
                const std::string& text);
Relation MakeRelation(RelationType type, const std::string& source,
                      const std::string& target, const std::string& doc,
                      uint32_t start);

// The same with every claim 0, as the extractor gives them: for comparing
// what the store gives back with what it was given.
DocumentFacts WithoutClaims(DocumentFacts facts);
std::vector<Quote> WithoutClaims(std::vector<Quote> quotes);
std::vector<Relation> WithoutClaims(std::vector<Relation> relations);

// Fixture: `store_dir()` is a not-yet-existing directory inside a TempDir.
class StoreTest : public ::testing::Test {
 protected:
  std::string store_dir() const { return tmp_.path() + "/store"; }
  // Opens store_dir(); fails the test (returning nullptr) on error.
  std::unique_ptr<Store> Open(OpenMode mode = OpenMode::kReadWrite);

  TempDir tmp_;
};

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_STORE_STORE_TEST_UTIL_H_
