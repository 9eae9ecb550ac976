// Open-addressing hash map from pre-mixed 64-bit keys to small values.  Features, gazetteer names
// and lexicon words are all identified by 64-bit hashes, and std::unordered_map's node per entry
// costs a cache miss and an allocation that the per-token lookups in the tagger cannot afford.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "huge_page_allocator.h"

namespace newsindex::ner {

template <class Value>
class FlatHashMap {
 public:
  explicit FlatHashMap(std::size_t expected = 16) { rehash(capacity_for(expected)); }

  [[nodiscard]] const Value* find(std::uint64_t key) const noexcept {
    key = non_zero(key);
    for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == key) return &values_[i];
      if (keys_[i] == 0) return nullptr;
    }
  }
  [[nodiscard]] Value* find(std::uint64_t key) noexcept {
    return const_cast<Value*>(static_cast<const FlatHashMap*>(this)->find(key));
  }

  // Starts loading the slots find(key) reads first, so that several lookups can wait for memory
  // together instead of one after another.
  void prefetch(std::uint64_t key) const noexcept {
    const std::size_t i = non_zero(key) & mask_;
    __builtin_prefetch(&keys_[i]);
    __builtin_prefetch(&values_[i]);
  }

  Value& get_or_insert(std::uint64_t key, const Value& initial) {
    if ((size_ + 1) * 2 > keys_.size()) rehash(keys_.size() * 2);
    key = non_zero(key);
    std::size_t i = key & mask_;
    for (; keys_[i] != 0; i = (i + 1) & mask_) {
      if (keys_[i] == key) return values_[i];
    }
    keys_[i] = key;
    values_[i] = initial;
    ++size_;
    return values_[i];
  }

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] std::size_t capacity() const noexcept { return keys_.size(); }

  // Calls f(key, value) for every entry, in table order.
  template <class F>
  void for_each(F&& f) const {
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] != 0) f(keys_[i], values_[i]);
    }
  }

  void clear() {
    std::fill(keys_.begin(), keys_.end(), 0);
    size_ = 0;
  }

 private:
  // Key 0 marks an empty slot; a real key of 0 is stored as 1 (a harmless extra collision).
  static std::uint64_t non_zero(std::uint64_t key) noexcept { return key == 0 ? 1 : key; }
  static std::size_t capacity_for(std::size_t n) {
    std::size_t c = 16;
    while (c < n * 2) c *= 2;
    return c;
  }
  void rehash(std::size_t capacity) {
    std::vector<std::uint64_t, HugePageAllocator<std::uint64_t>> old_keys(capacity, 0);
    std::vector<Value, HugePageAllocator<Value>> old_values(capacity);
    old_keys.swap(keys_);
    old_values.swap(values_);
    mask_ = capacity - 1;
    size_ = 0;
    for (std::size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] != 0) get_or_insert(old_keys[i], old_values[i]);
    }
  }

  std::vector<std::uint64_t, HugePageAllocator<std::uint64_t>> keys_;
  std::vector<Value, HugePageAllocator<Value>> values_;
  std::uint64_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace newsindex::ner
