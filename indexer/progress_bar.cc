#include "progress_bar.h"

#include <cstdio>
#include <string>

#include "counted_noun.h"

namespace newsindex {
namespace {

constexpr auto kRedrawEvery = std::chrono::milliseconds(250);
constexpr int kBarWidth = 24;

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

ProgressBar::ProgressBar(std::ostream& out, std::size_t total_files, std::uint64_t total_bytes)
    : out_(out), total_files_(total_files), total_bytes_(total_bytes) {}

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
  int filled = static_cast<int>(fraction * kBarWidth);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(kBarWidth - filled), '.');
  double rate = seconds > 0 ? static_cast<double>(articles) / seconds : 0;
  // "3/12 files", "1/1 file": the noun goes with the total.
  const std::string files = counted_noun(total_files_, "file", "files");
  const std::string articles_read = counted_noun(articles, "article", "articles");
  char line[256];
  std::snprintf(line, sizeof line, "\r[%s] %3.0f%%  %zu/%s  %s  %.1f MB  %.0f articles/s",
                bar.c_str(), fraction * 100, files_done, files.c_str(), articles_read.c_str(),
                static_cast<double>(bytes_done) / (1024.0 * 1024.0), rate);
  out_ << line;
  if (fraction > 0.01 && seconds > 1) {
    out_ << "  ETA " << duration_text(seconds / fraction - seconds);
  }
  out_ << "\x1b[K" << std::flush;  // erase what a longer previous line left
  drawn_ = true;
}

void ProgressBar::finish() {
  if (drawn_) out_ << "\r\x1b[K" << std::flush;
}

}  // namespace newsindex
