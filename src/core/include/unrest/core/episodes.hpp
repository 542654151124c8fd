#pragma once
/// \file
/// Episodes of a series above a threshold: Epstein's (2002) "outbursts" are the
/// maximal runs of ticks in which the number of actives exceeds a level.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace unrest {

struct Episode {
  std::size_t start = 0;  ///< first index above the threshold
  std::size_t end = 0;    ///< last index above the threshold (inclusive)
  double peak = 0;        ///< largest value in the episode
};

/// The maximal runs of consecutive values strictly above `threshold`.
std::vector<Episode> find_episodes(std::span<const double> values, double threshold);

/// Waiting times between consecutive episodes: from the end of one to the start
/// of the next, in ticks (the quiet spell between outbursts).
std::vector<double> waiting_times(const std::vector<Episode>& episodes);

}  // namespace unrest
