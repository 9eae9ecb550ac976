// Reads input files with newsindex's readers and nothing else: how fast reading is before
// extraction (bench/read_throughput.md), and what a reader makes of a file (--print, for
// comparing extracted page text with a gold standard).
//
//   read_articles [--print] [--repeat N] FILE|FOLDER...
#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>

#include "input_files.h"
#include "line_reader.h"

namespace {

class CountingProblems final : public newsindex::ProblemReporter {
 public:
  void report(newsindex::ProblemKind, const newsindex::SourceLocation& where,
              const std::string& reason) override {
    ++count;
    if (print) std::cerr << where.to_string() << ": " << reason << '\n';
  }
  std::size_t count = 0;
  bool print = false;
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Reads input files with newsindex's readers and reports the rate");
  std::vector<std::string> paths;
  bool print = false;
  int repeat = 1;
  app.add_option("paths", paths, "Files or folders")->required();
  app.add_flag("--print", print, "Print each article as a JSON line (and problems on stderr)");
  app.add_option("--repeat", repeat, "Read everything this many times")->check(CLI::PositiveNumber);
  CLI11_PARSE(app, argc, argv);

  CountingProblems problems;
  problems.print = print;
  newsindex::InputSelection inputs = newsindex::collect_input_files(paths, problems);
  std::uintmax_t bytes = 0;
  std::size_t articles = 0;
  auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < repeat; ++round) {
    for (const newsindex::InputFile& file : inputs.files) {
      bytes += file.size_bytes;
      try {
        auto reader = newsindex::open_reader(file, problems);
        while (std::optional<newsindex::Article> article = reader->next()) {
          ++articles;
          if (!print) continue;
          nlohmann::json line = {{"file", file.display_name},
                                 {"id", article->id},
                                 {"title", article->title},
                                 {"url", article->url},
                                 {"source", article->source},
                                 {"language", article->language},
                                 {"authors", article->authors},
                                 {"text", article->text},
                                 {"origin", article->origin.to_string()}};
          if (article->date) line["date"] = article->date->text;
          std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        }
      } catch (const newsindex::InputError& error) {
        problems.report(newsindex::ProblemKind::kSkipped, {file.display_name, 0}, error.reason());
      }
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << articles << " articles, " << problems.count << " problems, "
            << static_cast<double>(bytes) / 1e6 << " MB (as stored) in " << seconds
            << " s: " << static_cast<double>(bytes) / 1e6 / seconds << " MB/s\n";
  return 0;
}
