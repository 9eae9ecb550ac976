// A flat open-addressing hash table from integer keys to counters: faceting counts millions of
// (key, +1) events per query, and a node-based map spends most of that time in malloc.
#pragma once

#include <cstdint>
#include <vector>

namespace newsindex {

// Keys must not be 0 (the empty-slot marker); callers map 0 to another value.
template <typename Payload>
class CountTable {
 public:
  struct Slot {
    std::uint64_t key = 0;
    Payload payload{};
  };

  explicit CountTable(std::size_t expected = 1024) { rebuild(capacity_for(expected)); }

  // The payload for `key`, default-constructed the first time; `inserted` says which.
  Payload& at(std::uint64_t key, bool& inserted) {
    if ((size_ + 1) * 4 > slots_.size() * 3) rebuild(slots_.size() * 2);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.key == key) {
        inserted = false;
        return slot.payload;
      }
      if (slot.key == 0) {
        slot.key = key;
        ++size_;
        inserted = true;
        return slot.payload;
      }
    }
  }

  [[nodiscard]] std::size_t size() const { return size_; }

  // Calls visit(key, payload) for every entry.
  template <typename Visit>
  void for_each(Visit visit) const {
    for (const Slot& slot : slots_) {
      if (slot.key != 0) visit(slot.key, slot.payload);
    }
  }

 private:
  static std::size_t capacity_for(std::size_t expected) {
    std::size_t capacity = 16;
    while (capacity * 3 < expected * 4) capacity *= 2;
    return capacity;
  }
  // Keys may be small consecutive numbers (dates): spread them over the table.
  static std::size_t mix(std::uint64_t key) {
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return static_cast<std::size_t>(key);
  }
  void rebuild(std::size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    size_ = 0;
    for (Slot& slot : old) {
      if (slot.key == 0) continue;
      bool inserted = false;
      at(slot.key, inserted) = std::move(slot.payload);
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace newsindex
