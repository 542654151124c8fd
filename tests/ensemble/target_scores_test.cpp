#include "unrest/ensemble/target_scores.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace unrest::ensemble {
namespace {

FitTarget time_target(const std::string& name, double simulated, double low, double high) {
  FitTarget t;
  t.name = name;
  t.group = "first_protest";
  t.unit = "hours";
  t.simulated = simulated;
  t.observed_low = low;
  t.observed_high = high;
  t.observed_text = "test";
  t.tolerance = 24;
  return t;
}

/// Runs of one target with these simulated values.
std::vector<std::vector<FitTarget>> runs_of(const FitTarget& t, std::vector<double> values) {
  std::vector<std::vector<FitTarget>> runs;
  for (const double v : values) {
    FitTarget copy = t;
    copy.simulated = v;
    runs.push_back({copy});
  }
  return runs;
}

TEST(TargetScores, RunsInsideTheRecordsIntervalMakeNoError) {
  // A first protest "on 4 January" is any hour of it: 72 to 95.
  const auto s = score_targets(runs_of(time_target("a", 0, 72, 95), {72, 80, 95}), 0.8).front();
  EXPECT_EQ(s.mean_abs_error, 0);
  EXPECT_EQ(s.bias, 0);
  EXPECT_EQ(s.crps, 0);
  EXPECT_TRUE(s.covered);
  EXPECT_EQ(s.on_target, 1);
  EXPECT_EQ(s.median, 80);
}

TEST(TargetScores, EarlyRunsHaveANegativeBiasAndMissTheTolerance) {
  const auto s = score_targets(runs_of(time_target("a", 0, 72, 95), {30, 40, 50, 60}), 0.8).front();
  EXPECT_DOUBLE_EQ(s.mean_abs_error, (42 + 32 + 22 + 12) / 4.0);
  EXPECT_DOUBLE_EQ(s.bias, -s.mean_abs_error);
  EXPECT_FALSE(s.covered);
  EXPECT_DOUBLE_EQ(s.on_target, 0.5);  // 50 and 60 are within 24 hours of 72
  EXPECT_GT(s.crps, 0);
  EXPECT_LT(s.crps, s.mean_abs_error);  // spread is rewarded against the mean error
}

TEST(TargetScores, TotalsAreScoredAsFactors) {
  FitTarget killed = time_target("killed", 0, 164, 238);
  killed.group = "killed";
  killed.unit = "people";
  killed.log_scale = true;
  killed.tolerance = 2;
  const auto s = score_targets(runs_of(killed, {476, 100}), 0.8).front();
  // 476 is 2 x 238: on target at the edge; 100 is within a factor 2 of 164.
  EXPECT_EQ(s.on_target, 1);
  EXPECT_NEAR(s.bias,
              (std::log1p(476.0) - std::log1p(238.0) + std::log1p(100.0) - std::log1p(164.0)) / 2,
              1e-12);
  const auto far = score_targets(runs_of(killed, {20}), 0.8).front();
  EXPECT_EQ(far.on_target, 0);
}

TEST(TargetScores, AFloorForgivesAnythingAboveIt) {
  FitTarget injured = time_target("injured", 0, 1000, INFINITY);
  injured.log_scale = true;
  injured.tolerance = 2;
  const auto s = score_targets(runs_of(injured, {4000, 90000}), 0.8).front();
  EXPECT_EQ(s.mean_abs_error, 0);
  EXPECT_EQ(s.crps, 0);
  EXPECT_TRUE(s.covered);
}

TEST(TargetScores, RunsWithOtherTargetsAreRefused) {
  std::vector<std::vector<FitTarget>> runs = {{time_target("a", 1, 0, 0)},
                                              {time_target("b", 1, 0, 0)}};
  EXPECT_THROW((void)score_targets(runs, 0.8), std::invalid_argument);
  EXPECT_THROW((void)score_targets({}, 0.8), std::invalid_argument);
}

TEST(TargetScores, GroupsAverageTheirTargetsAndRankTheOrder) {
  // Three cities, observed in the order a, b, c; the run gets them in the
  // order c, b, a: Spearman -1.
  std::vector<std::vector<FitTarget>> runs = {
      {time_target("a", 30, 10, 10), time_target("b", 20, 20, 20), time_target("c", 10, 30, 30)}};
  const auto targets = score_targets(runs, 0.8);
  const auto groups = score_groups(targets, runs);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].targets, 3u);
  EXPECT_DOUBLE_EQ(groups[0].mean_abs_error, (20 + 0 + 20) / 3.0);
  EXPECT_DOUBLE_EQ(groups[0].rank_correlation, -1);
  EXPECT_DOUBLE_EQ(groups[0].coverage, 1.0 / 3);
}

std::vector<FitTarget> cities(const std::vector<double>& observed,
                              const std::vector<double>& distance,
                              const std::vector<double>& hardship) {
  std::vector<FitTarget> out;
  for (std::size_t i = 0; i < observed.size(); ++i) {
    FitTarget t = time_target("c" + std::to_string(i), -1, observed[i], observed[i]);
    t.features = {{"distance_km", distance[i]}, {"shock_hardship", hardship[i]}};
    out.push_back(t);
  }
  return out;
}

double forecast_of(const std::vector<Baseline>& baselines, const std::string& name, std::size_t i) {
  for (const auto& b : baselines) {
    if (b.name == name) return b.forecast.at(i).simulated;
  }
  throw std::out_of_range(name);
}

TEST(TargetScores, BaselinesFromTheRecordAlone) {
  // Times exactly 10 + 0.1 h/km: the distance rule recovers them.
  const auto targets = cities({10, 20, 30, 60}, {0, 100, 200, 500}, {0.8, 0.1, 0.5, 0.5});
  const auto baselines = record_baselines(targets, "first_protest");
  ASSERT_EQ(baselines.size(), 3u);
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_DOUBLE_EQ(forecast_of(baselines, "constant_date", i), 25);  // the median
    EXPECT_NEAR(forecast_of(baselines, "distance", i), targets[i].observed_low, 1e-9);
  }
  // The hardest hit (0.8) takes the earliest time, the two at 0.5 share the
  // next two, the least hit the last.
  EXPECT_DOUBLE_EQ(forecast_of(baselines, "input_ranking", 0), 10);
  EXPECT_DOUBLE_EQ(forecast_of(baselines, "input_ranking", 2), 25);
  EXPECT_DOUBLE_EQ(forecast_of(baselines, "input_ranking", 3), 25);
  EXPECT_DOUBLE_EQ(forecast_of(baselines, "input_ranking", 1), 60);
}

TEST(TargetScores, ABaselineNeedsItsFeature) {
  std::vector<FitTarget> targets = cities({10, 20, 30}, {0, 1, 2}, {1, 2, 3});
  for (auto& t : targets) t.features.clear();
  const auto baselines = record_baselines(targets, "first_protest");
  ASSERT_EQ(baselines.size(), 1u);
  EXPECT_EQ(baselines[0].name, "constant_date");
  EXPECT_TRUE(record_baselines(targets, "strike").empty());
}

}  // namespace
}  // namespace unrest::ensemble
