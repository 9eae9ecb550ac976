// One news article as read from an archive, before analysis.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "source_location.h"

namespace newsindex {

struct PublicationDate {
  // The calendar day as written in the article, in its own time zone: what a reader of the
  // article would call its date.
  std::chrono::year_month_day day;
  // The moment of publication in UTC (midnight UTC when only a day, or no zone, is given).
  std::chrono::sys_seconds instant;
  // The date as the archive gave it, for display.
  std::string text;
};

struct Article {
  std::string id;
  std::string title;
  std::string text;
  std::optional<PublicationDate> date;
  std::string source;
  std::string url;
  std::string language;  // lowercase ISO 639 code ("en"), empty when unknown
  std::vector<std::string> authors;
  std::string section;
  // What the archive says of the article beyond the fields above, as (key, value) pairs in the
  // archive's order: a news agency's subject codes ("subject", "medtop:20000763") and its own
  // entity annotations ("person", "Barack Obama"). Stored with the article and shown with it.
  std::vector<std::pair<std::string, std::string>> metadata;
  SourceLocation origin;
  std::string source_file;  // absolute path of the input file, for --delete-missing
};

}  // namespace newsindex
