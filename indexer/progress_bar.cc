#include "progress_bar.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "counted_noun.h"

namespace newsindex {
namespace {

constexpr auto kRedrawEvery = std::chrono::milliseconds(250);
constexpr std::size_t kBarWidth = 24;
constexpr std::size_t kNarrowBarWidth = 12;
constexpr std::size_t kNarrowestBarWidth = 6;

std::string duration_text(double seconds) {
  char buffer[32];
  auto whole = static_cast<long long>(seconds);
  if (whole >= 3600) {
    std::snprintf(buffer, sizeof buffer, "%lldh%02lldm", whole / 3600, whole / 60 % 60);
  } else if (whole >= 60) {
    std::snprintf(buffer, sizeof buffer, "%lldm%02llds", whole / 60, whole % 60);
  } else {
    std::snprintf(buffer, sizeof buffer, "%llds", whole);
  }
  return buffer;
}

}  // namespace

ProgressBar::ProgressBar(std::ostream& out, std::size_t total_files, std::uint64_t total_bytes,
                         std::size_t columns)
    : out_(out), columns_(columns), total_files_(total_files), total_bytes_(total_bytes) {}

void ProgressBar::update(std::size_t files_done, std::size_t articles, std::uint64_t bytes_done) {
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < kRedrawEvery) return;
  last_draw_ = now;
  draw(files_done, articles, bytes_done);
}

void ProgressBar::draw(std::size_t files_done, std::size_t articles, std::uint64_t bytes_done) {
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  double fraction =
      total_bytes_ > 0 ? static_cast<double>(bytes_done) / static_cast<double>(total_bytes_) : 0;
  if (fraction > 1) fraction = 1;
  // Over at least a second: in the first milliseconds a rate would be absurdly high.
  double rate = static_cast<double>(articles) / std::max(seconds, 1.0);
  char text[64];
  // The parts after the bar, most wanted first: on a narrow terminal the last ones go. No ETA
  // until there is a rate to base it on.
  std::vector<std::string> parts;
  parts.push_back(fraction > 0.01 && seconds > 1
                      ? "ETA " + duration_text(seconds / fraction - seconds)
                      : std::string());
  std::snprintf(text, sizeof text, "%.0f articles/s", rate);
  parts.emplace_back(text);
  parts.push_back(counted_noun(articles, "article", "articles"));
  // "3/12 files", "1/1 file": the noun goes with the total.
  parts.push_back(std::to_string(files_done) + "/" + counted_noun(total_files_, "file", "files"));
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes_done) / (1024.0 * 1024.0));
  parts.emplace_back(text);
  // Shown in reading order: files, articles, MB, rate, ETA.
  const std::size_t order[] = {3, 2, 4, 1, 0};
  const std::size_t room = columns_ > 1 ? columns_ - 1 : 0;
  std::size_t bar_width = kBarWidth;
  auto compose = [&](std::size_t shown) {
    const std::size_t filled = static_cast<std::size_t>(fraction * static_cast<double>(bar_width));
    std::snprintf(text, sizeof text, "] %3.0f%%", fraction * 100);
    std::string line = "[" + std::string(filled, '#') + std::string(bar_width - filled, '.') + text;
    for (std::size_t index : order) {
      if (index < shown && !parts[index].empty()) line += "  " + parts[index];
    }
    return line;
  };
  // A narrower bar first, then fewer parts, then the narrowest bar.
  std::size_t shown = parts.size();
  std::string line = compose(shown);
  for (; line.size() > room && bar_width > kNarrowBarWidth; line = compose(shown)) --bar_width;
  while (line.size() > room && shown > 0) line = compose(--shown);
  for (; line.size() > room && bar_width > kNarrowestBarWidth; line = compose(shown)) --bar_width;
  if (line.size() > room) line.resize(room);
  out_ << '\r' << line;
  out_ << "\x1b[K" << std::flush;  // erase what a longer previous line left
  drawn_ = true;
}

void ProgressBar::finish() {
  if (drawn_) out_ << "\r\x1b[K" << std::flush;
}

std::size_t terminal_columns(int fd) {
  winsize size{};
  if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    char* end = nullptr;
    const unsigned long value = std::strtoul(columns, &end, 10);
    if (end != columns && *end == '\0' && value > 0) return value;
  }
  return 80;
}

}  // namespace newsindex
