#include "store/rocks_status.h"

#include <string>

namespace actorgraph {

namespace {

// RocksDB reports a held LOCK file as an IOError naming ".../LOCK": "While
// lock file: DIR/LOCK: Resource temporarily unavailable" from another
// process, "lock hold by current process ... DIR/LOCK" from this one.
bool IsLockError(const rocksdb::Status& s) {
  return s.IsIOError() && s.ToString().find("/LOCK") != std::string::npos;
}

}  // namespace

Status FromRocksDb(const rocksdb::Status& s, std::string_view what,
                   std::string_view dir) {
  if (s.ok()) return Status::Ok();
  if (IsLockError(s)) {
    return Status::IOError("store at " + std::string(dir) +
                           " is in use by another writer (one read-write open at a "
                           "time; is an 'actorgraph ingest' running?)");
  }
  std::string msg = std::string(what) + ": " + s.ToString();
  if (s.IsNotFound() || s.IsPathNotFound()) return Status::NotFound(std::move(msg));
  if (s.IsCorruption()) return Status::Corruption(std::move(msg));
  if (s.IsInvalidArgument() || s.IsNotSupported()) {
    return Status::InvalidArgument(std::move(msg));
  }
  return Status::IOError(std::move(msg));
}

}  // namespace actorgraph
