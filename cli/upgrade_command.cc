// actorgraph upgrade: brings a store written by an earlier actorgraph to the
// layout this build reads (store/keys.h, kStoreSchemaVersion). Any read-write
// open (ingest, import, merge) upgrades too; read-only commands refuse an
// older store and name this command.
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "cli/commands.h"
#include "cli/common.h"

namespace actorgraph {

int RunUpgrade(int argc, char** argv) {
  CLI::App app{"Upgrade a store written by an earlier actorgraph to this build's layout (it "
               "derives the new indexes from the stored facts; nothing is extracted again).",
               "upgrade"};
  std::string db = kDefaultDb;
  app.add_option("--db", db, "store directory")->capture_default_str();
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  // Never create a store here: a mistyped path is an error.
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::path(db) / "CURRENT", ec)) {
    return Fail(Status::NotFound("no actorgraph store at " + db));
  }
  auto store = Store::Open(db, OpenMode::kReadWrite);
  if (!store.ok()) return Fail(store.status());
  if ((*store)->upgraded_from() != 0) {
    std::printf("upgraded %s from schema version %u to %u\n", db.c_str(),
                (*store)->upgraded_from(), (*store)->schema_version());
  } else {
    std::printf("%s is at schema version %u already\n", db.c_str(), (*store)->schema_version());
  }
  return kExitOk;
}

}  // namespace actorgraph
