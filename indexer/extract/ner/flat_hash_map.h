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
      if (slots_[i].key == key) return &slots_[i].value;
      if (slots_[i].key == 0) return nullptr;
    }
  }
  [[nodiscard]] Value* find(std::uint64_t key) noexcept {
    return const_cast<Value*>(static_cast<const FlatHashMap*>(this)->find(key));
  }

  // Starts loading the slot find(key) reads first, so that several lookups can wait for memory
  // together instead of one after another.
  void prefetch(std::uint64_t key) const noexcept {
    __builtin_prefetch(&slots_[non_zero(key) & mask_]);
  }

  Value& get_or_insert(std::uint64_t key, const Value& initial) {
    if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.size() * 2);
    key = non_zero(key);
    std::size_t i = key & mask_;
    for (; slots_[i].key != 0; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].value;
    }
    slots_[i].key = key;
    slots_[i].value = initial;
    ++size_;
    return slots_[i].value;
  }

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] std::size_t capacity() const noexcept { return slots_.size(); }

  // Calls f(key, value) for every entry, in table order.
  template <class F>
  void for_each(F&& f) const {
    for (const Slot& slot : slots_) {
      if (slot.key != 0) f(slot.key, slot.value);
    }
  }

  void clear() {
    for (Slot& slot : slots_) slot.key = 0;
    size_ = 0;
  }

 private:
  // A key and its value side by side: a lookup reads one cache line, not one in each of two
  // arrays.
  struct Slot {
    std::uint64_t key = 0;
    Value value{};
  };

  // Key 0 marks an empty slot; a real key of 0 is stored as 1 (a harmless extra collision).
  static std::uint64_t non_zero(std::uint64_t key) noexcept { return key == 0 ? 1 : key; }
  static std::size_t capacity_for(std::size_t n) {
    std::size_t c = 16;
    while (c < n * 2) c *= 2;
    return c;
  }
  void rehash(std::size_t capacity) {
    std::vector<Slot, HugePageAllocator<Slot>> old(capacity);
    old.swap(slots_);
    mask_ = capacity - 1;
    size_ = 0;
    for (const Slot& slot : old) {
      if (slot.key != 0) get_or_insert(slot.key, slot.value);
    }
  }

  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::uint64_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace newsindex::ner
