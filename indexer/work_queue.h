// Bounded hand-over between pipeline stages: a producer blocks when the queue is full, which is
// what keeps memory flat however large the archive.
#pragma once

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>

namespace newsindex {

template <typename T>
class WorkQueue {
 public:
  explicit WorkQueue(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  // Blocks while the queue is full. Returns false (dropping the item) once the queue is closed.
  bool push(T item) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }

  // Blocks until an item arrives; nullopt once the queue is closed and drained.
  std::optional<T> pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return closed_ || !items_.empty(); });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }

  // No more pushes; consumers drain what is left.
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable not_empty_;
  std::condition_variable not_full_;
  std::deque<T> items_;
  std::size_t capacity_;
  bool closed_ = false;
};

// Puts items that finish out of order (numbered 0, 1, 2, ...) back in order.
template <typename T>
class Sequencer {
 public:
  explicit Sequencer(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  // Blocks while `sequence` is too far ahead of the next one to be taken, which bounds memory.
  void put(std::size_t sequence, T item) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return sequence < next_ + capacity_; });
    waiting_.emplace(sequence, std::move(item));
    ready_.notify_all();
  }

  // The next item in order; nullopt once finish() was called and the next item never came.
  std::optional<T> take() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return waiting_.count(next_) > 0 || finished_; });
    auto it = waiting_.find(next_);
    if (it == waiting_.end()) return std::nullopt;
    T item = std::move(it->second);
    waiting_.erase(it);
    ++next_;
    room_.notify_all();
    return item;
  }

  // No more puts will come.
  void finish() {
    std::lock_guard lock(mutex_);
    finished_ = true;
    ready_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::condition_variable room_;
  std::map<std::size_t, T> waiting_;
  std::size_t next_ = 0;
  std::size_t capacity_;
  bool finished_ = false;
};

}  // namespace newsindex
