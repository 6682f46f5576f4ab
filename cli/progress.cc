#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace actorgraph {

Progress::Progress(uint64_t total_bytes)
    : enabled_(isatty(STDERR_FILENO) == 1),
      total_bytes_(total_bytes),
      start_(Clock::now()),
      last_draw_(start_) {}

double Progress::Seconds() const {
  return std::chrono::duration<double>(Clock::now() - start_).count();
}

void Progress::Update(uint64_t documents, uint64_t bytes) {
  if (!enabled_) return;
  auto now = Clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  double mb = bytes / 1e6;
  double rate = secs > 0 ? mb / secs : 0;
  std::fprintf(stderr, "\r\033[K%llu documents  %.1f", static_cast<unsigned long long>(documents),
               mb);
  if (total_bytes_ > 0) std::fprintf(stderr, "/%.1f", total_bytes_ / 1e6);
  std::fprintf(stderr, " MB  %.1f MB/s", rate);
  if (total_bytes_ > bytes && rate > 0) {
    std::fprintf(stderr, "  ETA %.0fs", (total_bytes_ - bytes) / 1e6 / rate);
  }
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Clear() {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
  drawn_ = false;
}

}  // namespace actorgraph
