// Whole-file reads and all-or-nothing writes for the exporters.
#ifndef ACTORGRAPH_EXPORT_FILE_IO_H_
#define ACTORGRAPH_EXPORT_FILE_IO_H_

#include <string>
#include <string_view>

#include "model/status.h"

namespace actorgraph {

// Writes `bytes` to `path` + ".tmp", flushes it to disk and renames it over
// `path`: readers see the old file or the whole new one, and a failure leaves
// neither a half-written `path` nor the temporary. Errors are IOError
// "cannot write <path>: <reason>".
Status WriteFileAtomically(const std::string& path, std::string_view bytes);

// The whole file. NotFound "no such file: <path>" when it does not exist,
// IOError "cannot read <path>: <reason>" otherwise.
Result<std::string> ReadWholeFile(const std::string& path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_FILE_IO_H_
