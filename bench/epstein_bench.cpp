// Speed of Epstein's Model I: agent-steps per second (one agent-step is one
// citizen's or cop's turn), at the paper's 40 x 40 and at 1000 x 1000 with the
// same densities (0.7 citizens, 0.04 cops per site; Run 2 with floor(C/A), the
// busy punctuated regime); jailed citizens take no turn and are not counted.
// Run:
//
//   build/bench/unrest_bench --benchmark_filter=Epstein
//
// Arguments: side, activation (0 random sequential, 2 parallel blocks), threads.

#include <benchmark/benchmark.h>
#include <omp.h>

#include "unrest/models/epstein/step.hpp"

namespace unrest::epstein {
namespace {

void BM_EpsteinTick(benchmark::State& state) {
  Params p;
  p.width = p.height = static_cast<int>(state.range(0));
  p.activation = static_cast<Activation>(state.range(1));
  p.arrest_rule = ArrestRule::Floor;
  omp_set_num_threads(static_cast<int>(state.range(2)));
  const RandomStream rng(1, 0);
  World w = make_world(p, rng);
  StepBuffers buffers;
  std::int64_t tick = 0;
  for (; tick < 20; ++tick)
    step_world(w, TickContext{p, rng, tick + 1}, buffers);  // leave the start
  std::int64_t agent_steps = 0;
  for (auto _ : state) {
    ++tick;
    agent_steps += step_world(w, TickContext{p, rng, tick}, buffers).turns;
  }
  state.counters["agent_steps_per_s"] =
      benchmark::Counter(static_cast<double>(agent_steps), benchmark::Counter::kIsRate);
  state.counters["ns_per_agent_step"] = benchmark::Counter(
      static_cast<double>(agent_steps), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["agents"] = static_cast<double>(w.citizens() + w.cop_slots());
}

BENCHMARK(BM_EpsteinTick)
    ->ArgNames({"side", "activation", "threads"})
    ->Args({40, 0, 1})
    ->Args({40, 2, 1})
    ->Args({1000, 0, 1})
    ->Args({1000, 2, 1})
    ->Args({1000, 2, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace unrest::epstein
