// Reads a whole input file into memory, gunzipping it when it is gzip-compressed: for the formats
// whose records cannot be read line by line (an HTML page, an XML feed, a JSON array).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace newsindex {

// The file's bytes (uncompressed). Throws InputError (line_reader.h) when the file cannot be
// opened or read, when a .gz name holds no gzip, or when the content is larger than `max_bytes`
// (said with both sizes).
[[nodiscard]] std::string read_whole_file(const std::filesystem::path& path, std::size_t max_bytes);

// A file read whole, as a reader holds it.
struct WholeFile {
  std::string content;            // uncompressed
  std::uint64_t stored_size = 0;  // on disk, what progress is measured in
};

// read_whole_file for a reader: the InputError names the file as the user gave it
// (`display_name`), and the size on disk comes along.
[[nodiscard]] WholeFile read_input_file(const std::filesystem::path& path,
                                        const std::string& display_name, std::size_t max_bytes);

// Up to `max_bytes` of the file's first (uncompressed) bytes, for telling formats apart by
// content. Throws InputError when the file cannot be opened or read.
[[nodiscard]] std::string read_file_head(const std::filesystem::path& path, std::size_t max_bytes);

}  // namespace newsindex
