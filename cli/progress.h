// A one-line progress display on stderr (documents, MB, MB/s, ETA), drawn
// only when stderr is a terminal and at most five times a second.
#ifndef ACTORGRAPH_CLI_PROGRESS_H_
#define ACTORGRAPH_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>

namespace actorgraph {

class Progress {
 public:
  // `total_bytes` may be 0 when unknown (stdin): no ETA is shown then.
  explicit Progress(uint64_t total_bytes);
  void Update(uint64_t documents, uint64_t bytes);
  // Clears the line (before the summary or an error message is printed).
  void Clear();
  double Seconds() const;

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool drawn_ = false;
  uint64_t total_bytes_;
  Clock::time_point start_;
  Clock::time_point last_draw_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_CLI_PROGRESS_H_
