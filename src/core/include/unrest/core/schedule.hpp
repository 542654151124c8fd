#pragma once
/// \file
/// A calendar of typed actions: each entry fires at a first tick and, if it
/// repeats, every `every` ticks until a last tick. Entries due at the same tick
/// fire in the order they were added (the scenario's order).
///
/// An entry may wait for a condition on the model's state (`when`): a one-off
/// action then fires at the first tick from `first` to `last` at which the
/// condition holds, a repeating one at each due tick at which it holds.

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "unrest/core/error.hpp"

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

/// A condition on the model's state; the model names the quantities it can
/// observe and reads the scope's names.
struct Condition {
  std::string quantity;
  bool at_least = true;  ///< value >= threshold; otherwise value < threshold
  double threshold = 0;
  std::vector<std::string> scope;  ///< the model's place names; empty: everywhere
  SourceLocation where;            ///< of the `when` table, for errors
  std::string key;                 ///< e.g. "schedule[3].when"

  [[nodiscard]] bool holds(double value) const noexcept {
    return at_least ? value >= threshold : value < threshold;
  }
};

template <class Action>
class Schedule {
 public:
  struct Entry {
    Timing timing;
    Action action;
    std::optional<Condition> when;
  };

  void add(Timing timing, Action action, std::optional<Condition> when = std::nullopt) {
    entries_.push_back({timing, std::move(action), std::move(when)});
  }

  [[nodiscard]] const std::vector<Entry>& entries() const noexcept { return entries_; }
  [[nodiscard]] std::vector<Entry>& entries() noexcept { return entries_; }
  [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }

  /// What reading the schedule noticed that does not stop a run but must
  /// not pass without a word (an action after the run's end never fires),
  /// each with its file, line and key.
  [[nodiscard]] const std::vector<std::string>& warnings() const noexcept { return warnings_; }
  void warn(std::string message) { warnings_.push_back(std::move(message)); }

 private:
  std::vector<Entry> entries_;
  std::vector<std::string> warnings_;
};

}  // namespace unrest
