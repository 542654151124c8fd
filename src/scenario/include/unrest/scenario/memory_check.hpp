#pragma once
/// \file
/// The whole size of a run, checked before anything is allocated: a scenario
/// of 100,000 x 100,000 sites is refused with a message, not met with
/// bad_alloc after minutes of work.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "unrest/scenario/scenario.hpp"

namespace unrest {

/// One part of what a run holds in memory, and the key that sizes it.
struct MemoryNeed {
  double bytes = 0;
  std::string key;   ///< "params.width"
  std::string what;  ///< "40 x 40 sites and their agents"
};

/// The memory this process may take, in bytes: MemAvailable of
/// /proc/meminfo (0 when unknown).
std::uint64_t available_memory_bytes();

/// What a run may take: run.max_memory_gb, else the memory available now
/// (bytes 0: unknown, nothing is checked).
struct MemoryBound {
  double bytes = 0;
  std::string text;  ///< how the message names it
};
MemoryBound memory_bound(const Scenario& scenario);

/// Needs over the bound: the key of the largest need and what to say.
struct MemoryProblem {
  std::string key;
  std::string message;
};
std::optional<MemoryProblem> memory_problem(const std::vector<MemoryNeed>& needs,
                                            const MemoryBound& bound);

/// Throws InputError, located at the key of the largest need, when the needs
/// add up to more than run.max_memory_gb (default: the memory available now).
void check_memory(const Scenario& scenario, const std::vector<MemoryNeed>& needs);

/// The need of the recorded series of a run of `ticks` ticks, `columns` wide.
MemoryNeed series_need(std::int64_t ticks, std::size_t columns);

}  // namespace unrest
