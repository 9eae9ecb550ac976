// Fixed-width little-endian reads and writes for the model file.  Reads throw std::runtime_error on
// a short stream so that a truncated model is reported instead of silently loading garbage.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <stdexcept>
#include <string>

namespace newsindex::ner {

template <class T>
void write_pod(std::ostream& out, T value) {
  out.write(reinterpret_cast<const char*>(&value), sizeof value);
}

template <class T>
T read_pod(std::istream& in) {
  T value{};
  if (!in.read(reinterpret_cast<char*>(&value), sizeof value)) {
    throw std::runtime_error("entity model file is truncated or corrupt");
  }
  return value;
}

}  // namespace newsindex::ner
