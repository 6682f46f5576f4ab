// What is wrong with a JSONL line simdjson refused, in words a user can act
// on ("line 3: malformed JSON: a lone UTF-16 surrogate \ud800 at byte 21").
#ifndef ACTORGRAPH_CLI_JSON_ERROR_H_
#define ACTORGRAPH_CLI_JSON_ERROR_H_

#include <simdjson.h>

#include <string>
#include <string_view>

namespace actorgraph {

// `line` failed to parse with `error`. Locates the first bad string escape,
// control character, invalid UTF-8 or stray byte order mark when that is
// the cause, giving its byte offset in the line; otherwise describes the
// structural problem.
std::string DescribeJsonError(std::string_view line, simdjson::error_code error);

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_JSON_ERROR_H_
