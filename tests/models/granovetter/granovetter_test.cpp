#include <gtest/gtest.h>

#include <cmath>

#include "unrest/models/granovetter/crowd.hpp"
#include "unrest/models/granovetter/model.hpp"
#include "unrest/models/granovetter/theory.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::granovetter {
namespace {

std::int64_t equilibrium(const Params& p, std::uint64_t seed = 1) {
  return iterate_crowd(make_thresholds(p, RandomStream(seed, 0)), 100'000).back();
}

Params list_crowd(std::vector<double> thresholds) {
  Params p;
  p.distribution = Distribution::List;
  p.thresholds = std::move(thresholds);
  p.population = static_cast<int>(p.thresholds.size());
  return p;
}

std::vector<double> zero_to_99() {
  std::vector<double> t(100);
  for (int i = 0; i < 100; ++i) t[static_cast<std::size_t>(i)] = i;
  return t;
}

TEST(Granovetter, ThresholdsZeroToNinetyNineAllAct) {
  EXPECT_EQ(equilibrium(list_crowd(zero_to_99())), 100);
  EXPECT_EQ(iterate_crowd(zero_to_99(), 1000).size(), 101u);  // one more person each round
}

TEST(Granovetter, WithoutTheThresholdOneOnlyTheInstigatorActs) {
  auto t = zero_to_99();
  t[1] = 2;
  EXPECT_EQ(equilibrium(list_crowd(t)), 1);
}

TEST(Granovetter, TheShippedRiotScenariosGiveTheseResults) {
  for (const auto& [name, expected] : {std::pair{"granovetter/riot-0-to-99", 100.0},
                                       std::pair{"granovetter/riot-no-threshold-1", 1.0}}) {
    const RunResult r = run(Scenario::load_embedded(name), {});
    EXPECT_EQ(r.summary_value("equilibrium"), expected) << name;
    EXPECT_EQ(r.summary_value("mean_field_equilibrium"), expected) << name;
  }
}

TEST(Granovetter, NegativeThresholdsActAtOnceAndRoundsStopAtEquilibrium) {
  EXPECT_EQ(iterate_crowd({-3, -1, 5}, 100), (std::vector<std::int64_t>{0, 2}));
  EXPECT_EQ(iterate_crowd({1, 2}, 100), (std::vector<std::int64_t>{0}));
  EXPECT_EQ(iterate_crowd({0, 1, 2, 3}, 2), (std::vector<std::int64_t>{0, 1, 2}));
}

// Granovetter's continuous analysis of the normal crowd (N = 100, mean 25)
// puts the jump at a standard deviation of about 12.2.
TEST(GranovetterNormalCrowd, MeanFieldCriticalValueIsGranovettersTwelvePointTwo) {
  Params p;
  EXPECT_NEAR(*mean_field_critical_sd(p), 12.2, 0.05);
  // Just below it the equilibrium is "about six", just above "nearly 100".
  p.sd = 12.22;
  EXPECT_NEAR(mean_field_equilibrium(p), 6, 0.5);
  p.sd = 12.23;
  EXPECT_GT(mean_field_equilibrium(p), 99);
}

// The crowd of evenly spaced quantiles follows its integer dynamics exactly:
// for each rounding rule, the equilibrium is small just below the computed
// critical value and nearly everyone just above it.
TEST(GranovetterNormalCrowd, TheQuantileCrowdJumpsAtTheComputedCriticalValue) {
  for (const auto rounding : {Rounding::Floor, Rounding::Round, Rounding::None}) {
    Params p;
    p.rounding = rounding;
    p.sampling = Sampling::Quantiles;
    const double critical = *quantile_crowd_critical_sd(p);
    EXPECT_GT(critical, 11.5);
    EXPECT_LT(critical, 13.0);
    p.sd = critical - 0.01;
    EXPECT_LT(equilibrium(p), 10) << "rounding " << static_cast<int>(rounding);
    p.sd = critical + 0.01;
    EXPECT_GE(equilibrium(p), 95) << "rounding " << static_cast<int>(rounding);
  }
}

// Below the jump the equilibrium stays small, above it nearly all act, and as
// the spread grows without bound it tends to half (half the thresholds are
// then below zero, half beyond reach).
TEST(GranovetterNormalCrowd, SmallThenNearlyAllThenTowardsHalf) {
  Params p;
  p.sampling = Sampling::Quantiles;
  for (const double sd : {1.0, 5.0, 10.0, 11.5}) {
    p.sd = sd;
    EXPECT_LT(equilibrium(p), 10) << sd;
  }
  for (const double sd : {13.0, 15.0, 20.0}) {
    p.sd = sd;
    EXPECT_GE(equilibrium(p), 98) << sd;
  }
  double previous = 100;
  for (const double sd : {50.0, 100.0, 1000.0, 1e6}) {
    p.sd = sd;
    const auto e = static_cast<double>(equilibrium(p));
    EXPECT_LE(e, previous) << sd;
    previous = e;
  }
  EXPECT_NEAR(previous, 50, 1);
  p.sd = 1e6;
  EXPECT_NEAR(mean_field_equilibrium(p), 50, 0.5);
}

// Random crowds of 100 scatter around the jump: count over 200 crowds how
// many reach more than half. Well below the critical value almost none do,
// well above almost all.
TEST(GranovetterNormalCrowd, RandomCrowdsJumpAroundTheCriticalValue) {
  const auto share_high = [](double sd) {
    Params p;
    p.sd = sd;
    int high = 0;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) high += equilibrium(p, seed) > 50;
    return high / 200.0;
  };
  EXPECT_LT(share_high(8), 0.05);
  EXPECT_GT(share_high(18), 0.9);
  EXPECT_LT(share_high(10), share_high(12));
  EXPECT_LT(share_high(12), share_high(14));
}

TEST(GranovetterParams, KeysWithoutEffectAreErrors) {
  const auto error_of = [](const std::string& params) {
    const Scenario s = Scenario::load_text(
        "[scenario]\nname='g'\nmodel='granovetter'\n[run]\nticks=10\n[params]\n" + params,
        "g.toml");
    try {
      (void)resolve(s);
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_EQ(error_of("distribution='list'\nthresholds=[0,1]\nsd=3\n"),
            "g.toml:9:4: key 'params.sd': has no effect with distribution = \"list\"");
  EXPECT_EQ(
      error_of("distribution='list'\nthresholds=[0,1]\npopulation=3\n"),
      "g.toml:9:12: key 'params.population': is 3 but the list holds 2 thresholds; leave it out");
  EXPECT_EQ(error_of("distribution='list'\n"),
            "g.toml:6:1: key 'params.thresholds': distribution = \"list\" needs a non-empty list");
  EXPECT_EQ(error_of("thresholds=[1]\n"),
            "g.toml:7:12: key 'params.thresholds': has no effect with distribution = \"normal\"");
  EXPECT_EQ(error_of("distribution='uniform'\nlow=5\nhigh=1\n"),
            "g.toml:9:6: key 'params.high': must not be below low");
  EXPECT_EQ(error_of("sd=12\nrounding='round'\n"), "");
}

}  // namespace
}  // namespace unrest::granovetter
