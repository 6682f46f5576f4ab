// Store::Open and closing: directory checks, RocksDB options, column
// families, the schema version. Reads live in store_read.cc, Put in
// store_put.cc.
#include "store/store.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstdarg>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/env.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include "model/dates.h"
#include "schemas/codec.h"
#include "store/store_internal.h"
#include "store/write_group.h"

namespace actorgraph {

namespace fs = std::filesystem;

namespace {

// A read-only open must not write to the directory, not even RocksDB's LOG.
class NullLogger : public rocksdb::Logger {
 public:
  using rocksdb::Logger::Logv;
  void Logv(const char* /*format*/, va_list /*ap*/) override {}
};

// A secondary open can race a writer that deletes a WAL or table file the
// reader has just listed; retry a few times before giving up.
constexpr int kReadOnlyOpenAttempts = 3;

constexpr std::string_view kReaderDirPrefix = "actorgraph-reader-";

// Removes the secondary-instance directories of readers that are gone
// (killed before they could remove their own): each is named after its
// process, "actorgraph-reader-<pid>-XXXXXX". A pid that is alive (or taken
// again by another process) keeps its directory.
void SweepStaleReaderDirs(const fs::path& base) {
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(base, ec)) {
    const std::string name = e.path().filename().string();
    if (!name.starts_with(kReaderDirPrefix)) continue;
    const std::string rest = name.substr(kReaderDirPrefix.size());
    const size_t dash = rest.find('-');
    if (dash == std::string::npos || dash == 0 ||
        rest.find_first_not_of("0123456789") != dash) {
      continue;
    }
    const long pid = std::strtol(rest.substr(0, dash).c_str(), nullptr, 10);
    if (pid <= 0 || (kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)) {
      std::error_code ignored;
      fs::remove_all(e.path(), ignored);
    }
  }
}

// A fresh private directory for a secondary instance's info log and
// manifest copy.
Result<std::string> MakeSecondaryDir() {
  std::error_code ec;
  fs::path base = fs::temp_directory_path(ec);
  if (ec) base = "/tmp";
  SweepStaleReaderDirs(base);
  std::string pattern =
      (base / (std::string(kReaderDirPrefix) + std::to_string(getpid()) + "-XXXXXX")).string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return Status::IOError("cannot create a temporary directory in " + base.string() + ": " +
                           std::strerror(errno));
  }
  return pattern;
}

rocksdb::DBOptions MakeDbOptions(bool read_only) {
  rocksdb::DBOptions options;
  options.create_if_missing = !read_only;
  options.create_missing_column_families = !read_only;
  options.max_background_jobs = 2;
  // Across all column families; the largest part of ingest's memory
  // (docs/store.md, "Write path").
  options.db_write_buffer_size = 128 << 20;
  options.keep_log_file_num = 4;
  // Bounds the WAL a later open (or a read-only open beside this writer)
  // must replay: past this, the oldest column families are flushed.
  options.max_total_wal_size = 64 << 20;
  if (read_only) {
    // Required of a secondary instance: every table file is opened up front,
    // so a writer's later compactions, which unlink files, cannot pull them
    // from under this reader.
    options.max_open_files = -1;
    options.info_log = std::make_shared<NullLogger>();
  }
  return options;
}

rocksdb::ColumnFamilyOptions MakeCfOptions(const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions options;
  options.compression = rocksdb::kNoCompression;
  for (rocksdb::CompressionType type : rocksdb::GetSupportedCompressions()) {
    if (type == rocksdb::kLZ4Compression) options.compression = type;
  }
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return options;
}

std::string NoStoreMessage(const std::string& dir) {
  return "no actorgraph store at " + dir + " (run 'actorgraph ingest' first)";
}

// True when every entry of `dir` is a file RocksDB writes while it creates a
// database (LOCK, LOG, IDENTITY, a manifest, its temporary, a WAL): a store
// whose creation was cut short before RocksDB wrote CURRENT.
bool OnlyRocksDbFiles(const std::string& dir) {
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    const bool rocks = name == "LOCK" || name == "IDENTITY" || name.starts_with("LOG") ||
                       name.starts_with("MANIFEST-") || name.starts_with("OPTIONS-") ||
                       name.ends_with(".dbtmp") || name.ends_with(".log");
    if (!rocks || !e.is_regular_file(ec)) return false;
  }
  return !ec;
}

// True when the RocksDB database in `dir`, whose column families are `cfs`,
// holds only empty column families of ours: a store whose creation was cut
// short (RocksDB writes the database, then each column family, then Open
// records the schema version; a kill -9 can fall between any two). A
// read-write open finishes creating it; to a reader it is no store yet.
bool IsUnfinishedStore(const std::string& dir, const std::vector<std::string>& cfs) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : cfs) {
    if (std::find(std::begin(keys::kColumnFamilyNames), std::end(keys::kColumnFamilyNames),
                  name) == std::end(keys::kColumnFamilyNames)) {
      return false;
    }
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  rocksdb::DBOptions options;
  options.info_log = std::make_shared<NullLogger>();
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  if (!rocksdb::DB::OpenForReadOnly(options, dir, descriptors, &handles, &raw).ok()) {
    return false;
  }
  std::unique_ptr<rocksdb::DB> db(raw);
  bool empty = true;
  for (rocksdb::ColumnFamilyHandle* h : handles) {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), h));
    it->SeekToFirst();
    empty = empty && !it->Valid() && it->status().ok();
    db->DestroyColumnFamilyHandle(h);
  }
  return empty;
}

}  // namespace

std::string DescribeKey(keys::Cf cf, std::string_view key) {
  std::string out(keys::kColumnFamilyNames[cf]);
  out += '/';
  for (unsigned char c : key) {
    if (c == 0) {
      out += "\\0";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

Result<std::optional<std::string>> ReadValue(rocksdb::DB& db,
                                             const rocksdb::ReadOptions& options,
                                             rocksdb::ColumnFamilyHandle* handle,
                                             keys::Cf cf, std::string_view key,
                                             std::string_view dir) {
  std::string value;
  rocksdb::Status s = db.Get(options, handle, rocksdb::Slice(key.data(), key.size()), &value);
  if (s.IsNotFound()) return std::optional<std::string>();
  if (!s.ok()) return FromRocksDb(s, "reading " + DescribeKey(cf, key), dir);
  return std::optional<std::string>(std::move(value));
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& dir, OpenMode mode) {
  const bool read_only = mode == OpenMode::kReadOnly;
  if (dir.empty()) return Status::InvalidArgument("no store directory given");

  // Classify the directory before RocksDB sees it: RocksDB would create a
  // missing directory even for a read-only open.
  std::error_code ec;
  const fs::file_status st = fs::status(dir, ec);
  const bool exists = fs::exists(st);
  if (exists && !fs::is_directory(st)) {
    return Status::InvalidArgument(dir + " is not a directory, so cannot hold a store");
  }
  const bool has_db = exists && fs::exists(fs::path(dir) / "CURRENT", ec);
  if (read_only && !has_db) return Status::NotFound(NoStoreMessage(dir));
  if (!read_only && exists && !has_db && !fs::is_empty(dir, ec) && !OnlyRocksDbFiles(dir)) {
    return Status::InvalidArgument(dir +
                                   " is a non-empty directory without an actorgraph "
                                   "store; refusing to create one there");
  }
  if (!read_only && !exists) {
    fs::create_directories(dir, ec);
    if (ec) return Status::IOError("cannot create " + dir + ": " + ec.message());
  }

  rocksdb::DBOptions db_options = MakeDbOptions(read_only);
  std::vector<std::string> existing;
  if (has_db) {
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(db_options, dir, &existing);
    if (!s.ok()) return FromRocksDb(s, "opening store at " + dir, dir);
    auto has = [&](std::string_view name) {
      return std::find(existing.begin(), existing.end(), name) != existing.end();
    };
    std::string_view missing;
    for (std::string_view name : keys::kColumnFamilyNames) {
      if (!has(name) && missing.empty()) missing = name;
    }
    if (!missing.empty()) {
      if (IsUnfinishedStore(dir, existing)) {
        if (read_only) return Status::NotFound(NoStoreMessage(dir));
      } else if (!has(keys::kColumnFamilyNames[keys::kMeta])) {
        return Status::InvalidArgument(dir +
                                       " holds a RocksDB database that is not an "
                                       "actorgraph store");
      } else if (read_only && (missing == keys::kColumnFamilyNames[keys::kEdges] ||
                               missing == keys::kColumnFamilyNames[keys::kCanon] ||
                               missing == keys::kColumnFamilyNames[keys::kMerges] ||
                               missing == keys::kColumnFamilyNames[keys::kClaims] ||
                               missing == keys::kColumnFamilyNames[keys::kEdgeClaims])) {
        // Schema version 1 had no edges, 3 and older no canon or merges, 4
        // and older no claims (store/keys.h).
        return Status::InvalidArgument(
            "store at " + dir + " was written by an earlier actorgraph (schema version " +
            (missing == keys::kColumnFamilyNames[keys::kEdges]   ? "1"
             : missing == keys::kColumnFamilyNames[keys::kCanon] ||
                     missing == keys::kColumnFamilyNames[keys::kMerges]
                 ? "3 or older"
                 : "4 or older") +
            "); upgrade it once with 'actorgraph upgrade --db " + dir + "'");
      } else if (read_only) {
        return Status::Corruption("store at " + dir + " lacks column family " +
                                  std::string(missing));
      }
    }
  }

  const auto cache = rocksdb::NewLRUCache(64 << 20);
  const rocksdb::ColumnFamilyOptions cf_options = MakeCfOptions(cache);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  // The writer looks up every statement's words in `claims`, and most are
  // new: a bloom filter over the memtable's keys answers those without a
  // skip-list search (which took 13% of a Reuters ingest's time).
  rocksdb::ColumnFamilyOptions looked_up = cf_options;
  looked_up.memtable_whole_key_filtering = true;
  looked_up.memtable_prefix_bloom_size_ratio = 0.1;
  for (std::string_view name : keys::kColumnFamilyNames) {
    const bool lookups = name == keys::kColumnFamilyNames[keys::kClaims] ||
                         name == keys::kColumnFamilyNames[keys::kEdgeClaims];
    descriptors.emplace_back(std::string(name), lookups ? looked_up : cf_options);
  }
  if (!read_only) {
    for (const std::string& name : existing) {
      if (std::find(std::begin(keys::kColumnFamilyNames),
                    std::end(keys::kColumnFamilyNames), name) ==
          std::end(keys::kColumnFamilyNames)) {
        descriptors.emplace_back(name, cf_options);
      }
    }
  }

  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  std::string secondary_dir;
  if (read_only) {
    Result<std::string> made = MakeSecondaryDir();
    if (!made.ok()) return made.status();
    secondary_dir = *made;
    for (int attempt = 0; attempt < kReadOnlyOpenAttempts; ++attempt) {
      s = rocksdb::DB::OpenAsSecondary(db_options, dir, secondary_dir, descriptors, &handles,
                                       &raw);
      if (s.ok() || s.IsInvalidArgument() || s.IsNotSupported()) break;
    }
    if (!s.ok()) fs::remove_all(secondary_dir, ec);
  } else {
    s = rocksdb::DB::Open(db_options, dir, descriptors, &handles, &raw);
  }
  if (!s.ok()) return FromRocksDb(s, "opening store at " + dir, dir);

  std::unique_ptr<Store> store(new Store());
  store->db_.reset(raw);
  store->cf_ = std::make_unique<Handles>();
  for (size_t i = 0; i < handles.size(); ++i) {
    if (i < keys::kNumColumnFamilies) {
      store->cf_->cf[i] = handles[i];
    } else {
      store->cf_->unknown.push_back(handles[i]);
    }
  }
  store->read_only_ = read_only;
  store->dir_ = dir;
  store->secondary_dir_ = std::move(secondary_dir);

  Result<std::optional<std::string>> version =
      ReadValue(*raw, rocksdb::ReadOptions(), store->cf_->cf[keys::kMeta], keys::kMeta,
                keys::kSchemaVersionKey, dir);
  if (!version.ok()) return version.status();
  if (!version->has_value()) {
    // Only a store this build created (the meta family exists) gets here:
    // freshly created, or its creator stopped before recording the version,
    // and so before writing any document.
    if (read_only) return Status::NotFound(NoStoreMessage(dir));
    // A new store: its (no) documents follow the rules of this build.
    if (Status r = store->RecordCanonicalRules(); !r.ok()) return r;
    s = raw->Put(rocksdb::WriteOptions(), store->cf_->cf[keys::kMeta],
                 std::string(keys::kSchemaVersionKey),
                 keys::EncodeBigEndian32(keys::kStoreSchemaVersion));
    if (!s.ok()) return FromRocksDb(s, "recording schema version in " + dir, dir);
    store->schema_version_ = keys::kStoreSchemaVersion;
  } else {
    std::optional<uint32_t> v = keys::DecodeBigEndian32(**version);
    if (!v) {
      return Status::Corruption("bad value at " +
                                DescribeKey(keys::kMeta, keys::kSchemaVersionKey));
    }
    if (*v > keys::kStoreSchemaVersion) {
      return Status::InvalidArgument(
          "store at " + dir + " has schema version " + std::to_string(*v) +
          ", newer than this build reads (" + std::to_string(keys::kStoreSchemaVersion) +
          "); upgrade actorgraph");
    }
    store->schema_version_ = *v;
    if (*v < keys::kStoreSchemaVersion) {
      if (read_only) {
        return Status::InvalidArgument(
            "store at " + dir + " has schema version " + std::to_string(*v) +
            ", written by an earlier actorgraph; upgrade it once with 'actorgraph upgrade --db " +
            dir + "'");
      }
      if (Status u = store->Upgrade(); !u.ok()) return u;
    }
  }
  Result<std::optional<std::string>> rules =
      ReadValue(*raw, rocksdb::ReadOptions(), store->cf_->cf[keys::kMeta], keys::kMeta,
                keys::kAliasRulesKey, dir);
  if (!rules.ok()) return rules.status();
  if (rules->has_value()) {
    Result<AliasRules> parsed =
        AliasRules::Parse(**rules, DescribeKey(keys::kMeta, keys::kAliasRulesKey));
    if (!parsed.ok()) return Status::Corruption(parsed.status().message());
    store->alias_rules_ = std::move(parsed).value();
  }
  return store;
}

Status Store::SetAliasRules(AliasRules rules) {
  if (read_only_) return Status::InvalidArgument("store at " + dir_ + " is open read-only");
  std::lock_guard<std::mutex> lock(put_mutex_);
  rocksdb::ColumnFamilyHandle* meta = (*cf_)[keys::kMeta];
  const std::string key(keys::kAliasRulesKey);
  rocksdb::Status s = rules.empty() ? db_->Delete(rocksdb::WriteOptions(), meta, key)
                                    : db_->Put(rocksdb::WriteOptions(), meta, key, rules.text);
  if (!s.ok()) return FromRocksDb(s, "recording alias rules in " + dir_, dir_);
  alias_rules_ = std::move(rules);
  return Status::Ok();
}

namespace {

std::string CanonicalRulesValue(const AliasRules& rules) {
  const uint64_t h = ContentHash(rules.empty() ? std::string_view() : rules.text) ^
                     (uint64_t{kCanonicalRulesVersion} * 0x9e3779b97f4a7c15ULL);
  return keys::EncodeBigEndian32(static_cast<uint32_t>(h >> 32)) +
         keys::EncodeBigEndian32(static_cast<uint32_t>(h));
}

}  // namespace

Result<bool> Store::CanonicalRulesChanged() const {
  Result<std::optional<std::string>> stored =
      ReadValue(*db_, rocksdb::ReadOptions(), (*cf_)[keys::kMeta], keys::kMeta,
                keys::kCanonicalRulesKey, dir_);
  if (!stored.ok()) return stored.status();
  return !stored->has_value() || **stored != CanonicalRulesValue(alias_rules_);
}

Status Store::RecordCanonicalRules() {
  rocksdb::Status s = db_->Put(rocksdb::WriteOptions(), (*cf_)[keys::kMeta],
                               std::string(keys::kCanonicalRulesKey),
                               CanonicalRulesValue(alias_rules_));
  if (!s.ok()) return FromRocksDb(s, "recording canonical rules in " + dir_, dir_);
  return Status::Ok();
}

Status Store::Upgrade() {
  // From version 1: quote keys gain their document's date, and the edges
  // are summed. From version 2: dates are read into their normalised form
  // (model/dates.h), which quote keys then sort by. From version 4: every
  // statement gets its claim (store/claims.h), and edges count claims.
  // Quotes, relations, edges and claims are derived from the facts blobs,
  // so they are derived again, documents in key order (the first of near
  // copies names their claim); the version is recorded last, so an upgrade
  // cut short is done again from the start by the next read-write open (a
  // document already dated is left as it is). The range tombstones cover
  // every key: ids and dates are UTF-8, which never holds byte 0xff, and
  // claim keys start with a letter.
  const rocksdb::Slice all_from(""), all_to("\xff");
  for (keys::Cf cf : {keys::kQuotes, keys::kEdges, keys::kClaims, keys::kEdgeClaims}) {
    rocksdb::Status s = db_->DeleteRange(rocksdb::WriteOptions(), (*cf_)[cf], all_from, all_to);
    if (!s.ok()) return FromRocksDb(s, "upgrading store at " + dir_, dir_);
  }
  rocksdb::WriteBatch batch;
  auto flush = [&]() -> Status {
    if (batch.Count() == 0) return Status::Ok();
    rocksdb::Status s = db_->Write(rocksdb::WriteOptions(), &batch);
    batch.Clear();
    if (!s.ok()) return FromRocksDb(s, "upgrading store at " + dir_, dir_);
    return Status::Ok();
  };
  // From version 3: the canon family indexes the actor records.
  {
    rocksdb::Status d =
        db_->DeleteRange(rocksdb::WriteOptions(), (*cf_)[keys::kCanon], all_from, all_to);
    if (!d.ok()) return FromRocksDb(d, "upgrading store at " + dir_, dir_);
    std::map<std::string, std::vector<keys::CanonEntry>> canon;
    std::unique_ptr<rocksdb::Iterator> it(
        db_->NewIterator(rocksdb::ReadOptions(), (*cf_)[keys::kActors]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      Result<Actor> actor = NameKeyOnFailure(DecodeActor(it->value().ToStringView()),
                                             keys::kActors, it->key().ToStringView());
      if (!actor.ok()) return actor.status();
      for (auto& [key, kind] : CanonKeys(*actor)) {
        canon[key].push_back({actor->id, kind});
      }
    }
    if (!it->status().ok()) return FromRocksDb(it->status(), "upgrading store at " + dir_, dir_);
    for (const auto& [key, entries] : canon) {
      batch.Put((*cf_)[keys::kCanon], key, keys::EncodeCanonEntries(entries));
      if (batch.GetDataSize() >= (16 << 20)) {
        if (Status f = flush(); !f.ok()) return f;
      }
    }
    if (Status f = flush(); !f.ok()) return f;
  }
  // The write path derives the rest, as it would for a new document.
  Status s;
  {
    WriteGroup group(*this);
    s = ForEachDocument([&](Document doc, DocumentFacts facts) -> Status {
      // Version 2 and older kept the date as written, with no origin. No
      // earlier document is the context of a year-less dateline here: key
      // order is not the order the documents came in.
      bool dated = false;
      if (doc.date_origin == DateOrigin::kNone && doc.date_written.empty()) {
        const std::string written = doc.date;
        DocumentDater().Date(doc, written);
        dated = doc.date != written || !doc.date_written.empty();
      }
      Result<PreparedDocument> prepared = PrepareDocument(std::move(doc), std::move(facts));
      if (!prepared.ok()) return prepared.status();
      if (Status r = group.Rederive(std::move(prepared).value(), dated); !r.ok()) return r;
      return group.bytes() < (8 << 20) && group.documents() < 256 ? Status::Ok() : group.Commit();
    });
    if (s.ok()) s = group.Commit();
  }
  if (!s.ok()) return s;
  rocksdb::Status put = db_->Put(rocksdb::WriteOptions(), (*cf_)[keys::kMeta],
                                 std::string(keys::kSchemaVersionKey),
                                 keys::EncodeBigEndian32(keys::kStoreSchemaVersion));
  if (!put.ok()) return FromRocksDb(put, "recording schema version in " + dir_, dir_);
  upgraded_from_ = schema_version_;
  schema_version_ = keys::kStoreSchemaVersion;
  return Status::Ok();
}

Result<bool> Store::CatchUp() {
  if (!read_only_) return Status::InvalidArgument("store at " + dir_ + " is open read-write");
  const rocksdb::SequenceNumber before = db_->GetLatestSequenceNumber();
  rocksdb::Status s = db_->TryCatchUpWithPrimary();
  if (!s.ok()) return FromRocksDb(s, "catching up with the writer", dir_);
  return db_->GetLatestSequenceNumber() != before;
}

Store::~Store() {
  if (db_ == nullptr) return;
  if (cf_ != nullptr) {
    // Flush so the next open need not replay the WAL. Best effort: the WAL
    // still holds everything if this fails.
    if (!read_only_) {
      std::vector<rocksdb::ColumnFamilyHandle*> all;
      for (rocksdb::ColumnFamilyHandle* h : cf_->cf) {
        if (h != nullptr) all.push_back(h);
      }
      db_->Flush(rocksdb::FlushOptions(), all).PermitUncheckedError();
    }
    for (rocksdb::ColumnFamilyHandle* h : cf_->cf) {
      if (h != nullptr) db_->DestroyColumnFamilyHandle(h);
    }
    for (rocksdb::ColumnFamilyHandle* h : cf_->unknown) db_->DestroyColumnFamilyHandle(h);
  }
  db_->Close().PermitUncheckedError();
  db_.reset();
  if (!secondary_dir_.empty()) {
    std::error_code ec;
    fs::remove_all(secondary_dir_, ec);
  }
}

}  // namespace actorgraph
