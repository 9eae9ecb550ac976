// The progress line of a long "newsindex add" on a terminal: files, articles, MB, rate and ETA.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>

namespace newsindex {

class ProgressBar {
 public:
  // total_bytes: the size of every input file, known before reading starts. columns: the
  // terminal's width; the line never fills it, since a full line wraps on some terminals and
  // every redraw would then add a line.
  ProgressBar(std::ostream& out, std::size_t total_files, std::uint64_t total_bytes,
              std::size_t columns = 80);

  // Redraws at most a few times a second; cheap to call for every article.
  void update(std::size_t files_done, std::size_t articles, std::uint64_t bytes_done);
  // Erases the line, so that the summary starts on a clean one.
  void finish();

 private:
  void draw(std::size_t files_done, std::size_t articles, std::uint64_t bytes_done);

  std::ostream& out_;
  std::size_t columns_;
  std::size_t total_files_;
  std::uint64_t total_bytes_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_draw_{};
  bool drawn_ = false;
};

// The width of the terminal on `fd`, else $COLUMNS, else 80.
[[nodiscard]] std::size_t terminal_columns(int fd);

}  // namespace newsindex
