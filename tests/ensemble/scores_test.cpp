#include "unrest/ensemble/scores.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace unrest::ensemble {
namespace {

Observed point(double y) {
  return {y, y};
}

// The CRPS of a sample against a point by its other form, E|X-y| - E|X-X'|/2.
double crps_by_pairs(const std::vector<double>& xs, double y) {
  double first = 0, second = 0;
  for (const double a : xs) {
    first += std::abs(a - y);
    for (const double b : xs) second += std::abs(a - b);
  }
  const auto m = static_cast<double>(xs.size());
  return first / m - second / (2 * m * m);
}

TEST(Scores, SignedErrorIsZeroInsideTheObservation) {
  EXPECT_EQ(signed_error(3, {4, 5}), -1);
  EXPECT_EQ(signed_error(4.5, {4, 5}), 0);
  EXPECT_EQ(signed_error(7, {4, 5}), 2);
}

TEST(Scores, CrpsOfOneSampleIsItsAbsoluteError) {
  EXPECT_DOUBLE_EQ(crps({3}, point(5)), 2);
  EXPECT_DOUBLE_EQ(crps({8}, point(5)), 3);
  EXPECT_DOUBLE_EQ(crps({5}, point(5)), 0);
}

TEST(Scores, CrpsAgainstAPointIsGneitingAndRafterysForm) {
  const std::vector<double> xs = {1, 4, 4.5, 7, 12, -3};
  for (const double y : {-5.0, 0.0, 4.2, 6.0, 20.0}) {
    EXPECT_NEAR(crps(xs, point(y)), crps_by_pairs(xs, y), 1e-12) << y;
  }
  // By hand: {0, 1} against 0 is 0.5 - 0.25.
  EXPECT_DOUBLE_EQ(crps({0, 1}, point(0)), 0.25);
}

TEST(Scores, AnIntervalObservationForgivesWhatFallsInsideIt) {
  // Every sample within the day: no penalty at all.
  EXPECT_EQ(crps({24, 30, 47.5}, {24, 48}), 0);
  // One sample a day early: integral of F^2 = (1/2)^2 over the 24 hours
  // between it and the start of the day.
  EXPECT_DOUBLE_EQ(crps({0, 30}, {24, 48}), 0.25 * 24);
  // Widening the observation never raises the score.
  const std::vector<double> xs = {10, 20, 35, 60};
  EXPECT_LE(crps(xs, {24, 48}), crps(xs, point(36)));
}

TEST(Scores, CrpsRewardsSharpnessAndPenalisesBias) {
  EXPECT_LT(crps({9, 10, 11}, point(10)), crps({5, 10, 15}, point(10)));
  EXPECT_LT(crps({9, 10, 11}, point(10)), crps({19, 20, 21}, point(10)));
}

TEST(Scores, CoverageOfTheCentralInterval) {
  std::vector<double> xs;
  for (int i = 0; i <= 100; ++i) xs.push_back(i);  // the 80% interval is [10, 90]
  EXPECT_TRUE(covers(xs, point(50)));
  EXPECT_TRUE(covers(xs, point(10)));
  EXPECT_FALSE(covers(xs, point(9.5)));
  EXPECT_TRUE(covers(xs, {0, 10}));  // a day that reaches into the interval
  EXPECT_FALSE(covers(xs, {91, 95}));
  EXPECT_TRUE(covers(xs, point(95), 0.95));
}

TEST(Scores, LogRatio) {
  EXPECT_DOUBLE_EQ(log_ratio(328, 164), std::log(2.0));
  EXPECT_DOUBLE_EQ(log_ratio(164, 164), 0);
  EXPECT_TRUE(std::isnan(log_ratio(0, 164)));
}

TEST(Scores, RefusesWhatCannotBeScored) {
  EXPECT_THROW((void)crps({}, point(1)), std::invalid_argument);
  EXPECT_THROW((void)crps({INFINITY}, point(1)), std::invalid_argument);
  EXPECT_THROW((void)crps({1}, {2, 1}), std::invalid_argument);
  EXPECT_THROW((void)covers({1}, point(1), 1.0), std::invalid_argument);
}

}  // namespace
}  // namespace unrest::ensemble
