// Runs the real newsindex and newsquery binaries from tests, as a user would.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace newsindex::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs program with args; env entries are added to (or, with an empty value, removed from) the
// environment. Never goes through a shell, so arguments need no quoting.
CommandResult run_command(const std::filesystem::path& program,
                          const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env = {});

// Like run_command, but sends `signal` to the program as soon as `ready()` is true (polled every
// 10 ms, for at most a minute), if the program is still running then.
CommandResult run_command_and_signal(const std::filesystem::path& program,
                                     const std::vector<std::string>& args,
                                     const std::map<std::string, std::string>& env,
                                     const std::function<bool()>& ready, int signal);

// A fresh empty folder under the system temp dir, removed when the object dies.
class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::filesystem::path operator/(const std::string& name) const {
    return path_ / name;
  }

 private:
  std::filesystem::path path_;
};

void write_file(const std::filesystem::path& path, const std::string& contents);

}  // namespace newsindex::testing
