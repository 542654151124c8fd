#include "unrest/models/epstein/rules.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace unrest::epstein
