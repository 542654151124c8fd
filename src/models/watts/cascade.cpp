#include "unrest/models/watts/cascade.hpp"

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace unrest::watts {

std::uint32_t required_active(double phi, std::uint32_t degree) noexcept {
  const double need = std::ceil(phi * degree * (1 - 1e-12) - 1e-12);
  return need <= 1 ? 1u : static_cast<std::uint32_t>(std::min(need, 4.0e9));
}

CascadeResult run_cascade(const Graph& graph, std::span<const std::uint32_t> required,
                          std::span<const NodeIndex> seeds, std::int64_t max_rounds) {
  const NodeIndex n = graph.nodes();
  std::vector<std::uint8_t> active(n, 0);
  std::vector<std::uint32_t> count(n, 0);  // active neighbours
  std::vector<NodeIndex> frontier;
  for (const NodeIndex s : seeds) {
    if (!active[s]) {
      active[s] = 1;
      frontier.push_back(s);
    }
  }
  std::sort(frontier.begin(), frontier.end());
  CascadeResult result;
  result.active = frontier.size();
  result.per_round.push_back(result.active);

  std::vector<std::vector<NodeIndex>> found(static_cast<std::size_t>(omp_get_max_threads()));
  while (!frontier.empty() && result.rounds < max_rounds) {
    std::uint64_t visits = 0;
#pragma omp parallel reduction(+ : visits) if (frontier.size() > 4096)
    {
      auto& mine = found[static_cast<std::size_t>(omp_get_thread_num())];
#pragma omp for schedule(dynamic, 256)
      for (std::size_t i = 0; i < frontier.size(); ++i) {
        const auto neighbours = graph.neighbours(frontier[i]);
        visits += neighbours.size();
        for (const NodeIndex v : neighbours) {
          if (active[v]) continue;  // read-only during the round
          const std::uint32_t seen =
              std::atomic_ref<std::uint32_t>(count[v]).fetch_add(1, std::memory_order_relaxed) + 1;
          // Exactly one increment reaches the requirement: that thread claims v.
          if (seen == required[v]) mine.push_back(v);
        }
      }
    }
    result.edges_processed += visits;
    frontier.clear();
    for (auto& part : found) {
      frontier.insert(frontier.end(), part.begin(), part.end());
      part.clear();  // a round run serially leaves the other threads' parts untouched
    }
    std::sort(frontier.begin(), frontier.end());  // a canonical order for the next round
    for (const NodeIndex v : frontier) active[v] = 1;
    if (frontier.empty()) break;
    ++result.rounds;
    result.active += frontier.size();
    result.per_round.push_back(result.active);
  }
  return result;
}

}  // namespace unrest::watts
