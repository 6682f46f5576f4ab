#include "cli/terminal_text.h"

#include <unicode/uchar.h>
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

size_t CodePointWidth(UChar32 c) {
  if (c < 0) return 1;
  if (c < 0x300) return 1;  // Latin: the common case, no table lookup
  switch (u_charType(c)) {
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
      return 0;
    default:
      break;
  }
  if (c >= 0x1160 && c <= 0x11FF) return 0;  // Hangul jungseong and jongseong
  switch (u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH)) {
    case U_EA_WIDE:
    case U_EA_FULLWIDTH:
      return 2;
    default:
      return 1;
  }
}

// Calls `f(start, end, width)` for each code point of `text` (each ill-formed
// byte alone), in order, while it returns true.
template <typename F>
void ForEachCodePoint(std::string_view text, F f) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (!f(static_cast<size_t>(start), static_cast<size_t>(i), CodePointWidth(c))) return;
  }
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  for (char c : text) {
    if (!IsPrintableAscii(c)) {
      width = 0;
      ForEachCodePoint(text, [&](size_t, size_t, size_t w) {
        width += w;
        return true;
      });
      return width;
    }
  }
  return text.size();
}

std::string FitToWidth(std::string_view text, size_t width) {
  if (DisplayWidth(text) <= width) return std::string(text);
  if (width == 0) return "";
  // The end of the longest prefix of at most width - 1 columns.
  size_t used = 0, end = 0;
  ForEachCodePoint(text, [&](size_t, size_t stop, size_t w) {
    if (used + w > width - 1) return false;
    used += w;
    end = stop;
    return true;
  });
  return std::string(text.substr(0, end)) + "\u2026";
}

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
