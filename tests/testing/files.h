// File helpers shared by every test binary: a fresh temporary directory per
// test, and whole-file reads and writes.
#ifndef ACTORGRAPH_TESTS_TESTING_FILES_H_
#define ACTORGRAPH_TESTS_TESTING_FILES_H_

#include <string>
#include <string_view>

namespace actorgraph::testing {

// A directory under the system temp dir, removed with everything in it.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // The path of `name` inside the directory.
  std::string File(std::string_view name) const { return path_ + "/" + std::string(name); }
  std::string operator/(std::string_view name) const { return File(name); }

 private:
  std::string path_;
};

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, std::string_view content);

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_TESTING_FILES_H_
