// Shared by the store's .cc files only: the column family handles and the
// read helpers every reader uses.
#ifndef ACTORGRAPH_STORE_STORE_INTERNAL_H_
#define ACTORGRAPH_STORE_STORE_INTERNAL_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rocksdb/db.h>

#include "model/status.h"
#include "store/keys.h"
#include "store/rocks_status.h"
#include "store/store.h"

namespace actorgraph {

// Handles owned by Store::db_; ~Store destroys them before closing the DB.
// Free helpers take a ColumnFamilies&; Store::Handles is private to Store.
struct ColumnFamilies {
  std::array<rocksdb::ColumnFamilyHandle*, keys::kNumColumnFamilies> cf{};
  // Column families found in the directory that this build does not know;
  // RocksDB requires a read-write open to open them all.
  std::vector<rocksdb::ColumnFamilyHandle*> unknown;

  rocksdb::ColumnFamilyHandle* operator[](keys::Cf c) const { return cf[c]; }
};
struct Store::Handles : ColumnFamilies {};

// "documents/doc\0x" with '\0' and other unprintable bytes escaped, for
// error messages.
std::string DescribeKey(keys::Cf cf, std::string_view key);

// The value at `key`, nullopt when absent.
Result<std::optional<std::string>> ReadValue(rocksdb::DB& db,
                                             const rocksdb::ReadOptions& options,
                                             rocksdb::ColumnFamilyHandle* handle,
                                             keys::Cf cf, std::string_view key,
                                             std::string_view dir);

// Turns a decoder's failure into Corruption naming the key.
template <typename T>
Result<T> NameKeyOnFailure(Result<T> decoded, keys::Cf cf, std::string_view key) {
  if (decoded.ok()) return decoded;
  return Status::Corruption("bad value at " + DescribeKey(cf, key) + ": " +
                            decoded.status().message());
}

// Holds a consistent view of the DB for the duration of a multi-CF read.
// A secondary instance (read-only open) takes none: RocksDB refuses
// snapshots there, and its view only moves on TryCatchUpWithPrimary(),
// which the store never calls after opening.
class ScopedSnapshot {
 public:
  ScopedSnapshot(rocksdb::DB& db, bool secondary)
      : db_(db), snapshot_(secondary ? nullptr : db.GetSnapshot()) {
    options_.snapshot = snapshot_;
  }
  ~ScopedSnapshot() {
    if (snapshot_ != nullptr) db_.ReleaseSnapshot(snapshot_);
  }
  ScopedSnapshot(const ScopedSnapshot&) = delete;
  ScopedSnapshot& operator=(const ScopedSnapshot&) = delete;

  const rocksdb::ReadOptions& options() const { return options_; }

 private:
  rocksdb::DB& db_;
  const rocksdb::Snapshot* snapshot_;
  rocksdb::ReadOptions options_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_STORE_STORE_INTERNAL_H_
