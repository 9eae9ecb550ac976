#include "indexing_run.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <functional>
#include <iomanip>
#include <iostream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <thread>

#include "document_builder.h"
#include "index_writer.h"
#include "interruption.h"
#include "line_reader.h"
#include "progress_bar.h"
#include "schema.h"
#include "work_queue.h"

namespace newsindex {
namespace {

// Articles handed between stages together, so that locking costs little per article.
constexpr std::size_t kArticlesPerBatch = 32;

struct ArticleBatch {
  std::size_t sequence = 0;
  std::vector<Article> articles;
};

struct BuiltDocument {
  std::string id;
  std::size_t shard = 0;
  Xapian::Document document;
};

using BuiltBatch = std::vector<BuiltDocument>;

// The first exception any thread raised; the others stop when they see it.
class FirstError {
 public:
  void capture() {
    std::lock_guard lock(mutex_);
    if (!error_) error_ = std::current_exception();
    failed_ = true;
  }
  [[nodiscard]] bool failed() const { return failed_; }
  void rethrow() {
    if (error_) std::rethrow_exception(error_);
  }

 private:
  std::mutex mutex_;
  std::exception_ptr error_;
  std::atomic<bool> failed_ = false;
};

}  // namespace

IndexingRun::IndexingRun(std::vector<Xapian::WritableDatabase> shards,
                         const ExtractionResources& resources, ProblemLog& problems,
                         IndexingOptions options)
    : shards_(std::move(shards)), resources_(resources), problems_(problems), options_(options) {
  if (options_.jobs == 0) options_.jobs = 1;
}

IndexingSummary IndexingRun::run(const std::vector<InputFile>& files) {
  auto started = std::chrono::steady_clock::now();
  IndexingSummary summary;
  FirstError error;
  const std::size_t shard_count = shards_.size();
  const std::size_t in_flight = 4 * options_.jobs;

  WorkQueue<ArticleBatch> to_analyse(in_flight);
  Sequencer<BuiltBatch> analysed(in_flight);
  std::vector<std::unique_ptr<WorkQueue<std::shared_ptr<const BuiltBatch>>>> to_write;
  for (std::size_t i = 0; i < shard_count; ++i) {
    to_write.push_back(std::make_unique<WorkQueue<std::shared_ptr<const BuiltBatch>>>(in_flight));
  }
  std::atomic<std::size_t> added = 0;
  std::atomic<std::size_t> replaced = 0;

  std::vector<std::thread> workers;
  for (std::size_t w = 0; w < options_.jobs; ++w) {
    workers.emplace_back([&] {
      try {
        // Speed only: a worker that keeps the usual priority still indexes the same.
        (void)lower_this_thread_priority(options_.analysis_nice);
        ArticleAnalyzer analyzer = resources_.make_analyzer();
        DocumentBuilder builder;
        while (std::optional<ArticleBatch> batch = to_analyse.pop()) {
          BuiltBatch built;
          built.reserve(batch->articles.size());
          for (const Article& article : batch->articles) {
            built.push_back({article.id, schema::shard_for(article.id, shard_count),
                             builder.build(article, analyzer.analyze(article))});
          }
          analysed.put(batch->sequence, std::move(built));
        }
      } catch (...) {
        error.capture();
        to_analyse.close();
      }
    });
  }
  // Hands every built batch, in input order, to every shard writer; each writes its own part.
  std::thread dispatcher([&] {
    while (std::optional<BuiltBatch> built = analysed.take()) {
      auto shared = std::make_shared<const BuiltBatch>(std::move(*built));
      for (auto& queue : to_write) queue->push(shared);
    }
    for (auto& queue : to_write) queue->close();
  });
  std::vector<std::thread> writers;
  for (std::size_t s = 0; s < shard_count; ++s) {
    writers.emplace_back([&, s] {
      try {
        IndexWriter writer(shards_[s], options_.batch_size);
        while (auto batch = to_write[s]->pop()) {
          if (error.failed()) continue;
          for (const BuiltDocument& built : **batch) {
            if (built.shard != s) continue;
            if (writer.write(built.id, built.document) == WriteOutcome::kAdded) {
              ++added;
            } else {
              ++replaced;
            }
          }
        }
        writer.commit();
      } catch (...) {
        error.capture();
        to_analyse.close();
      }
    });
  }

  // Reading stays on this thread: readers report problems, and ProblemLog is single-threaded.
  std::size_t sequence = 0;
  ArticleBatch batch;
  std::optional<ProgressBar> progress;
  std::uint64_t total_bytes = 0;
  for (const InputFile& file : files) total_bytes += file.size_bytes;
  if (options_.progress) progress.emplace(std::cerr, files.size(), total_bytes);
  std::size_t articles_read = 0;
  // Read before the writers start: shard 0 is theirs until they finish.
  const std::map<std::string, schema::FileState> remembered = remembered_files();
  std::map<std::string, schema::FileState> completed;
  auto hand_over = [&] {
    if (batch.articles.empty()) return;
    batch.sequence = sequence++;
    if (!to_analyse.push(std::move(batch))) --sequence;
    batch = ArticleBatch{};
  };
  try {
    for (const InputFile& file : files) {
      if (error.failed() || summary.interrupted_by != 0) break;
      ++summary.files;
      std::error_code ignored;
      const std::string absolute = std::filesystem::weakly_canonical(file.path, ignored).string();
      schema::FileState state{
          file.size_bytes,
          std::filesystem::last_write_time(file.path, ignored).time_since_epoch().count(), 0};
      if (auto known = remembered.find(absolute); known != remembered.end() &&
                                                  known->second.size == state.size &&
                                                  known->second.modified == state.modified) {
        summary.unchanged += known->second.articles;
        summary.bytes += file.size_bytes;
        continue;
      }
      try {
        std::unique_ptr<ArticleReader> reader = open_reader(file, problems_);
        while (std::optional<Article> article = reader->next()) {
          if ((summary.interrupted_by = InterruptionWatch::received()) != 0) break;
          if (!seen_ids_.insert(std::hash<std::string>{}(article->id)).second) {
            problems_.report(ProblemKind::kWarning, article->origin,
                             "duplicate id \"" + article->id +
                                 "\" earlier in this run; this record replaces the earlier one");
          }
          article->source_file = absolute;
          batch.articles.push_back(std::move(*article));
          ++state.articles;
          if (batch.articles.size() == kArticlesPerBatch) hand_over();
          if (progress) {
            progress->update(summary.files - 1, ++articles_read,
                             summary.bytes + reader->bytes_consumed());
          }
        }
        summary.bytes += file.size_bytes;
        if (summary.interrupted_by == 0) completed[absolute] = state;
      } catch (const InputError& input_error) {
        // The message already names the file; what was read before the error stays indexed.
        std::string message = input_error.what();
        std::string prefix = file.display_name + ": ";
        if (message.starts_with(prefix)) message.erase(0, prefix.size());
        problems_.report(ProblemKind::kSkipped, {file.display_name, 0}, message);
      }
    }
  } catch (const StrictModeStop&) {
    summary.stopped_early = true;
  }
  if (progress) progress->finish();
  hand_over();
  to_analyse.close();
  for (std::thread& worker : workers) worker.join();
  analysed.finish();
  dispatcher.join();
  for (std::thread& writer : writers) writer.join();
  error.rethrow();

  // The writers are done: shard 0 is this thread's again.
  if (options_.delete_missing) summary.deleted = delete_missing(remembered);
  for (const auto& [path, state] : completed) {
    shards_.front().set_metadata(schema::file_state_key(path), schema::encode_file_state(state));
  }
  for (Xapian::WritableDatabase& shard : shards_) shard.commit();

  summary.added = added;
  summary.replaced = replaced;
  summary.skipped = problems_.skipped();
  summary.dropped = problems_.dropped();
  summary.warnings = problems_.warnings();
  summary.elapsed = std::chrono::steady_clock::now() - started;
  return summary;
}

std::map<std::string, schema::FileState> IndexingRun::remembered_files() const {
  std::map<std::string, schema::FileState> files;
  const std::string prefix = schema::file_state_key_prefix();
  const Xapian::WritableDatabase& shard = shards_.front();
  for (auto key = shard.metadata_keys_begin(prefix); key != shard.metadata_keys_end(prefix);
       ++key) {
    if (auto state = schema::decode_file_state(shard.get_metadata(*key))) {
      files.emplace((*key).substr(prefix.size()), *state);
    }
  }
  return files;
}

std::size_t IndexingRun::delete_missing(
    const std::map<std::string, schema::FileState>& remembered) {
  std::size_t deleted = 0;
  for (const auto& entry : remembered) {
    // A named reference, not a structured binding: lambdas may not capture those before C++20's
    // P1091 (clang 14 rejects it).
    const std::string& path = entry.first;
    std::error_code error;
    if (std::filesystem::exists(path, error) || error) continue;
    bool under_a_root =
        std::any_of(options_.roots.begin(), options_.roots.end(), [&](const auto& root) {
          std::string prefix = root.string();
          return path == prefix || path.starts_with(prefix.ends_with('/') ? prefix : prefix + "/");
        });
    if (!under_a_root) continue;
    const std::string term = schema::source_file_term(path);
    for (Xapian::WritableDatabase& shard : shards_) {
      deleted += shard.get_termfreq(term);
      shard.delete_document(term);
    }
    shards_.front().set_metadata(schema::file_state_key(path), "");
  }
  return deleted;
}

void print_summary(const IndexingSummary& summary, std::ostream& out) {
  double seconds = summary.elapsed.count();
  double rate = seconds > 0 ? static_cast<double>(summary.articles()) / seconds : 0.0;
  out << summary.articles() << (summary.articles() == 1 ? " article" : " articles") << " from "
      << summary.files << (summary.files == 1 ? " file" : " files") << ": " << summary.added
      << " added, " << summary.replaced << " replaced, ";
  if (summary.unchanged > 0) out << summary.unchanged << " unchanged, ";
  if (summary.deleted > 0) out << summary.deleted << " deleted, ";
  out << summary.skipped << " skipped";
  if (summary.dropped > 0) out << ", " << summary.dropped << " indexed with a field dropped";
  if (summary.warnings > 0) out << ", " << summary.warnings << " warnings";
  out << " in " << std::fixed << std::setprecision(1) << seconds << " s (" << std::setprecision(0)
      << rate << " articles/s)\n";
  if (summary.stopped_early) out << "stopped at the first problem (--strict)\n";
  if (summary.interrupted_by != 0) {
    out << "interrupted by signal " << summary.interrupted_by
        << ": everything read before it is committed; run the same command again to finish\n";
  }
}

void print_summary_json(const IndexingSummary& summary, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  double seconds = summary.elapsed.count();
  Json json = {
      {"version", 1},
      {"files", summary.files},
      {"added", summary.added},
      {"replaced", summary.replaced},
      {"unchanged", summary.unchanged},
      {"deleted", summary.deleted},
      {"skipped", summary.skipped},
      {"dropped", summary.dropped},
      {"warnings", summary.warnings},
      {"bytes", summary.bytes},
      {"elapsed_seconds", seconds},
      {"articles_per_second",
       seconds > 0 ? static_cast<double>(summary.articles()) / seconds : 0.0},
      {"stopped_early", summary.stopped_early},
      {"interrupted_by",
       summary.interrupted_by == 0 ? Json(nullptr) : Json(summary.interrupted_by)},
  };
  out << json.dump() << '\n';
}

}  // namespace newsindex
