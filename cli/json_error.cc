#include "cli/json_error.h"

#include <cstdint>
#include <cstdio>

#include "store/validate.h"

namespace actorgraph {

namespace {

std::string At(size_t offset) { return " at byte " + std::to_string(offset); }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The value of the \uXXXX escape at `i` (line[i] == '\\'), or -1.
int32_t UnicodeEscape(std::string_view line, size_t i) {
  if (i + 6 > line.size() || line[i + 1] != 'u') return -1;
  int32_t value = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    int h = HexValue(line[k]);
    if (h < 0) return -1;
    value = value * 16 + h;
  }
  return value;
}

bool IsHigh(int32_t u) { return u >= 0xD800 && u <= 0xDBFF; }
bool IsLow(int32_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

// The first problem inside a string literal of `line`, or "".
std::string StringProblem(std::string_view line) {
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (!in_string) {
      if (c == '"') in_string = true;
      continue;
    }
    if (c == '"') {
      in_string = false;
    } else if (c < 0x20) {
      char code[8];
      std::snprintf(code, sizeof code, "U+%04X", c);
      return std::string("a control character (") + code + ") inside a string" + At(i) +
             "; write it as an escape such as \\n";
    } else if (c == '\\') {
      const char e = i + 1 < line.size() ? line[i + 1] : '\0';
      if (e == 'u') {
        const int32_t u = UnicodeEscape(line, i);
        if (u < 0) return "a \\u escape without four hex digits" + At(i);
        if (IsLow(u) || (IsHigh(u) && !IsLow(UnicodeEscape(line, i + 6)))) {
          return "a lone UTF-16 surrogate \\" + std::string(line.substr(i + 1, 5)) + At(i) +
                 " (a high surrogate must be followed by a low one)";
        }
        i += IsHigh(u) ? 11 : 5;
      } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                 e == 'r' || e == 't') {
        ++i;
      } else {
        return "an unknown escape \\" + std::string(1, e) + At(i);
      }
    }
  }
  return "";
}

}  // namespace

std::string DescribeJsonError(std::string_view line, simdjson::error_code error) {
  if (line.starts_with("\xEF\xBB\xBF")) {
    return "a byte order mark (U+FEFF) before the object (allowed only at the start of a file)";
  }
  if (error == simdjson::UTF8_ERROR) {
    if (Status s = ValidateText(line); !s.ok()) return s.message();
  }
  if (error == simdjson::STRING_ERROR || error == simdjson::UNESCAPED_CHARS) {
    if (std::string problem = StringProblem(line); !problem.empty()) return problem;
  }
  if (error == simdjson::TAPE_ERROR) {
    return "not one complete JSON value (a missing or extra comma, brace, bracket or quote, or "
           "more than one object on the line)";
  }
  return simdjson::error_message(error);
}

}  // namespace actorgraph
