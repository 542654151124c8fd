#pragma once
/// \file
/// A calendar of typed actions: each entry fires at a first tick and, if it
/// repeats, every `every` ticks until a last tick. Entries due at the same tick
/// fire in the order they were added (the scenario's order).

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace unrest {

/// When an action fires.
struct Timing {
  std::int64_t first = 0;                                        ///< first tick
  std::int64_t every = 0;                                        ///< 0: once
  std::int64_t last = std::numeric_limits<std::int64_t>::max();  ///< inclusive

  [[nodiscard]] bool due(std::int64_t tick) const noexcept {
    if (tick < first || tick > last) return false;
    if (every == 0) return tick == first;
    return (tick - first) % every == 0;
  }
};

template <class Action>
class Schedule {
 public:
  struct Entry {
    Timing timing;
    Action action;
  };

  void add(Timing timing, Action action) { entries_.push_back({timing, std::move(action)}); }

  /// Calls fn(action) for each entry due at `tick`, in insertion order.
  template <class Fn>
  void for_each_due(std::int64_t tick, Fn&& fn) const {
    for (const Entry& entry : entries_) {
      if (entry.timing.due(tick)) fn(entry.action);
    }
  }

  [[nodiscard]] const std::vector<Entry>& entries() const noexcept { return entries_; }
  [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }

 private:
  std::vector<Entry> entries_;
};

}  // namespace unrest
