// The files of the web interface (query/serve/assets/), built into the binary by
// embed_assets.cmake: the server reads no file at run time, and only these paths exist.
#pragma once

#include <string_view>

namespace newsindex {

struct WebAsset {
  std::string_view path;  // "/", "/app.js", ...
  std::string_view content_type;
  std::string_view body;
};

// The asset at exactly this path, or null.
[[nodiscard]] const WebAsset* find_web_asset(std::string_view path);

}  // namespace newsindex
