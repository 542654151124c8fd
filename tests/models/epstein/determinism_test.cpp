// Results are a function of the seed alone: bitwise identical for any thread
// count, different for different seeds.

#include <gtest/gtest.h>
#include <omp.h>

#include "unrest/io/csv.hpp"
#include "unrest/models/epstein/model.hpp"
#include "unrest/models/epstein/step.hpp"

namespace unrest::epstein {
namespace {

std::string outputs(const RunPlan& setup, int threads) {
  omp_set_num_threads(threads);
  const RunResult r = simulate(setup);
  omp_set_num_threads(2);
  return timeseries_csv(r.series, r.calendar) + events_csv(r.events, r.calendar);
}

RunPlan setup_for(Activation activation, int side, std::uint64_t seed) {
  RunPlan s;
  s.params.arrest_rule = ArrestRule::Floor;  // outbursts: a busy, sensitive run
  s.params.activation = activation;
  s.params.width = side;
  s.params.height = side;
  s.ticks = 60;
  s.seed = seed;
  s.schedule.add({30, 0}, SetLegitimacy{0.7});
  return s;
}

TEST(Determinism, SameSeedSameBytesWithOneOrTwoThreads) {
  for (const auto activation :
       {Activation::RandomSequential, Activation::CitizensThenCops, Activation::ParallelBlocks}) {
    // 120 x 120 gives the parallel scheme 4 x 4 blocks (side >= 4 x vision 7).
    const RunPlan s = setup_for(activation, 120, 5);
    const std::string one = outputs(s, 1);
    const std::string two = outputs(s, 2);
    EXPECT_EQ(one, two) << "activation " << static_cast<int>(activation);
    EXPECT_EQ(one, outputs(s, 2)) << "a repeat of the same run";
  }
}

TEST(Determinism, DifferentSeedsDiffer) {
  EXPECT_NE(outputs(setup_for(Activation::RandomSequential, 40, 1), 1),
            outputs(setup_for(Activation::RandomSequential, 40, 2), 1));
}

TEST(Determinism, ReplicatesAreIndependentStreams) {
  const RunPlan s = setup_for(Activation::RandomSequential, 40, 1);
  const RunResult a = simulate(s, RunOptions{0});
  const RunResult b = simulate(s, RunOptions{1});
  EXPECT_NE(a.series.column("active"), b.series.column("active"));
  EXPECT_EQ(a.series.column("active"), simulate(s, RunOptions{0}).series.column("active"));
}

}  // namespace
}  // namespace unrest::epstein

namespace unrest::epstein {
namespace {

// The lattice's bits (popcounts, selects, and decisions that grievance
// settles without counting) and a scan of its sites (the reference path) are
// two ways to the same counts and the same k-th site: a world stepped with its
// bits and one stepped with them off stay identical, site by site, in each of
// Run 2's busy ticks, with every arrest rule, in random order and in parallel
// blocks on two threads (bits written atomically), and with a vision too wide
// for row masks (counted run by run).
TEST(Determinism, BitsAndScansOfTheLatticeAgreeTickByTick) {
  struct Case {
    ArrestTarget target;
    Activation activation;
    int side;
    double vision;  // above 31: too wide for row masks, counted by runs
    std::int64_t ticks;
  };
  for (const Case c : {Case{ArrestTarget::Random, Activation::RandomSequential, 30, 7, 150},
                       Case{ArrestTarget::Nearest, Activation::RandomSequential, 30, 7, 150},
                       Case{ArrestTarget::Random, Activation::ParallelBlocks, 120, 7, 150},
                       Case{ArrestTarget::Random, Activation::RandomSequential, 66, 32, 15}}) {
    omp_set_num_threads(2);
    Params p;
    p.width = p.height = c.side;
    p.vision = p.cop_vision = c.vision;
    p.arrest_rule = ArrestRule::Floor;
    p.arrest_target = c.target;
    p.activation = c.activation;
    const RandomStream rng(5, 0);
    World with_bits = make_world(p, rng);
    World scanned = make_world(p, rng);
    StepBuffers a, b;
    std::int64_t arrests = 0;
    ASSERT_EQ(with_bits.citizen_masks.usable(), c.vision <= 31);
    for (std::int64_t tick = 1; tick <= c.ticks; ++tick) {
      scanned.bits_on = false;
      const TickTally ta = step_world(with_bits, TickContext{p, rng, tick}, a);
      const TickTally tb = step_world(scanned, TickContext{p, rng, tick}, b);
      ASSERT_EQ(ta.arrests, tb.arrests) << "tick " << tick;
      ASSERT_EQ(ta.released, tb.released) << "tick " << tick;
      ASSERT_TRUE(with_bits.site == scanned.site) << "tick " << tick;
      ASSERT_TRUE(with_bits.occupant == scanned.occupant) << "tick " << tick;
      arrests += ta.arrests;
    }
    EXPECT_GT(arrests, 0);  // the rules were exercised, not a quiet lattice
    // The bits still mirror the sites, kind by kind.
    for (CellIndex cell = 0; cell < with_bits.grid.cells(); ++cell) {
      const int x = with_bits.grid.x_of(cell);
      const int y = with_bits.grid.y_of(cell);
      const Site site = with_bits.site[cell];
      ASSERT_EQ(with_bits.empty_bits.test(x, y), site == Site::Empty) << cell;
      ASSERT_EQ(with_bits.active_bits.test(x, y), site == Site::Active) << cell;
      ASSERT_EQ(with_bits.cop_bits.test(x, y), site == Site::Cop) << cell;
    }
  }
}

}  // namespace
}  // namespace unrest::epstein
