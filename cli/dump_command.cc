// actorgraph dump: every entry of the store, one per line, in column family
// then key order, so two stores can be compared with diff: the same dump
// means the same content (the tests compare a threaded, a grouped and a
// --facts ingest with a plain one this way).
#include <xxhash.h>

#include <cstdio>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "cli/common.h"

namespace actorgraph {

namespace {

// Printable ASCII as is; '\', tab and every other byte as \xHH.
std::string Escaped(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (unsigned char c : bytes) {
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[5];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  return out;
}

}  // namespace

int RunDump(int argc, char** argv) {
  CLI::App app{"Print every entry of the store (column family, key, value size and hash), in "
               "order, for comparing stores.",
               "dump"};
  std::string db = kDefaultDb;
  bool values = false;
  app.add_option("--db", db, "store directory")->capture_default_str();
  app.add_flag("--values", values, "print each value (escaped) instead of its hash");
  if (auto code = ParseArgs(app, argc, argv)) return *code;

  auto store = OpenForReading(db);
  if (!store.ok()) return Fail(store.status());
  std::string line;
  Status s = (*store)->ForEachEntry(
      [&](std::string_view cf, std::string_view key, std::string_view value) {
        line.assign(cf);
        line += '\t';
        line += Escaped(key);
        line += '\t';
        if (values) {
          line += Escaped(value);
        } else {
          char buf[48];
          std::snprintf(buf, sizeof buf, "%zu\t%016llx", value.size(),
                        static_cast<unsigned long long>(XXH3_64bits(value.data(), value.size())));
          line += buf;
        }
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), stdout);
      });
  if (!s.ok()) return Fail(s);
  if (std::fflush(stdout) != 0) return Fail("cannot write to standard output");
  return kExitOk;
}

}  // namespace actorgraph
