// JsonWriter: appends compact JSON to a string as it is written.
//
// `actorgraph extract` writes one facts object per document; building an
// nlohmann tree for each and then serialising it took about an eighth of the
// command's time (bench/README.md), so hot output paths stream instead. The
// output is what nlohmann's dump() gives: no spaces, strings escaped per RFC
// 8259 with non-ASCII UTF-8 passed through, invalid UTF-8 replaced by U+FFFD,
// doubles in shortest round-trip form ("0.9", "1.0").
//
// The caller nests Begin/End calls correctly and calls Key() before each
// value inside an object; this is checked only by assert.
#ifndef ACTORGRAPH_CLI_JSON_WRITER_H_
#define ACTORGRAPH_CLI_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace actorgraph {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }

  // `key` is written as is: it must need no escaping (keys are literals).
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view s);
  JsonWriter& Null();
  JsonWriter& Bool(bool b);
  JsonWriter& Int(int64_t n);
  JsonWriter& Double(double d);

  // String(s), or null when s is empty.
  JsonWriter& StringOrNull(std::string_view s) { return s.empty() ? Null() : String(s); }

 private:
  JsonWriter& Open(char c);
  JsonWriter& Close(char c);
  void BeforeValue();

  std::string* out_;
  std::string has_items_;  // per open container: 1 once a value was written
  bool after_key_ = false;
};

// Appends `s` as a quoted, escaped JSON string.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_JSON_WRITER_H_
