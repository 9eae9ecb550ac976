// Reading an index: the one place where the errors Xapian raises while reading become IndexError,
// a sentence for the user that names the index (and the damaged shard, when it can be found).
// Reports run their reads through IndexReader::read and never catch Xapian's errors themselves.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <functional>
#include <string>
#include <utility>

#include "index_layout.h"

namespace newsindex {

class IndexReader {
 public:
  // A writer committing while we read can invalidate the revision being read more than once in
  // a row.
  static constexpr int kMaxReopens = 5;

  // Opens every shard. Throws IndexError.
  explicit IndexReader(IndexLayout layout);

  [[nodiscard]] const IndexLayout& layout() const { return layout_; }

  // Runs read(database) and returns its result. When a writer's commit invalidated the revision
  // being read (Xapian::DatabaseModifiedError), the database is reopened at the latest revision
  // and `read` runs again, up to kMaxReopens times: so `read` must do nothing but read. Any other
  // error of the database (damaged, unreadable, a document missing) is rethrown as IndexError.
  template <typename Read>
  auto read(Read&& reading) -> decltype(reading(std::declval<const Xapian::Database&>())) {
    const ShardRead on_one_shard = [&](const Xapian::Database& shard) { (void)reading(shard); };
    for (int reopens = 0;; ++reopens) {
      try {
        return reading(std::as_const(database_));
      } catch (const Xapian::DatabaseModifiedError& error) {
        if (reopens == kMaxReopens) throw_kept_changing(error);
        reopen();
      } catch (const Xapian::DatabaseError& error) {
        throw_read_error(error, on_one_shard);
      } catch (const Xapian::DocNotFoundError& error) {
        throw_read_error(error, on_one_shard);
      }
    }
  }

 private:
  using ShardRead = std::function<void(const Xapian::Database&)>;

  [[nodiscard]] Xapian::Database open() const;
  void reopen();
  [[noreturn]] void throw_kept_changing(const Xapian::Error& error) const;
  // Finds the shard `read` fails on, reading each one alone, to name it.
  [[noreturn]] void throw_read_error(const Xapian::Error& error, const ShardRead& read) const;

  IndexLayout layout_;
  Xapian::Database database_;
};

}  // namespace newsindex
