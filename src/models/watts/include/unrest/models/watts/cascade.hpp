#pragma once
/// \file
/// A threshold cascade on a graph (Watts 2002). A node activates once the
/// fraction of its neighbours that are active reaches its threshold phi, that
/// is once m >= max(1, ceil(phi k)) of its k neighbours are active; active
/// nodes stay active. Updates are synchronous rounds: the nodes that activate
/// in round t + 1 are those whose condition holds after round t. Because
/// activation is monotone the final set does not depend on the update order,
/// and the rounds are computed in parallel with atomic counters: the outcome
/// is the same for any thread count.

#include <cstdint>
#include <span>
#include <vector>

#include "unrest/space/graph.hpp"

namespace unrest::watts {

/// The active neighbours node v needs: max(1, ceil(phi k)), with a relative
/// tolerance so that phi k a hair above an integer (0.2 x 5) does not round up.
std::uint32_t required_active(double phi, std::uint32_t degree) noexcept;

struct CascadeResult {
  std::uint64_t active = 0;              ///< nodes active at the end, seeds included
  std::int64_t rounds = 0;               ///< rounds in which some node activated
  std::uint64_t edges_processed = 0;     ///< neighbour visits: the sum of active nodes' degrees
  std::vector<std::uint64_t> per_round;  ///< active after each round, from round 0 (the seeds)
};

/// Runs the cascade from `seeds` until no node activates (or `max_rounds`).
/// `required[v]` is the number of active neighbours node v needs.
CascadeResult run_cascade(const Graph& graph, std::span<const std::uint32_t> required,
                          std::span<const NodeIndex> seeds, std::int64_t max_rounds);

}  // namespace unrest::watts
