// One run of "newsindex add": read every input file, analyse each article, build its document,
// write it. A pipeline: the calling thread reads (in input order), `jobs` workers analyse and
// build documents, and one writer per shard writes them, in input order within each shard.
#pragma once

#include <xapian.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <unordered_set>
#include <vector>

#include "extraction_resources.h"
#include "index_layout.h"
#include "index_writer.h"
#include "input_files.h"
#include "reader_options.h"
#include "problem_log.h"
#include "progress_bar.h"
#include "schema.h"
#include "thread_priority.h"

namespace newsindex {

struct IndexingSummary {
  std::size_t files = 0;
  std::size_t files_of_other_types = 0;  // inside the folders given, not read
  std::size_t added = 0;
  std::size_t replaced = 0;
  std::size_t unchanged = 0;  // articles of files skipped because they did not change
  // Articles removed: of files that are gone (--delete-missing), and the earlier versions of
  // edited text files (whose ids come from their content).
  std::size_t deleted = 0;
  std::size_t skipped = 0;         // records and files not indexed
  std::size_t dropped = 0;         // records indexed without a field (a bad date)
  std::size_t warnings = 0;        // records indexed as they are, with a note
  std::size_t resolved_names = 0;  // names that count as another (schema/entity_resolution.h)
  std::uintmax_t bytes = 0;
  std::chrono::duration<double> elapsed{};
  bool stopped_early = false;  // --strict stopped at a problem
  int interrupted_by = 0;      // the signal that stopped the run, or 0

  [[nodiscard]] std::size_t articles() const { return added + replaced; }
  // Whether the exit code must say that not everything was indexed as given.
  [[nodiscard]] bool lost_anything() const {
    return skipped + dropped > 0 || stopped_early || interrupted_by != 0;
  }
};

struct IndexingOptions {
  std::size_t jobs = 1;                      // analysis workers
  std::size_t batch_size = 2000;             // most articles per commit, per shard (IndexWriter)
  int analysis_nice = kDefaultAnalysisNice;  // of the workers: lower_this_thread_priority()
  bool progress = false;                     // draw a progress bar on stderr (a terminal)
  // --date and --columns. Files are then read again even when unchanged: the index does not
  // remember how they were read.
  ReaderOptions reader;
  // Remove the articles of files indexed before, under these folders or files, that are gone.
  bool delete_missing = false;
  std::vector<std::filesystem::path> roots;
};

class DocumentPipeline;
struct ArticleBatch;

class IndexingRun {
 public:
  // `shards` are `layout`'s shards opened for writing (IndexLayout::open_for_writing); `layout`
  // names them in errors.
  IndexingRun(IndexLayout layout, std::vector<Xapian::WritableDatabase> shards,
              const ExtractionResources& resources, ProblemLog& problems, IndexingOptions options);

  // Indexes every file and commits. Input problems are reported and counted; a Xapian error
  // (a full disk) stops the run and is thrown as an IndexError naming the index and shard, after
  // what was committed stays committed.
  [[nodiscard]] IndexingSummary run(const InputSelection& inputs);

 private:
  using FileStates = std::map<std::string, schema::FileState>;

  // What the index remembers of the files it read before (shard 0's metadata), by absolute path.
  [[nodiscard]] FileStates remembered_files() const;
  // Reads every file that changed since it was last indexed into the pipeline, on this thread
  // (readers report problems, and ProblemLog is single-threaded), in batches: the last, partial
  // one is left in `batch`. Adds the files read whole to `completed`. A StrictModeStop leaves
  // both as they were at the problem.
  void read_files(const std::vector<InputFile>& files, const FileStates& remembered,
                  DocumentPipeline& pipeline, ArticleBatch& batch, FileStates& completed,
                  IndexingSummary& summary);
  // Reads one file's articles into `batch`, handing full batches to the pipeline; counts them in
  // `state`. `indexed_before`: the index knows the file from an earlier run (it changed since,
  // or --date reads it again). False when the run was interrupted inside it.
  bool read_file(const InputFile& file, const std::string& absolute_path, bool indexed_before,
                 schema::FileState& state, DocumentPipeline& pipeline, ArticleBatch& batch,
                 IndexingSummary& summary);
  // Removes the article an edited text file gave before, under its earlier id: a text file's id
  // comes from its content (or its Id header), so a new version does not replace the old one.
  // Returns how many were removed.
  std::size_t remove_earlier_versions();
  // Removes the articles of remembered files under options_.roots that no longer exist.
  std::size_t delete_missing(const FileStates& remembered);
  // Stores what the index now knows of the files read whole, and commits every shard.
  void commit_file_states(const FileStates& completed);

  IndexLayout layout_;
  std::vector<Xapian::WritableDatabase> shards_;
  std::vector<IndexWriter> writers_;  // one per shard, from the start of run()
  const ExtractionResources& resources_;
  ProblemLog& problems_;
  IndexingOptions options_;
  std::optional<ProgressBar> progress_;
  std::size_t articles_read_ = 0;

  // Hashes of ids seen in this run, to warn about duplicates: 8 bytes per article rather than
  // the whole id keeps memory flat on archives of millions.
  std::unordered_set<std::uint64_t> seen_ids_;
  // The text files read again because they changed, by absolute path, with the id of the article
  // they hold now.
  std::map<std::string, std::string> edited_text_files_;
};

// "34 articles from 12 files: 30 added, 4 replaced, 0 skipped in 1.2 s (28 articles/s)", with
// "(2 files of other types skipped)" after the files when a folder held such files.
void print_summary(const IndexingSummary& summary, std::ostream& out);
// The same as one JSON object (documented in README.md).
void print_summary_json(const IndexingSummary& summary, std::ostream& out);

}  // namespace newsindex
