// The JSON API of `newsquery serve` (README.md, "Web interface"), apart from HTTP: a GET of a
// path with its query parameters gives a status, a content type and a body. Every endpoint
// answers with the document the command line prints for the same question (`/api/search` as
// `newsquery search --json`, `/api/article/ID` as `newsquery show --json`, ...), built by the same
// code; errors are JSON too: {"version": 1, "error": {"status": 400, "message": "..."}}.
//
// Each request opens the index anew (a few hundred microseconds), so that a running server sees
// what the indexer has committed since, and requests share nothing: any number may run at once.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "index_layout.h"

namespace newsindex {

// Bounds on what one request may ask, so that no request can take the server's memory or time.
struct ApiLimits {
  std::size_t query_bytes = 4096;   // the q parameter, and any other value
  std::size_t hits = 1000;          // limit of a search page
  std::size_t offset = 100000;      // deepest page
  std::size_t facet_values = 1000;  // facet_limit (0, all, is refused)
  std::size_t export_rows = 10000;  // rows of /api/export; the command line has no cap
  std::size_t network_edges = 5000;
};

using ApiParameters = std::multimap<std::string, std::string>;

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

class WebApi {
 public:
  explicit WebApi(IndexLayout layout, ApiLimits limits = {});

  // Never throws: bad input, a missing article and an unreadable index are error responses.
  [[nodiscard]] ApiResponse get(std::string_view path, const ApiParameters& parameters) const;

  // The error body every failure has.
  [[nodiscard]] static ApiResponse error(int status, std::string_view message);

 private:
  [[nodiscard]] ApiResponse route(std::string_view path, const ApiParameters& parameters) const;

  IndexLayout layout_;
  ApiLimits limits_;
};

}  // namespace newsindex
