// An allocator that asks the kernel to back large tables with transparent huge pages.
//
// The tagger reads its weight table, feature index and per-thread score caches (tens of MB) at
// random. With 4 KiB pages nearly every such read also misses the TLB, which on this workload
// cost about as much as the cache misses themselves (newsindex extract on reuters21578: 8% faster
// overall with huge pages). Debian's kernels leave transparent huge pages to madvise(), so a table
// has to ask for them. Small allocations go to operator new as usual; so does everything where
// madvise is not available or refused, since huge pages only change speed, never contents.
#pragma once

#include <cstddef>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace newsindex::ner {

template <class T>
class HugePageAllocator {
 public:
  using value_type = T;

  HugePageAllocator() noexcept = default;
  template <class U>
  explicit HugePageAllocator(const HugePageAllocator<U>&) noexcept {}

  [[nodiscard]] T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) return static_cast<T*>(::operator new(bytes));
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = ::operator new (rounded, std::align_val_t{kHugePage});
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    (void)::madvise(p, rounded, MADV_HUGEPAGE);
#endif
    return static_cast<T*>(p);
  }

  void deallocate(T* p, std::size_t n) noexcept {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) {
      ::operator delete(p);
    } else {
      ::operator delete (p, std::align_val_t{kHugePage});
    }
  }

  template <class U>
  friend bool operator==(const HugePageAllocator&, const HugePageAllocator<U>&) noexcept {
    return true;
  }

 private:
  static constexpr std::size_t kHugePage = std::size_t{2} << 20;
};

}  // namespace newsindex::ner
