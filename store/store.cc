// Placeholder until the store lands.
#include "store/store.h"

#include <rocksdb/db.h>

namespace actorgraph {
struct Store::Handles {};
Store::~Store() = default;
Result<std::unique_ptr<Store>> Store::Open(const std::string&, OpenMode) {
  return Status::IOError("store not implemented");
}
}  // namespace actorgraph
