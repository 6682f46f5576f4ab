#include "cli/json_writer.h"

#include <unicode/utf8.h>

#include <cassert>
#include <charconv>
#include <cmath>

namespace actorgraph {

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    // Copy the longest run that needs no escaping in one append.
    int32_t run = i;
    while (run < length && bytes[run] >= 0x20 && bytes[run] < 0x80 && bytes[run] != '"' &&
           bytes[run] != '\\') {
      ++run;
    }
    out->append(s.data() + i, run - i);
    i = run;
    if (i == length) break;
    uint8_t c = bytes[i];
    if (c >= 0x80) {
      int32_t start = i;
      UChar32 cp = 0;
      U8_NEXT(bytes, i, length, cp);
      if (cp < 0) {
        out->append("\xEF\xBF\xBD");  // U+FFFD
      } else {
        out->append(s.data() + start, i - start);
      }
      continue;
    }
    ++i;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 0xf]);
    }
  }
  out->push_back('"');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_items_.empty()) {
    if (has_items_.back()) out_->push_back(',');
    has_items_.back() = 1;
  }
}

JsonWriter& JsonWriter::Open(char c) {
  BeforeValue();
  out_->push_back(c);
  has_items_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::Close(char c) {
  assert(!has_items_.empty() && !after_key_);
  has_items_.pop_back();
  out_->push_back(c);
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  assert(key.find_first_of("\"\\") == std::string_view::npos);
  BeforeValue();
  out_->push_back('"');
  out_->append(key);
  out_->append("\":");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view s) {
  BeforeValue();
  AppendJsonString(s, out_);
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
  return *this;
}

JsonWriter& JsonWriter::Bool(bool b) {
  BeforeValue();
  out_->append(b ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::Int(int64_t n) {
  BeforeValue();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out_->append(buf, r.ptr);
  return *this;
}

JsonWriter& JsonWriter::Double(double d) {
  if (!std::isfinite(d)) return Null();  // as nlohmann does
  BeforeValue();
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  std::string_view digits(buf, r.ptr - buf);
  out_->append(digits);
  if (digits.find_first_of(".e") == std::string_view::npos) out_->append(".0");
  return *this;
}

}  // namespace actorgraph
