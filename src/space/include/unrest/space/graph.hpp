#pragma once
/// \file
/// Undirected graphs in compressed sparse row form, and random graphs built
/// from the counter-based generator: the same (seed, replicate, instance)
/// gives the same graph whatever the thread count.

#include <cstdint>
#include <span>
#include <vector>

#include "unrest/core/random.hpp"

namespace unrest {

using NodeIndex = std::uint32_t;

/// An undirected simple graph: node v's neighbours are
/// neighbours[offsets[v] .. offsets[v + 1]), in increasing order.
class Graph {
 public:
  Graph() = default;
  /// Builds the graph from undirected edges (u, v), u != v, each listed once.
  Graph(NodeIndex nodes, const std::vector<std::pair<NodeIndex, NodeIndex>>& edges);

  [[nodiscard]] NodeIndex nodes() const noexcept {
    return static_cast<NodeIndex>(offsets_.empty() ? 0 : offsets_.size() - 1);
  }
  [[nodiscard]] std::uint64_t edges() const noexcept { return neighbours_.size() / 2; }
  [[nodiscard]] std::uint32_t degree(NodeIndex v) const noexcept {
    return static_cast<std::uint32_t>(offsets_[v + 1] - offsets_[v]);
  }
  [[nodiscard]] std::span<const NodeIndex> neighbours(NodeIndex v) const noexcept {
    return {neighbours_.data() + offsets_[v], neighbours_.data() + offsets_[v + 1]};
  }
  [[nodiscard]] double mean_degree() const noexcept {
    return nodes() == 0 ? 0.0 : 2.0 * static_cast<double>(edges()) / nodes();
  }

 private:
  std::vector<std::uint64_t> offsets_;
  std::vector<NodeIndex> neighbours_;
};

/// The random decisions of graph construction.
enum class GraphPurpose : std::uint32_t {
  ErdosRenyiSkips = 1001,
  StubShuffle = 1002,
};

/// G(n, p) with p = mean_degree / (n - 1): each pair is an edge independently.
/// Built row by row with geometric skips (Batagelj and Brandes 2005), rows in
/// parallel; `instance` separates graphs drawn from one stream.
Graph erdos_renyi(NodeIndex nodes, double mean_degree, const RandomStream& rng,
                  std::uint64_t instance);

/// The erased configuration model: stubs of the given degrees paired at random;
/// self-loops and repeated edges are dropped, so realised degrees can be a
/// little lower than asked (Britton, Deijfen and Martin-Löf 2006).
Graph configuration_model(const std::vector<std::uint32_t>& degrees, const RandomStream& rng,
                          std::uint64_t instance);

}  // namespace unrest
