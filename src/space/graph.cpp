#include "unrest/space/graph.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace unrest {

Graph::Graph(NodeIndex nodes, const std::vector<std::pair<NodeIndex, NodeIndex>>& edges)
    : offsets_(static_cast<std::size_t>(nodes) + 1, 0), neighbours_(2 * edges.size()) {
  for (const auto& [u, v] : edges) {
    ++offsets_[u + 1];
    ++offsets_[v + 1];
  }
  for (std::size_t i = 1; i < offsets_.size(); ++i) offsets_[i] += offsets_[i - 1];
  std::vector<std::uint64_t> next(offsets_.begin(), offsets_.end() - 1);
  for (const auto& [u, v] : edges) {
    neighbours_[next[u]++] = v;
    neighbours_[next[v]++] = u;
  }
#pragma omp parallel for schedule(dynamic, 4096) if (nodes > 100'000)
  for (std::int64_t v = 0; v < static_cast<std::int64_t>(nodes); ++v) {
    std::sort(neighbours_.begin() + static_cast<std::ptrdiff_t>(offsets_[v]),
              neighbours_.begin() + static_cast<std::ptrdiff_t>(offsets_[v + 1]));
  }
}

Graph erdos_renyi(NodeIndex nodes, double mean_degree, const RandomStream& rng,
                  std::uint64_t instance) {
  if (nodes < 2 || mean_degree <= 0) return Graph(nodes, {});
  const double p = std::min(1.0, mean_degree / (nodes - 1.0));
  // Rows are generated in fixed chunks so that the edge list, concatenated in
  // chunk order, does not depend on how threads share the chunks.
  constexpr NodeIndex kChunk = 1 << 14;
  const NodeIndex chunks = (nodes + kChunk - 1) / kChunk;
  std::vector<std::vector<std::pair<NodeIndex, NodeIndex>>> parts(chunks);
  const double log_q = std::log1p(-p);
#pragma omp parallel for schedule(dynamic, 1) if (chunks > 1)
  for (std::int64_t c = 0; c < static_cast<std::int64_t>(chunks); ++c) {
    auto& out = parts[static_cast<std::size_t>(c)];
    const NodeIndex first = static_cast<NodeIndex>(c) * kChunk;
    const NodeIndex last = std::min(nodes, first + kChunk);
    for (NodeIndex u = first; u < last; ++u) {
      // Candidates v in (u, n): the gap to the next edge is geometric.
      std::uint64_t v = u;
      std::uint32_t draw = 0;
      while (true) {
        const RandomDraws d = rng.draw(instance, u, GraphPurpose::ErdosRenyiSkips, draw / 4);
        const double uniform = 1.0 - d.uniform(static_cast<int>(draw % 4));  // (0, 1]
        ++draw;
        const double skip = p >= 1.0 ? 0.0 : std::floor(std::log(uniform) / log_q);
        if (skip >= static_cast<double>(nodes)) break;
        v += 1 + static_cast<std::uint64_t>(skip);
        if (v >= nodes) break;
        out.emplace_back(u, static_cast<NodeIndex>(v));
      }
    }
  }
  std::size_t total = 0;
  for (const auto& part : parts) total += part.size();
  std::vector<std::pair<NodeIndex, NodeIndex>> edges;
  edges.reserve(total);
  for (auto& part : parts) {
    edges.insert(edges.end(), part.begin(), part.end());
    std::vector<std::pair<NodeIndex, NodeIndex>>().swap(part);
  }
  return Graph(nodes, edges);
}

Graph configuration_model(const std::vector<std::uint32_t>& degrees, const RandomStream& rng,
                          std::uint64_t instance) {
  std::vector<NodeIndex> stubs;
  for (NodeIndex v = 0; v < degrees.size(); ++v) stubs.insert(stubs.end(), degrees[v], v);
  if (stubs.size() % 2 == 1) stubs.pop_back();  // an odd total leaves one stub unpaired
  for (std::size_t i = stubs.size(); i > 1; --i) {
    const auto j = rng.draw(instance, i - 1, GraphPurpose::StubShuffle).below(i);
    std::swap(stubs[i - 1], stubs[j]);
  }
  std::vector<std::pair<NodeIndex, NodeIndex>> edges;
  edges.reserve(stubs.size() / 2);
  for (std::size_t i = 0; i + 1 < stubs.size(); i += 2) {
    const NodeIndex a = std::min(stubs[i], stubs[i + 1]);
    const NodeIndex b = std::max(stubs[i], stubs[i + 1]);
    if (a != b) edges.emplace_back(a, b);
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  return Graph(static_cast<NodeIndex>(degrees.size()), edges);
}

}  // namespace unrest
