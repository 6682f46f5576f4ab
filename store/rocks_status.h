// The one place where rocksdb::Status becomes actorgraph's Status.
#ifndef ACTORGRAPH_STORE_ROCKS_STATUS_H_
#define ACTORGRAPH_STORE_ROCKS_STATUS_H_

#include <string_view>

#include <rocksdb/status.h>

#include "model/status.h"

namespace actorgraph {

// Translates `s`; `what` says what was being done ("opening store at /x",
// "reading documents/doc-1") and prefixes the message. RocksDB's lock error
// (another read-write open of the same directory, in this process or
// another) becomes IOError("store at DIR is in use by another writer ...")
// where `dir` names DIR.
Status FromRocksDb(const rocksdb::Status& s, std::string_view what,
                   std::string_view dir);

}  // namespace actorgraph

#endif  // ACTORGRAPH_STORE_ROCKS_STATUS_H_
