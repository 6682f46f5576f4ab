// Text as it goes into Graphviz attribute values.
//
// cgraph quotes every value it writes and escapes '"', but nothing else, and
// Graphviz's lexer reads `\"` as a quote: a value ending in an odd run of
// backslashes ("a\") would swallow its closing quote. Labels and tooltips
// are escStrings (`\n`, `\N`, `\G`... are expanded) and labels decode HTML
// entities. These
// functions turn any byte string into a value that survives all of that and
// shows the original text.
#ifndef ACTORGRAPH_EXPORT_DOT_TEXT_H_
#define ACTORGRAPH_EXPORT_DOT_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace actorgraph {

// Valid UTF-8: each ill-formed sequence becomes U+FFFD; control characters
// other than '\n' become spaces ('\r' is dropped).
std::string SanitizeUtf8(std::string_view text);

// At most `max_bytes` bytes of `text`, cut at a code point boundary, with "…"
// appended when anything was cut. Expects valid UTF-8.
std::string TruncateUtf8(std::string_view text, size_t max_bytes);

// A value for an escString attribute (label, xlabel, tooltip): sanitized,
// backslashes doubled (so runs of them are even and shown as typed), newlines
// as `\n`. With
// `entities` set, '&' becomes "&amp;" too, as node and edge labels need.
std::string EscStringValue(std::string_view text, bool entities);

// True when `text` can be a DOT node name as is: valid UTF-8, no control
// characters and no backslash.
bool IsPlainDotId(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_DOT_TEXT_H_
