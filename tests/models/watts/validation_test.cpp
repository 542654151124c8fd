// Simulated cascades against the generating-function analysis of Watts (2002),
// at N = 10,000 and phi = 0.18 on Erdos-Renyi graphs, 400 cascades per point,
// fixed seeds. docs/models/threshold.md reports the same figures.

#include <gtest/gtest.h>

#include "unrest/models/watts/model.hpp"
#include "unrest/models/watts/theory.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::watts {
namespace {

RunResult cascades(double z, int trials = 400) {
  RunPlan plan;
  plan.params.nodes = 10'000;
  plan.params.mean_degree = z;
  plan.params.phi = 0.18;
  plan.params.trials = trials;
  plan.ticks = 1'000'000;
  plan.seed = 11;
  return simulate(plan);
}

TEST(WattsTheory, TheWindowForPhiPointOneEight) {
  Params p;
  p.phi = 0.18;
  const auto window = cascade_window(p);
  ASSERT_TRUE(window);
  // Lower edge: the vulnerable nodes (degree <= 5) first percolate just above
  // z = 1; upper edge where z P(Poisson(z) <= 3) falls back to 1.
  EXPECT_NEAR(window->first, 1.02, 0.01);
  EXPECT_NEAR(window->second, 5.76, 0.01);
  // For a fixed phi = 1/K the condition reads z P(Poisson(z) <= K - 2) > 1.
  p.mean_degree = 3;
  const double z = 3;
  const double p3 = std::exp(-z) * (1 + z + z * z / 2 + z * z * z / 6);
  EXPECT_NEAR(cascade_condition(p, poisson_degrees(z)), z * p3, 1e-12);
  // The edges step with K = floor(1/phi): phi in (1/5, 1/4] has K = 4.
  p.phi = 0.22;
  const auto narrower = cascade_window(p);
  ASSERT_TRUE(narrower);
  EXPECT_NEAR(narrower->first, 1.1141, 0.001);
  EXPECT_NEAR(narrower->second, 3.863, 0.001);
  p.phi = 0.26;  // K = 3: z (1 + z) exp(-z) never reaches 1
  EXPECT_FALSE(cascade_window(p));
}

// Inside the window: the share of seeds that start a global cascade within
// 0.07 of the predicted frequency (3 binomial standard errors at 400 trials;
// the simulation runs about 0.02 below the infinite-N prediction), and the
// size of global cascades within 0.02 of the predicted size.
TEST(WattsCascades, InsideTheWindowFrequencyAndSizeMatchTheTheory) {
  for (const double z : {1.5, 2.0, 3.0, 4.0, 5.0}) {
    const RunResult r = cascades(z);
    EXPECT_NEAR(r.summary_value("global_frequency"), r.summary_value("predicted_frequency"), 0.07)
        << "z = " << z;
    EXPECT_NEAR(r.summary_value("mean_global_size"), r.summary_value("predicted_size"), 0.02)
        << "z = " << z;
  }
}

// Outside it, global cascades (almost) never happen: below z = 1 there is no
// giant component to carry them; far above, nodes are too well connected for
// one neighbour to tip them.
TEST(WattsCascades, OutsideTheWindowGlobalCascadesAlmostNeverHappen) {
  EXPECT_EQ(cascades(0.5).summary_value("global_cascades"), 0);
  EXPECT_LT(cascades(1.0).summary_value("global_frequency"), 0.02);
  EXPECT_LT(cascades(7.0).summary_value("global_frequency"), 0.01);
  EXPECT_EQ(cascades(8.0).summary_value("global_cascades"), 0);
}

// Near the upper edge a finite network still cascades where the infinite one
// would not: at z = 5.8 (condition 0.99) some 17% of seeds still tip 10,000
// nodes, and the frequency falls off over a band of z rather than at a point.
TEST(WattsCascades, FiniteSizeBlursTheUpperEdge) {
  const RunResult edge = cascades(5.8);
  EXPECT_LT(edge.summary_value("cascade_condition"), 1);
  EXPECT_GT(edge.summary_value("global_frequency"), 0.05);
  EXPECT_GT(cascades(5.5).summary_value("global_frequency"),
            cascades(6.0).summary_value("global_frequency"));
}

}  // namespace
}  // namespace unrest::watts

namespace unrest::watts {
namespace {

// Any degree distribution: the shipped configuration-model scenario (p_k ~
// k^-2.5 on 2..60, phi = 0.15) against the same analysis with its empirical
// p_k: frequency within 0.07 (3 s.e. at 500 trials), size within 0.02.
TEST(WattsCascades, AConfigurationModelGraphMatchesItsTheoryToo) {
  const RunResult r = run(Scenario::load_embedded("watts/configuration-heavy-tail"), {});
  EXPECT_GT(r.summary_value("cascade_condition"), 1);
  EXPECT_NEAR(r.summary_value("global_frequency"), r.summary_value("predicted_frequency"), 0.07);
  EXPECT_NEAR(r.summary_value("mean_global_size"), r.summary_value("predicted_size"), 0.02);
}

}  // namespace
}  // namespace unrest::watts
