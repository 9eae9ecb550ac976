// Fixed-width little-endian reads and writes for the model file.  Reads throw std::runtime_error on
// a short stream so that a truncated model is reported instead of silently loading garbage.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

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

// Reads values.size() values in one go: the weight table has millions.
template <class T, class Allocator>
void read_pods(std::istream& in, std::vector<T, Allocator>& values) {
  static_assert(std::is_trivially_copyable_v<T>);
  if (!in.read(reinterpret_cast<char*>(values.data()),
               static_cast<std::streamsize>(values.size() * sizeof(T)))) {
    throw std::runtime_error("entity model file is truncated or corrupt");
  }
}

}  // namespace newsindex::ner
