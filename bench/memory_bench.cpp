// The machine's memory bandwidth, to set the national model's cost beside its
// bound: a tick reads each marcher's bytes once (docs/models/uprising.md,
// "Speed and memory"). Reads a 256 MiB array of bytes, eight at a time,
// on one thread and on two.
//
//   build/bench/unrest_bench --benchmark_filter=ReadBandwidth

#include <benchmark/benchmark.h>
#include <omp.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace {

void BM_ReadBandwidth(benchmark::State& state) {
  const std::size_t bytes = std::size_t{256} << 20;
  std::vector<std::uint8_t> data(bytes, 1);
  const int threads = static_cast<int>(state.range(0));
  const auto words = static_cast<std::int64_t>(bytes / sizeof(std::uint64_t));
  for (auto _ : state) {
    std::uint64_t sum = 0;
#pragma omp parallel for num_threads(threads) reduction(+ : sum) schedule(static)
    for (std::int64_t i = 0; i < words; ++i) {
      std::uint64_t word;
      std::memcpy(&word, data.data() + static_cast<std::size_t>(i) * sizeof(word), sizeof(word));
      sum += word;
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(bytes));
}

BENCHMARK(BM_ReadBandwidth)
    ->ArgNames({"threads"})
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
