// Speed of a Watts (2002) threshold cascade: neighbour visits ("edges
// processed") per second for one global cascade on an Erdos-Renyi graph of
// 10 million nodes and mean degree 5, every threshold 0.18 (inside the
// cascade window). Also the time to build that graph. Run:
//
//   build/bench/unrest_bench --benchmark_filter=Cascade

#include <benchmark/benchmark.h>
#include <omp.h>

#include "unrest/models/watts/cascade.hpp"

namespace unrest::watts {
namespace {

constexpr NodeIndex kNodes = 10'000'000;
constexpr double kMeanDegree = 5.0;

struct Fixture {
  Graph graph;
  std::vector<std::uint32_t> required;
  NodeIndex seed = 0;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture out;
    out.graph = erdos_renyi(kNodes, kMeanDegree, RandomStream(1, 0), 0);
    out.required.resize(kNodes);
    for (NodeIndex v = 0; v < kNodes; ++v)
      out.required[v] = required_active(0.18, out.graph.degree(v));
    // The first node from which the cascade is global.
    for (NodeIndex s = 0;; ++s) {
      const NodeIndex seeds[] = {s};
      if (run_cascade(out.graph, out.required, seeds, 1'000'000).active > kNodes / 2) {
        out.seed = s;
        break;
      }
    }
    return out;
  }();
  return f;
}

void BM_CascadeOnTenMillionNodes(benchmark::State& state) {
  const Fixture& f = fixture();
  omp_set_num_threads(static_cast<int>(state.range(0)));
  const NodeIndex seeds[] = {f.seed};
  std::uint64_t edges = 0;
  std::uint64_t active = 0;
  for (auto _ : state) {
    const CascadeResult r = run_cascade(f.graph, f.required, seeds, 1'000'000);
    edges += r.edges_processed;
    active = r.active;
  }
  state.counters["edges_per_s"] =
      benchmark::Counter(static_cast<double>(edges), benchmark::Counter::kIsRate);
  state.counters["active_share"] = static_cast<double>(active) / kNodes;
}

void BM_ErdosRenyiTenMillionNodes(benchmark::State& state) {
  omp_set_num_threads(static_cast<int>(state.range(0)));
  std::uint64_t edges = 0;
  for (auto _ : state) edges += erdos_renyi(kNodes, kMeanDegree, RandomStream(2, 0), 0).edges();
  state.counters["edges_per_s"] =
      benchmark::Counter(static_cast<double>(edges), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_CascadeOnTenMillionNodes)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_ErdosRenyiTenMillionNodes)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(2);

}  // namespace
}  // namespace unrest::watts
