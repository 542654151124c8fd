#include "unrest/models/epstein/rules.hpp"

#include <gtest/gtest.h>

#include <random>

namespace unrest::epstein {
namespace {

TEST(Rules, GrievanceIsHardshipTimesIllegitimacy) {
  EXPECT_DOUBLE_EQ(grievance(0.5, 0.8, 0.1, GrievanceRule::Paper), 0.5 * 0.2);
  EXPECT_DOUBLE_EQ(grievance(0.5, 0.8, 0.1, GrievanceRule::Ascape), 0.5 * 0.2 * 0.9);
  EXPECT_DOUBLE_EQ(grievance(1.0, 1.0, 0.1, GrievanceRule::Paper), 0.0);
}

TEST(Rules, ArrestProbabilityIsNinetyPercentWithOneCopAndTheAgentAlone) {
  // k = 2.3 is chosen so that P = 0.9 at C = A = 1 (Epstein 2002).
  EXPECT_NEAR(arrest_probability(1, 1, 2.3, ArrestRule::Exact), 0.9, 0.001);
  EXPECT_DOUBLE_EQ(arrest_probability(0, 5, 2.3, ArrestRule::Exact), 0.0);
}

TEST(Rules, ArrestRulesDifferInHowTheyTreatTheRatio) {
  // C/A = 3/2 = 1.5: exact 1.5, floor 1, round half to even 2.
  EXPECT_DOUBLE_EQ(arrest_probability(3, 2, 2.3, ArrestRule::Exact), 1 - std::exp(-2.3 * 1.5));
  EXPECT_DOUBLE_EQ(arrest_probability(3, 2, 2.3, ArrestRule::Floor), 1 - std::exp(-2.3));
  EXPECT_DOUBLE_EQ(arrest_probability(3, 2, 2.3, ArrestRule::Round), 1 - std::exp(-2.3 * 2));
  // Fewer cops than actives: floor and round (0.5 -> 0) give no risk at all.
  EXPECT_DOUBLE_EQ(arrest_probability(1, 2, 2.3, ArrestRule::Floor), 0.0);
  EXPECT_DOUBLE_EQ(arrest_probability(1, 2, 2.3, ArrestRule::Round), 0.0);
  EXPECT_GT(arrest_probability(1, 2, 2.3, ArrestRule::Exact), 0.68);
}

TEST(Rules, RoundHalfToEven) {
  EXPECT_EQ(round_half_even(0.5), 0);
  EXPECT_EQ(round_half_even(1.5), 2);
  EXPECT_EQ(round_half_even(2.5), 2);
  EXPECT_EQ(round_half_even(2.6), 3);
  EXPECT_EQ(round_half_even(0.49), 0);
}

TEST(Rules, TheAgentCountsItselfInA) {
  EXPECT_EQ(actives_counted(0, false, SelfCount::Always), 1);
  EXPECT_EQ(actives_counted(0, true, SelfCount::Always), 1);
  EXPECT_EQ(actives_counted(3, true, SelfCount::Always), 4);
  EXPECT_EQ(actives_counted(3, false, SelfCount::TwiceIfActive), 4);
  EXPECT_EQ(actives_counted(3, true, SelfCount::TwiceIfActive), 5);
}

TEST(Rules, TheThresholdIsStrict) {
  // G - R P = 0.5 - 0.25 * 1 = 0.25 exactly (all dyadic): equal is not above.
  EXPECT_FALSE(rule_a_active(0.5, 0.25, 1.0, 0.25));
  EXPECT_TRUE(rule_a_active(0.5, 0.25, 1.0, 0.2));
  EXPECT_FALSE(rule_a_active(0.1, 0.0, 0.0, 0.1));
}

// Where grievance alone settles rule A, the rule gives that answer for every
// arrest probability, bit for bit (the fast path skips counting on this).
TEST(Rules, WhatGrievanceSettlesRuleAGivesForEveryArrestProbability) {
  std::mt19937_64 gen(9);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  int settled = 0;
  for (int trial = 0; trial < 20'000; ++trial) {
    const double g = unit(gen) * 0.3;
    const double r = trial % 5 == 0 ? 0.0 : unit(gen);
    const double t = trial % 7 == 0 ? g : unit(gen) * 0.2;  // ties of G and T
    const SettledBy by = settled_by_grievance(g, r, t);
    if (by == SettledBy::Nothing) continue;
    ++settled;
    for (const double p : {0.0, 1e-300, 0.25, 0.5, 0.9, 1.0 - 1e-16, 1.0, unit(gen)}) {
      ASSERT_EQ(rule_a_active(g, r, p, t), by == SettledBy::Active)
          << "G " << g << " R " << r << " T " << t << " P " << p;
    }
  }
  EXPECT_GT(settled, 10'000);
  // Unsettled: the answer depends on P.
  ASSERT_EQ(settled_by_grievance(0.15, 0.5, 0.1), SettledBy::Nothing);
  EXPECT_TRUE(rule_a_active(0.15, 0.5, 0.0, 0.1));
  EXPECT_FALSE(rule_a_active(0.15, 0.5, 0.9, 0.1));
}

}  // namespace
}  // namespace unrest::epstein
