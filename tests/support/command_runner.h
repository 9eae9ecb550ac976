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

// A program left running while the test talks to it (a server): started at construction, its
// output captured, stopped by stop() or at destruction.
class BackgroundCommand {
 public:
  BackgroundCommand(const std::filesystem::path& program, const std::vector<std::string>& args,
                    const std::map<std::string, std::string>& env = {});
  ~BackgroundCommand();
  BackgroundCommand(const BackgroundCommand&) = delete;
  BackgroundCommand& operator=(const BackgroundCommand&) = delete;

  // The program's standard output once it holds `text` (polled for at most `seconds`), or what
  // it holds by then; also returns early if the program has exited.
  [[nodiscard]] std::string wait_for_output(const std::string& text, int seconds = 30);
  // Sends `signal`, waits for the program to end and returns what it did.
  CommandResult stop(int signal);

 private:
  std::filesystem::path capture_;
  int child_ = -1;
  bool running_ = false;
};

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
