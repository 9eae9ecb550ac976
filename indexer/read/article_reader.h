// The interface every input format implements.
#pragma once

#include <cstdint>
#include <optional>

#include "article.h"

namespace newsindex {

// Reads articles one at a time from one input file. Problems with individual records are sent
// to the ProblemReporter given at construction; next() then moves on to the following record.
class ArticleReader {
 public:
  virtual ~ArticleReader() = default;
  // The next valid article, or nullopt at the end of the input.
  [[nodiscard]] virtual std::optional<Article> next() = 0;
  // How far into the file reading has got, in bytes of the file as stored (compressed bytes for
  // gzip files): what progress and its ETA are measured in.
  [[nodiscard]] virtual std::uint64_t bytes_consumed() const = 0;
};

}  // namespace newsindex
