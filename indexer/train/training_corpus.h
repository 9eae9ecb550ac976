// Reads the annotated JSON Lines corpus used for training: text plus entity spans in code-point
// offsets, converted here to the byte offsets the tokenizer works in.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "tag_scheme.h"

namespace newsindex::ner {

struct AnnotatedSpan {
  std::size_t begin, end;  // UTF-8 byte offsets
  NameType type;
};

struct AnnotatedDocument {
  std::string text;
  std::vector<AnnotatedSpan> spans;
};

// Throws std::runtime_error on an unreadable file, malformed JSON or offsets outside the text.
std::vector<AnnotatedDocument> read_annotated_jsonl(const std::filesystem::path& path);

}  // namespace newsindex::ner
