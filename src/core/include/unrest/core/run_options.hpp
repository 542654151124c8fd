#pragma once
/// \file
/// Options of one run that are not part of the scenario.

#include <cstdint>
#include <functional>

namespace unrest {

struct RunOptions {
  RunOptions() = default;
  /// Replicate `replicate`, nothing called per tick.
  explicit RunOptions(std::uint64_t replicate) : run(replicate) {}

  /// Replicate index: with the scenario's seed, it keys the random stream, so
  /// replicate i is the same whatever else runs beside it.
  std::uint64_t run = 0;
  /// Called after each tick is recorded with (tick, ticks): a single run's
  /// progress. Empty: nothing is called. It sees no state, so it cannot
  /// change the run.
  std::function<void(std::int64_t, std::int64_t)> on_tick;
};

}  // namespace unrest
