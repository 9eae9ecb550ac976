#include "command_runner.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace newsindex::testing {
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

}  // namespace

namespace {

pid_t start(const fs::path& program, const std::vector<std::string>& args,
            const std::map<std::string, std::string>& env, const fs::path& out_path,
            const fs::path& err_path) {
  pid_t child = fork();
  if (child < 0) throw std::runtime_error("fork failed");
  if (child == 0) {
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int null = open("/dev/null", O_RDONLY);
    dup2(null, STDIN_FILENO);
    dup2(out, STDOUT_FILENO);
    dup2(err, STDERR_FILENO);
    for (const auto& [name, value] : env) {
      if (value.empty()) {
        unsetenv(name.c_str());
      } else {
        setenv(name.c_str(), value.c_str(), 1);
      }
    }
    std::vector<char*> argv;
    std::string program_name = program.string();
    argv.push_back(program_name.data());
    std::vector<std::string> copies = args;
    for (std::string& arg : copies) argv.push_back(arg.data());
    argv.push_back(nullptr);
    execv(program_name.c_str(), argv.data());
    _exit(127);
  }
  return child;
}

CommandResult finish(pid_t child, const fs::path& out_path, const fs::path& err_path) {
  int status = 0;
  waitpid(child, &status, 0);
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = slurp(out_path);
  result.err = slurp(err_path);
  return result;
}

}  // namespace

CommandResult run_command(const fs::path& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env) {
  TempFolder capture;
  pid_t child = start(program, args, env, capture / "stdout", capture / "stderr");
  return finish(child, capture / "stdout", capture / "stderr");
}

CommandResult run_command_and_signal(const fs::path& program, const std::vector<std::string>& args,
                                     const std::map<std::string, std::string>& env,
                                     const std::function<bool()>& ready, int signal) {
  TempFolder capture;
  pid_t child = start(program, args, env, capture / "stdout", capture / "stderr");
  for (int polls = 0; polls < 6000 && !ready(); ++polls) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  kill(child, signal);
  return finish(child, capture / "stdout", capture / "stderr");
}

BackgroundCommand::BackgroundCommand(const fs::path& program, const std::vector<std::string>& args,
                                     const std::map<std::string, std::string>& env) {
  TempFolder folder;
  capture_ = folder.path().string() + "-background";
  fs::create_directories(capture_);
  child_ = start(program, args, env, capture_ / "stdout", capture_ / "stderr");
  running_ = true;
}

BackgroundCommand::~BackgroundCommand() {
  if (running_) (void)stop(SIGKILL);
  std::error_code ignored;
  fs::remove_all(capture_, ignored);
}

std::string BackgroundCommand::wait_for_output(const std::string& text, int seconds) {
  std::string out;
  for (int polls = 0; polls < seconds * 100; ++polls) {
    out = slurp(capture_ / "stdout");
    if (out.find(text) != std::string::npos) return out;
    int status = 0;
    if (running_ && waitpid(child_, &status, WNOHANG) == child_) {
      running_ = false;
      return slurp(capture_ / "stdout");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return out;
}

CommandResult BackgroundCommand::stop(int signal) {
  CommandResult result;
  if (running_) {
    kill(child_, signal);
    result = finish(child_, capture_ / "stdout", capture_ / "stderr");
    running_ = false;
  } else {
    result.out = slurp(capture_ / "stdout");
    result.err = slurp(capture_ / "stderr");
  }
  return result;
}

TempFolder::TempFolder() {
  std::random_device random;
  path_ = fs::temp_directory_path() /
          ("newsindex-test-" + std::to_string(random()) + "-" + std::to_string(getpid()));
  fs::create_directories(path_);
}

TempFolder::~TempFolder() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

void write_file(const fs::path& path, const std::string& contents) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << contents;
}

}  // namespace newsindex::testing
