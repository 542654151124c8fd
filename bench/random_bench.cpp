// The cost of one keyed random draw (Philox4x64-10 through RandomStream), the
// floor under any agent turn that makes a random decision: an Epstein turn
// makes two (its place in the activation order and its move).
//
//   build/bench/unrest_bench --benchmark_filter=RandomDraw

#include <benchmark/benchmark.h>

#include <cstdint>

#include "unrest/core/random.hpp"

namespace unrest {
namespace {

enum class BenchPurpose : std::uint32_t { Draw = 1 };

void BM_RandomDraw(benchmark::State& state) {
  const RandomStream rng(1, 0);
  std::uint64_t agent = 0;
  std::uint64_t sum = 0;
  for (auto _ : state) {
    // Independent draws, as in a tick's loop over agents.
    for (int i = 0; i < 1024; ++i) sum += rng.draw(7, agent++, BenchPurpose::Draw).below(1000);
  }
  benchmark::DoNotOptimize(sum);
  state.counters["ns_per_draw"] =
      benchmark::Counter(static_cast<double>(state.iterations()) * 1024,
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

BENCHMARK(BM_RandomDraw);

}  // namespace
}  // namespace unrest
