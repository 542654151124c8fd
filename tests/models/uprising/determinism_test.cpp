// A run is a function of its seed: bitwise identical for any thread count
// (the default scale is above the size at which the loops go parallel).

#include <gtest/gtest.h>
#include <omp.h>

#include "runs.hpp"
#include "unrest/io/csv.hpp"

namespace unrest::uprising {
namespace {

std::string outputs(const RunPlan& plan, int threads) {
  omp_set_num_threads(threads);
  const RunResult r = simulate(plan);
  omp_set_num_threads(2);
  std::string all = timeseries_csv(r.series, r.calendar) + events_csv(r.events, r.calendar);
  for (const auto& t : r.tables) all += table_csv(t, r.calendar);
  return all;
}

TEST(UprisingDeterminism, SameSeedSameBytesWithOneOrTwoThreads) {
  RunPlan plan = testing::plan_for("kazakhstan-2022/scenario", {"run.ticks=130"});
  ASSERT_GT(plan.params.scale * plan.country.population(), 200'000) << "must run the parallel path";
  const std::string one = outputs(plan, 1);
  EXPECT_EQ(one, outputs(plan, 2));
}

TEST(UprisingDeterminism, MoreAgentsInSmallPlacesStillBitwiseIdentical) {
  RunPlan plan = testing::plan_for("kazakhstan-2022/scenario",
                                   {"run.ticks=100", "scale=0.005", "min_place_agents=5000"});
  const std::string one = outputs(plan, 1);
  EXPECT_EQ(one, outputs(plan, 2));
}

TEST(UprisingDeterminism, TheStatesPolicyIsBitwiseIdenticalWithOneOrTwoThreads) {
  // Through the stormings of 4-5 January, when most of its rules act.
  RunPlan plan = testing::plan_for("kazakhstan-2022/policy",
                                   {"run.ticks=150", "scale=0.005", "min_place_agents=5000"});
  ASSERT_FALSE(plan.policy.empty());
  const std::string one = outputs(plan, 1);
  EXPECT_NE(one.find("policy "), std::string::npos) << "no rule acted";
  EXPECT_EQ(one, outputs(plan, 2));
}

TEST(UprisingDeterminism, DifferentSeedsDiffer) {
  RunPlan plan = testing::plan_for("kazakhstan-2022/scenario",
                                   {"run.ticks=100", "scale=0.005", "min_place_agents=0"});
  const std::string a = outputs(plan, 1);
  plan.seed = 2;
  EXPECT_NE(a, outputs(plan, 1));
}

}  // namespace
}  // namespace unrest::uprising
