#include "cli/terminal_text.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace actorgraph {

namespace {

bool IsPrintableAscii(char c) { return c >= 0x20 && c < 0x7F; }

bool IsBidiControl(UChar32 c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// `c` is one of the replacement code points above, all valid.
void AppendUtf8(UChar32 c, std::string* out) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out->append(buf, n);
}

}  // namespace

std::string SafeForTerminal(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), IsPrintableAscii)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 || (c >= 0x80 && c <= 0x9F) || IsBidiControl(c)) {
      AppendUtf8(0xFFFD, &out);
    } else if (c < 0x20) {
      AppendUtf8(0x2400 + c, &out);
    } else if (c == 0x7F) {
      AppendUtf8(0x2421, &out);
    } else {
      out.append(text.data() + start, i - start);
    }
  }
  return out;
}

}  // namespace actorgraph
