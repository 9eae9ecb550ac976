#include "indexing_run.h"

#include <unistd.h>

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

#include "counted_noun.h"
#include "document_builder.h"
#include "entity_resolver.h"
#include "facet_dictionary.h"
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

struct ShardedDocument {
  std::string id;
  std::size_t shard = 0;
  ArticleDocument built;
};

using BuiltBatch = std::vector<ShardedDocument>;

// The first exception any thread raised; the others stop when they see it.
class FirstError {
 public:
  void capture(std::exception_ptr error) {
    std::lock_guard lock(mutex_);
    if (!error_) error_ = std::move(error);
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

struct ArticleBatch {
  std::size_t sequence = 0;
  std::vector<Article> articles;
};

// The stages after reading, each on threads of its own: `jobs` workers analyse articles and
// build their documents, a dispatcher numbers their facet values and hands every built batch, in
// input order, to every shard's writer, and one writer per shard writes its part of it, committing
// in batches.
class DocumentPipeline {
 public:
  DocumentPipeline(std::vector<IndexWriter>& shards, FacetDictionary& dictionary,
                   const IndexLayout& layout, const ExtractionResources& resources,
                   const IndexingOptions& options)
      : dictionary_(dictionary),
        in_flight_(4 * options.jobs),
        to_analyse_(in_flight_),
        analysed_(in_flight_) {
    for (std::size_t i = 0; i < shards.size(); ++i) {
      to_write_.push_back(std::make_unique<WriteQueue>(in_flight_));
    }
    for (std::size_t w = 0; w < options.jobs; ++w) {
      workers_.emplace_back([this, &resources, &options, count = shards.size()] {
        analyse(resources, options.analysis_nice, count);
      });
    }
    dispatcher_ = std::thread([this] { dispatch(); });
    for (std::size_t s = 0; s < shards.size(); ++s) {
      writers_.emplace_back([this, &shards, &layout, &options, s] { write(shards[s], layout, s); });
    }
  }
  DocumentPipeline(const DocumentPipeline&) = delete;
  DocumentPipeline& operator=(const DocumentPipeline&) = delete;
  // A run that leaves early (an exception while reading) still stops its threads.
  ~DocumentPipeline() { stop(); }

  // False when the pipeline has stopped taking articles (a stage failed).
  bool push(ArticleBatch& batch) {
    if (batch.articles.empty()) return true;
    batch.sequence = sequence_++;
    bool taken = to_analyse_.push(std::move(batch));
    if (!taken) --sequence_;
    batch = ArticleBatch{};
    return taken;
  }
  [[nodiscard]] bool failed() const { return error_.failed(); }

  // Waits until everything pushed is written and committed; rethrows the first error a stage
  // raised.
  void finish() {
    stop();
    error_.rethrow();
  }
  [[nodiscard]] std::size_t added() const { return added_; }
  [[nodiscard]] std::size_t replaced() const { return replaced_; }

 private:
  using WriteQueue = WorkQueue<std::shared_ptr<const BuiltBatch>>;

  void analyse(const ExtractionResources& resources, int nice, std::size_t shard_count) {
    try {
      // Speed only: a worker that keeps the usual priority still indexes the same.
      (void)lower_this_thread_priority(nice);
      ArticleAnalyzer analyzer = resources.make_analyzer();
      DocumentBuilder builder;
      while (std::optional<ArticleBatch> batch = to_analyse_.pop()) {
        BuiltBatch built;
        built.reserve(batch->articles.size());
        for (const Article& article : batch->articles) {
          built.push_back({article.id, schema::shard_for(article.id, shard_count),
                           builder.build(article, analyzer.analyze(article))});
        }
        analysed_.put(batch->sequence, std::move(built));
      }
    } catch (...) {
      error_.capture(std::current_exception());
      to_analyse_.close();
    }
  }

  void dispatch() {
    while (std::optional<BuiltBatch> built = analysed_.take()) {
      // Here, in input order, so that ordinals do not depend on how many threads analysed.
      for (ShardedDocument& document : *built) dictionary_.number(document.built);
      auto shared = std::make_shared<const BuiltBatch>(std::move(*built));
      for (auto& queue : to_write_) queue->push(shared);
    }
    for (auto& queue : to_write_) queue->close();
  }

  void write(IndexWriter& writer, const IndexLayout& layout, std::size_t s) {
    try {
      while (auto batch = to_write_[s]->pop()) {
        if (error_.failed()) continue;
        for (const ShardedDocument& document : **batch) {
          if (document.shard != s) continue;
          if (writer.write(document.id, document.built) == WriteOutcome::kAdded) {
            ++added_;
          } else {
            ++replaced_;
          }
        }
      }
      writer.commit();
    } catch (const Xapian::Error& xapian_error) {
      error_.capture(std::make_exception_ptr(layout.error_while("writing", xapian_error, s)));
      to_analyse_.close();
    } catch (...) {
      error_.capture(std::current_exception());
      to_analyse_.close();
    }
  }

  void stop() {
    if (stopped_) return;
    stopped_ = true;
    to_analyse_.close();
    for (std::thread& worker : workers_) worker.join();
    analysed_.finish();
    dispatcher_.join();
    for (std::thread& writer : writers_) writer.join();
  }

  FacetDictionary& dictionary_;
  const std::size_t in_flight_;
  WorkQueue<ArticleBatch> to_analyse_;
  Sequencer<BuiltBatch> analysed_;
  std::vector<std::unique_ptr<WriteQueue>> to_write_;
  std::vector<std::thread> workers_;
  std::thread dispatcher_;
  std::vector<std::thread> writers_;
  FirstError error_;
  std::size_t sequence_ = 0;
  std::atomic<std::size_t> added_ = 0;
  std::atomic<std::size_t> replaced_ = 0;
  bool stopped_ = false;
};

IndexingRun::IndexingRun(IndexLayout layout, std::vector<Xapian::WritableDatabase> shards,
                         const ExtractionResources& resources, ProblemLog& problems,
                         IndexingOptions options)
    : layout_(std::move(layout)),
      shards_(std::move(shards)),
      resources_(resources),
      problems_(problems),
      options_(options) {
  if (options_.jobs == 0) options_.jobs = 1;
}

IndexingSummary IndexingRun::run(const InputSelection& inputs) {
  auto started = std::chrono::steady_clock::now();
  const std::vector<InputFile>& files = inputs.files;
  IndexingSummary summary;
  summary.files_of_other_types = inputs.files_of_other_types.size();
  // Read before the writers start: shard 0 is theirs until they finish.
  const FileStates remembered = remembered_files();
  std::uint64_t total_bytes = 0;
  for (const InputFile& file : files) total_bytes += file.size_bytes;
  if (options_.progress) {
    progress_.emplace(std::cerr, files.size(), total_bytes, terminal_columns(STDERR_FILENO));
  }

  // The totals and facet names of every shard are read before the writers start.
  FacetDictionary dictionary(shards_);
  for (Xapian::WritableDatabase& shard : shards_) writers_.emplace_back(shard, options_.batch_size);
  DocumentPipeline pipeline(writers_, dictionary, layout_, resources_, options_);
  FileStates completed;
  ArticleBatch batch;
  try {
    read_files(files, remembered, pipeline, batch, completed, summary);
  } catch (const StrictModeStop&) {
    summary.stopped_early = true;
  }
  if (progress_) progress_->finish();
  (void)pipeline.push(batch);
  pipeline.finish();

  // The writers are done: shard 0 is this thread's again.
  try {
    summary.deleted = remove_earlier_versions();
    if (options_.delete_missing) summary.deleted += delete_missing(remembered);
    commit_file_states(completed);
    // New articles may change what short names stand for, and give names that the stored
    // curation file was waiting for: the resolution is made again from the whole index.
    summary.resolved_names = update_entity_resolution(shards_).resolution.mappings().size();
  } catch (const Xapian::Error& error) {
    throw layout_.error_while("committing", error);
  }

  summary.added = pipeline.added();
  summary.replaced = pipeline.replaced();
  summary.skipped = problems_.skipped();
  summary.dropped = problems_.dropped();
  summary.warnings = problems_.warnings();
  summary.elapsed = std::chrono::steady_clock::now() - started;
  return summary;
}

void IndexingRun::read_files(const std::vector<InputFile>& files, const FileStates& remembered,
                             DocumentPipeline& pipeline, ArticleBatch& batch, FileStates& completed,
                             IndexingSummary& summary) {
  for (const InputFile& file : files) {
    if (pipeline.failed() || summary.interrupted_by != 0) break;
    ++summary.files;
    std::error_code ignored;
    const std::string absolute = std::filesystem::weakly_canonical(file.path, ignored).string();
    schema::FileState state{
        file.size_bytes,
        std::filesystem::last_write_time(file.path, ignored).time_since_epoch().count(), 0};
    auto known = remembered.find(absolute);
    if (known != remembered.end() && known->second.size == state.size &&
        known->second.modified == state.modified && !options_.reader.fallback_date &&
        options_.reader.columns.empty()) {
      summary.unchanged += known->second.articles;
      summary.bytes += file.size_bytes;
      continue;
    }
    try {
      bool whole =
          read_file(file, absolute, known != remembered.end(), state, pipeline, batch, summary);
      summary.bytes += file.size_bytes;
      if (whole) completed[absolute] = state;
    } catch (const InputError& input_error) {
      // What was read before the error stays indexed.
      problems_.report(ProblemKind::kSkipped, {file.display_name, 0}, input_error.reason());
    }
  }
}

bool IndexingRun::read_file(const InputFile& file, const std::string& absolute_path,
                            bool indexed_before, schema::FileState& state,
                            DocumentPipeline& pipeline, ArticleBatch& batch,
                            IndexingSummary& summary) {
  std::unique_ptr<ArticleReader> reader = open_reader(file, problems_, options_.reader);
  while (std::optional<Article> article = reader->next()) {
    if ((summary.interrupted_by = InterruptionWatch::received()) != 0) return false;
    if (!seen_ids_.insert(std::hash<std::string>{}(article->id)).second) {
      problems_.report(ProblemKind::kWarning, article->origin,
                       "duplicate id \"" + article->id +
                           "\" earlier in this run; this record replaces the earlier one");
    }
    article->source_file = absolute_path;
    if (indexed_before && file.format == InputFormat::kPlainText) {
      edited_text_files_[absolute_path] = article->id;
    }
    batch.articles.push_back(std::move(*article));
    ++state.articles;
    if (batch.articles.size() == kArticlesPerBatch) (void)pipeline.push(batch);
    if (progress_) {
      progress_->update(summary.files - 1, ++articles_read_,
                        summary.bytes + reader->bytes_consumed());
    }
  }
  return true;
}

void IndexingRun::commit_file_states(const FileStates& completed) {
  for (const auto& [path, state] : completed) {
    shards_.front().set_metadata(schema::file_state_key(path), schema::encode_file_state(state));
  }
  for (IndexWriter& writer : writers_) writer.commit();
}

IndexingRun::FileStates IndexingRun::remembered_files() const {
  return schema::remembered_files(shards_.front());
}

std::size_t IndexingRun::remove_earlier_versions() {
  std::size_t removed = 0;
  for (const auto& [path, id] : edited_text_files_) {
    const std::string file_term = schema::source_file_term(path);
    const std::string current_id_term = schema::id_term(id);
    for (IndexWriter& writer : writers_) {
      Xapian::WritableDatabase& shard = writer.shard();
      std::vector<Xapian::docid> earlier;
      for (auto posting = shard.postlist_begin(file_term); posting != shard.postlist_end(file_term);
           ++posting) {
        Xapian::Document document = shard.get_document(*posting);
        Xapian::TermIterator term = document.termlist_begin();
        term.skip_to(current_id_term);
        if (term == document.termlist_end() || *term != current_id_term) {
          earlier.push_back(*posting);
        }
      }
      for (Xapian::docid document : earlier) writer.remove(document);
      removed += earlier.size();
    }
  }
  return removed;
}

std::size_t IndexingRun::delete_missing(const FileStates& remembered) {
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
    for (IndexWriter& writer : writers_) deleted += writer.remove_all(term);
    shards_.front().set_metadata(schema::file_state_key(path), "");
  }
  return deleted;
}

void print_summary(const IndexingSummary& summary, std::ostream& out) {
  double seconds = summary.elapsed.count();
  double rate = seconds > 0 ? static_cast<double>(summary.articles()) / seconds : 0.0;
  out << counted_noun(summary.articles(), "article", "articles") << " from "
      << counted_noun(summary.files, "file", "files");
  if (summary.files_of_other_types > 0) {
    out << " ("
        << counted_noun(summary.files_of_other_types, "file of another type",
                        "files of other types")
        << " skipped)";
  }
  out << ": " << summary.added << " added, " << summary.replaced << " replaced, ";
  if (summary.unchanged > 0) out << summary.unchanged << " unchanged, ";
  if (summary.deleted > 0) out << summary.deleted << " deleted, ";
  out << summary.skipped << " skipped";
  if (summary.dropped > 0) out << ", " << summary.dropped << " indexed with a field dropped";
  if (summary.warnings > 0) out << ", " << counted_noun(summary.warnings, "warning", "warnings");
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
      {"files_of_other_types", summary.files_of_other_types},
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
