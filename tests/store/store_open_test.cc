// Opening stores: modes, refusals, the schema version, concurrent opens.
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include "schemas/codec.h"
#include "store/keys.h"
#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace actorgraph::testing {
namespace {

namespace fs = std::filesystem;

using StoreOpenTest = StoreTest;

TEST_F(StoreOpenTest, ReadOnlyOpenOfMissingDirIsNotFoundAndCreatesNothing) {
  Result<std::unique_ptr<Store>> store = Store::Open(store_dir(), OpenMode::kReadOnly);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(store.status().message(),
            "no actorgraph store at " + store_dir() + " (run 'actorgraph ingest' first)");
  EXPECT_FALSE(fs::exists(store_dir()));
}

TEST_F(StoreOpenTest, ReadOnlyOpenOfEmptyDirIsNotFoundAndLeavesItEmpty) {
  fs::create_directory(store_dir());
  Result<std::unique_ptr<Store>> store = Store::Open(store_dir(), OpenMode::kReadOnly);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kNotFound);
  EXPECT_TRUE(fs::is_empty(store_dir()));
}

TEST_F(StoreOpenTest, FileInPlaceOfDirectoryIsInvalidArgumentInBothModes) {
  std::ofstream(store_dir()) << "not a store\n";
  for (OpenMode mode : {OpenMode::kReadOnly, OpenMode::kReadWrite}) {
    Result<std::unique_ptr<Store>> store = Store::Open(store_dir(), mode);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(store.status().message(),
              store_dir() + " is not a directory, so cannot hold a store");
  }
}

TEST_F(StoreOpenTest, ReadWriteRefusesNonEmptyDirectoryWithoutStore) {
  fs::create_directory(store_dir());
  std::ofstream(store_dir() + "/notes.txt") << "my notes\n";
  Result<std::unique_ptr<Store>> store = Store::Open(store_dir(), OpenMode::kReadWrite);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().message(),
            store_dir() +
                " is a non-empty directory without an actorgraph store; refusing to "
                "create one there");
  EXPECT_EQ(FileSizes(store_dir()).size(), 1u);
}

TEST_F(StoreOpenTest, CreatesAllColumnFamiliesAndRecordsSchemaVersion) {
  {
    std::unique_ptr<Store> store = Open();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->schema_version(), keys::kStoreSchemaVersion);
  }
  Dump dump = DumpStore(store_dir());
  for (std::string_view name : keys::kColumnFamilyNames) {
    EXPECT_EQ(dump.count(std::string(name)), 1u) << name;
  }
  // The schema version, and the canonical-actor rules its (no) documents
  // follow, so that the first ingest does not extract again what it skips.
  ASSERT_EQ(dump["meta"].size(), 2u);
  EXPECT_EQ(dump["meta"][0].first, keys::kCanonicalRulesKey);
  EXPECT_EQ(dump["meta"][1].first, "schema_version");
  EXPECT_EQ(dump["meta"][1].second, keys::EncodeBigEndian32(keys::kStoreSchemaVersion));

  std::unique_ptr<Store> reopened = Open(OpenMode::kReadOnly);
  ASSERT_NE(reopened, nullptr);
  EXPECT_EQ(reopened->schema_version(), keys::kStoreSchemaVersion);
}

TEST_F(StoreOpenTest, NewerSchemaVersionIsRefused) {
  Open().reset();
  RawPut(store_dir(), "meta", "schema_version", keys::EncodeBigEndian32(keys::kStoreSchemaVersion + 1));
  for (OpenMode mode : {OpenMode::kReadOnly, OpenMode::kReadWrite}) {
    Result<std::unique_ptr<Store>> store = Store::Open(store_dir(), mode);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(store.status().message(),
              "store at " + store_dir() + " has schema version " +
                  std::to_string(keys::kStoreSchemaVersion + 1) + ", newer than this build reads (" +
                  std::to_string(keys::kStoreSchemaVersion) + "); upgrade actorgraph");
  }
}

TEST_F(StoreOpenTest, OtherRocksDbDatabaseIsNotAnActorgraphStore) {
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, store_dir(), &db).ok());
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), "someone", "else's data").ok());
    delete db;
  }
  for (OpenMode mode : {OpenMode::kReadOnly, OpenMode::kReadWrite}) {
    Result<std::unique_ptr<Store>> store = Store::Open(store_dir(), mode);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().message(),
              store_dir() + " holds a RocksDB database that is not an actorgraph store");
  }
}

// A kill -9 while a store is created can leave RocksDB's database with
// none, some or all of the column families and no schema version. Readers
// see no store yet; the next writer finishes creating it.
TEST_F(StoreOpenTest, CreationCutShortIsNoStoreToReadersAndFinishedByTheNextWriter) {
  const std::vector<std::vector<std::string>> created = {
      {}, {"documents", "facts"}, {"documents", "facts", "quotes", "relations", "actors"}};
  for (size_t i = 0; i < created.size(); ++i) {
    SCOPED_TRACE(i);
    const std::string dir = store_dir() + "-" + std::to_string(i);
    {
      rocksdb::Options options;
      options.create_if_missing = true;
      rocksdb::DB* db = nullptr;
      ASSERT_TRUE(rocksdb::DB::Open(options, dir, &db).ok());
      for (const std::string& name : created[i]) {
        rocksdb::ColumnFamilyHandle* h = nullptr;
        ASSERT_TRUE(db->CreateColumnFamily(rocksdb::ColumnFamilyOptions(), name, &h).ok());
        db->DestroyColumnFamilyHandle(h);
      }
      delete db;
    }
    Result<std::unique_ptr<Store>> reader = Store::Open(dir, OpenMode::kReadOnly);
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.status().code(), Status::Code::kNotFound);
    EXPECT_EQ(reader.status().message(),
              "no actorgraph store at " + dir + " (run 'actorgraph ingest' first)");
    Result<std::unique_ptr<Store>> writer = Store::Open(dir, OpenMode::kReadWrite);
    ASSERT_TRUE(writer.ok()) << writer.status().ToString();
    writer->reset();
    EXPECT_TRUE(Store::Open(dir, OpenMode::kReadOnly).ok());
  }
  // Cut before RocksDB wrote CURRENT: only its own files are there.
  const std::string early = store_dir() + "-early";
  std::filesystem::create_directories(early);
  for (const char* name : {"LOCK", "LOG", "000000.dbtmp"}) WriteFile(early + "/" + name, "");
  EXPECT_EQ(Store::Open(early, OpenMode::kReadOnly).status().code(), Status::Code::kNotFound);
  EXPECT_TRUE(Store::Open(early, OpenMode::kReadWrite).ok());
  // All column families, no schema version: the same.
  const std::string dir = store_dir() + "-all";
  ASSERT_TRUE(Store::Open(dir, OpenMode::kReadWrite).ok());
  {
    std::vector<std::string> names;
    ASSERT_TRUE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir, &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    for (const auto& n : names) cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(rocksdb::DBOptions(), dir, cfs, &handles, &db).ok());
    for (size_t k = 0; k < names.size(); ++k) {
      if (names[k] == "meta") {
        ASSERT_TRUE(db->Delete(rocksdb::WriteOptions(), handles[k], "schema_version").ok());
      }
      db->DestroyColumnFamilyHandle(handles[k]);
    }
    delete db;
  }
  Result<std::unique_ptr<Store>> reader = Store::Open(dir, OpenMode::kReadOnly);
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), Status::Code::kNotFound);
  ASSERT_TRUE(Store::Open(dir, OpenMode::kReadWrite).ok());
  EXPECT_TRUE(Store::Open(dir, OpenMode::kReadOnly).ok());
}

TEST_F(StoreOpenTest, SecondReadWriteOpenSaysStoreIsInUse) {
  std::unique_ptr<Store> writer = Open();
  ASSERT_NE(writer, nullptr);
  Result<std::unique_ptr<Store>> second = Store::Open(store_dir(), OpenMode::kReadWrite);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), Status::Code::kIOError);
  EXPECT_EQ(second.status().message(),
            "store at " + store_dir() +
                " is in use by another writer (one read-write open at a time; is an "
                "'actorgraph ingest' running?)");
  writer.reset();
  EXPECT_NE(Open(), nullptr);  // the lock goes with the writer
}

TEST_F(StoreOpenTest, ReadOnlyOpenBesideWriterSeesDataWrittenBeforeIt) {
  std::unique_ptr<Store> writer = Open();
  ASSERT_NE(writer, nullptr);
  DocumentFacts facts{"doc-1", {}, {}, {}};
  facts.actors.push_back(MakeActor("person:tove-brink", "Tove Brink", ActorType::kPerson,
                                   {"Tove Brink", "Brink"}, "doc-1", {{0, 10}}));
  ASSERT_TRUE(writer->Put(MakeDocument("doc-1", "Tove Brink spoke."), facts).ok());

  std::unique_ptr<Store> reader = Open(OpenMode::kReadOnly);
  ASSERT_NE(reader, nullptr);
  Result<std::optional<Document>> doc = reader->GetDocument("doc-1");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_TRUE(doc->has_value());
  EXPECT_EQ((*doc)->text, InventedText("Tove Brink spoke."));
  Result<std::vector<std::string>> found = reader->FindActors("brink");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(*found, std::vector<std::string>{"person:tove-brink"});

  // The writer carries on while the reader is open.
  ASSERT_TRUE(writer->Put(MakeDocument("doc-2", "Later."), {"doc-2", {}, {}, {}}).ok());
  EXPECT_TRUE(reader->GetDocument("doc-1").ok());

  Result<PutOutcome> put = reader->Put(MakeDocument("doc-3", "x"), {"doc-3", {}, {}, {}});
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().message(), "store at " + store_dir() + " is open read-only");
}

TEST_F(StoreOpenTest, WriterInAnotherProcessLocksOutWritersButNotReaders) {
  {
    std::unique_ptr<Store> store = Open();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->Put(MakeDocument("doc-1", "Text."), {"doc-1", {}, {}, {}}).ok());
  }
  int to_child[2];
  int to_parent[2];
  ASSERT_EQ(pipe(to_child), 0);
  ASSERT_EQ(pipe(to_parent), 0);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    // The child holds the store read-write until the parent is done.
    Result<std::unique_ptr<Store>> writer = Store::Open(store_dir(), OpenMode::kReadWrite);
    char c = writer.ok() ? 'y' : 'n';
    if (write(to_parent[1], &c, 1) != 1 || read(to_child[0], &c, 1) != 1) _exit(2);
    _exit(0);
  }
  char c = 0;
  ASSERT_EQ(read(to_parent[0], &c, 1), 1);
  EXPECT_EQ(c, 'y');

  Result<std::unique_ptr<Store>> second = Store::Open(store_dir(), OpenMode::kReadWrite);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().message(),
            "store at " + store_dir() +
                " is in use by another writer (one read-write open at a time; is an "
                "'actorgraph ingest' running?)");
  {
    std::unique_ptr<Store> reader = Open(OpenMode::kReadOnly);
    ASSERT_NE(reader, nullptr);
    EXPECT_TRUE(reader->GetDocument("doc-1")->has_value());
  }

  ASSERT_EQ(write(to_child[1], "x", 1), 1);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  for (int fd : {to_child[0], to_child[1], to_parent[0], to_parent[1]}) close(fd);
}

TEST_F(StoreOpenTest, ReadOnlyOpenWritesNothingToTheDirectory) {
  {
    std::unique_ptr<Store> writer = Open();
    ASSERT_NE(writer, nullptr);
    ASSERT_TRUE(writer->Put(MakeDocument("doc-1", "Text."), {"doc-1", {}, {}, {}}).ok());
  }
  const auto before = FileSizes(store_dir());
  {
    std::unique_ptr<Store> reader = Open(OpenMode::kReadOnly);
    ASSERT_NE(reader, nullptr);
    ASSERT_TRUE(reader->Snapshot(true).ok());
    ASSERT_TRUE(reader->Stats().ok());
  }
  EXPECT_EQ(FileSizes(store_dir()), before);
}

TEST_F(StoreOpenTest, AReaderSweepsTheDirectoriesOfKilledReadersOnly) {
  Open().reset();
  // Readers' private directories live in $TMPDIR: here, a directory of ours.
  const std::string tmpdir = tmp_.path() + "/tmpdir";
  fs::create_directory(tmpdir);
  struct TmpdirForThisTest {
    explicit TmpdirForThisTest(const std::string& dir) { setenv("TMPDIR", dir.c_str(), 1); }
    ~TmpdirForThisTest() { unsetenv("TMPDIR"); }
  } scoped(tmpdir);
  // A reader killed before it could clean up: its process is gone.
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) _exit(0);
  ASSERT_EQ(waitpid(child, nullptr, 0), child);
  const fs::path dead = fs::path(tmpdir) / ("actorgraph-reader-" + std::to_string(child) + "-Ab12Cd");
  const fs::path alive =
      fs::path(tmpdir) / ("actorgraph-reader-" + std::to_string(getppid()) + "-Ef34Gh");
  const fs::path other = fs::path(tmpdir) / "actorgraph-reader-notes";
  for (const fs::path& d : {dead, alive, other}) {
    fs::create_directory(d);
    std::ofstream(d / "LOG") << "left behind\n";
  }
  {
    std::unique_ptr<Store> reader = Open(OpenMode::kReadOnly);
    ASSERT_NE(reader, nullptr);
    // Its own directory, named after this process.
    size_t own = 0;
    for (const auto& e : fs::directory_iterator(tmpdir)) {
      own += e.path().filename().string().starts_with(
          "actorgraph-reader-" + std::to_string(getpid()) + "-");
    }
    EXPECT_EQ(own, 1u);
  }
  EXPECT_FALSE(fs::exists(dead));
  EXPECT_TRUE(fs::exists(alive)) << "a live process keeps its directory";
  EXPECT_TRUE(fs::exists(other)) << "not a reader's name: not ours to remove";
}

}  // namespace
}  // namespace actorgraph::testing
