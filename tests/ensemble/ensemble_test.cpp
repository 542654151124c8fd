// The ensemble layer's parts: order statistics, digests, distances, sweep
// designs, paired comparisons, the job runner and the calibration settings.

#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "unrest/core/error.hpp"
#include "unrest/ensemble/bundle.hpp"
#include "unrest/ensemble/calibration_config.hpp"
#include "unrest/ensemble/communicator.hpp"
#include "unrest/ensemble/comparison.hpp"
#include "unrest/ensemble/digest.hpp"
#include "unrest/ensemble/distance.hpp"
#include "unrest/ensemble/ensemble_summary.hpp"
#include "unrest/ensemble/job_runner.hpp"
#include "unrest/ensemble/quantiles.hpp"
#include "unrest/ensemble/sweep_design.hpp"

namespace unrest::ensemble {
namespace {

TEST(Quantiles, Type7InterpolatesBetweenOrderStatistics) {
  const std::vector<double> x = {1, 2, 3, 4, 5};
  EXPECT_DOUBLE_EQ(quantile_sorted(x, 0.5), 3);
  EXPECT_DOUBLE_EQ(quantile_sorted(x, 0.25), 2);
  EXPECT_DOUBLE_EQ(quantile_sorted(x, 0.1), 1.4);  // R: quantile(1:5, 0.1) = 1.4
  EXPECT_DOUBLE_EQ(quantile_sorted(x, 1), 5);
  EXPECT_TRUE(std::isnan(quantile_sorted({}, 0.5)));
  const Distribution d = describe({5, NAN, 1, 3});
  EXPECT_EQ(d.n, 3u);
  EXPECT_DOUBLE_EQ(d.mean, 3);
  EXPECT_DOUBLE_EQ(d.sd, 2);
  EXPECT_DOUBLE_EQ(d.median(), 3);
}

TEST(Bundle, RoundTripsAndRejectsTruncation) {
  Bundle b;
  b.add("a.csv", "x,y\n1,2\n");
  b.add("digest.json", std::string("with\0nul", 8));
  const Bundle back = Bundle::decode(b.encode());
  EXPECT_EQ(back.files, b.files);
  EXPECT_EQ(back.at("a.csv"), "x,y\n1,2\n");
  const std::string text = b.encode();
  EXPECT_THROW(Bundle::decode(text.substr(0, text.size() - 1)), std::runtime_error);
}

ReplicateDigest sample_digest(std::uint64_t replicate, double killed) {
  ReplicateDigest d;
  d.replicate = replicate;
  d.seed = 1;
  d.series_columns = {{"tick", ColumnKind::Integer, "tick"}, {"x", ColumnKind::Real, "x"}};
  d.series = {{0, 1}, {0.1, 1.0 / 3}};
  d.summary = {{"killed", killed, "people killed"}, {"odd", NAN, "not a number"}};
  d.scores = {{"peak_day", 5, "in [4, 6]", true, "day"}};
  d.statistics = {{"log_killed", "killed", 5.1, 5.1, INFINITY, 0.69, "log", 3.0}};
  d.first_protests = {{"Zhanaozen", "2022-01-02", 11}, {"Nowhere", "2022-01-05", -1}};
  return d;
}

TEST(Digest, ReadsBackExactlyWithNanAndInfinity) {
  const ReplicateDigest d = sample_digest(7, 146);
  const ReplicateDigest back = ReplicateDigest::from_json(d.to_json());
  EXPECT_EQ(back.to_json(), d.to_json());
  EXPECT_EQ(back.series[1][1], 1.0 / 3);  // every bit
  EXPECT_TRUE(std::isnan(back.value("odd")));
  EXPECT_TRUE(std::isinf(back.statistics[0].high));
  EXPECT_EQ(back.statistics[0].cap, 3.0);
  EXPECT_EQ(back.value("peak_day"), 5);
  EXPECT_THROW(ReplicateDigest::from_json("{}"), std::runtime_error);
}

TEST(Distance, GroupsWeighEquallyAndCapsBoundEachMiss) {
  std::vector<FitStatistic> s = {
      {"a", "cities", 3, 2, 2, 1, "", 3},   // 1 day late
      {"b", "cities", 12, 2, 2, 1, "", 3},  // never: capped at 3
      {"killed", "killed", 1, 0, 0, 0.5, "", INFINITY},
  };
  // cities: (1 + 9) / 2 = 5; killed: 4; mean over groups 4.5.
  EXPECT_DOUBLE_EQ(distance_to_record(s), std::sqrt(4.5));
  s[2].simulated = 0;
  EXPECT_DOUBLE_EQ(distance_to_record(s), std::sqrt(2.5));
  const auto truth = [](std::string name, double value) {
    FitStatistic t;
    t.name = std::move(name);
    t.simulated = value;
    return t;
  };
  const auto synthetic = against_truth(s, {truth("a", 3), truth("b", 12), truth("killed", 0)});
  EXPECT_EQ(distance_to_record(synthetic), 0);
  EXPECT_THROW(against_truth(s, {truth("a", 3)}), std::invalid_argument);
}

TEST(Distance, TargetsMissInUnitsOfTheirToleranceAndGroupsWeighTheSame) {
  const auto target = [](std::string group, double simulated, double low, double high,
                         double tolerance, bool log_scale) {
    FitTarget t;
    t.name = group + std::to_string(simulated);
    t.group = std::move(group);
    t.simulated = simulated;
    t.observed_low = low;
    t.observed_high = high;
    t.tolerance = tolerance;
    t.log_scale = log_scale;
    return t;
  };
  // Times: 48 h late at a tolerance of 24 is 2; inside the interval is 0.
  // Group "first": (4 + 0) / 2 = 2.
  std::vector<FitTarget> t = {target("first", 100, 40, 52, 24, false),
                              target("first", 45, 40, 52, 24, false)};
  EXPECT_DOUBLE_EQ(distance_to_targets(t), std::sqrt(2.0));
  // A total 4 times too small at a tolerated factor 2 misses by about 2
  // (log(1 + x) makes it a little less); an open floor is met by any more.
  t.push_back(target("killed", 40, 160, 160, 2, true));
  const double killed = (std::log1p(160) - std::log1p(40)) / std::log(2.0);
  EXPECT_DOUBLE_EQ(distance_to_targets(t), std::sqrt((2.0 + killed * killed) / 2));
  t.push_back(target("injured", 5000, 1000, INFINITY, 2, true));
  EXPECT_DOUBLE_EQ(distance_to_targets(t), std::sqrt((2.0 + killed * killed) / 3));
  // An event the run never sees, with no tolerance (an occurrence): a miss of 1.
  EXPECT_DOUBLE_EQ(distance_to_targets({target("stormed", 0, 1, 1, 0, false)}), 1.0);
  // A miss counts at most three tolerances: ten days late is three.
  EXPECT_DOUBLE_EQ(distance_to_targets({target("late", 52 + 240, 40, 52, 24, false)}),
                   kMaxTargetMiss);
  EXPECT_EQ(distance_to_targets({}), 0);
}

TEST(SweepDesign, GridVariesTheLastParameterFastest) {
  const auto a = parse_sweep_parameter("a=0:1:3");
  const auto b = parse_sweep_parameter("b=5,7");
  EXPECT_EQ(a.values, (std::vector<double>{0, 0.5, 1}));
  const auto points = sweep_points({a, b}, SweepDesign::Grid, 0, 1);
  ASSERT_EQ(points.size(), 6u);
  EXPECT_EQ(points[0], (std::vector<double>{0, 5}));
  EXPECT_EQ(points[1], (std::vector<double>{0, 7}));
  EXPECT_EQ(points[5], (std::vector<double>{1, 7}));
  const auto log_levels = parse_sweep_parameter("r=1e-4:1e-2:3:log");
  EXPECT_NEAR(log_levels.values[1], 1e-3, 1e-15);
}

TEST(SweepDesign, LatinHypercubeUsesEachStratumOnce) {
  const auto a = parse_sweep_parameter("a=0:1");
  const auto r = parse_sweep_parameter("r=1:1000:log");
  const auto points = sweep_points({a, r}, SweepDesign::LatinHypercube, 10, 3);
  std::set<int> strata_a, strata_r;
  for (const auto& p : points) {
    strata_a.insert(static_cast<int>(p[0] * 10));
    strata_r.insert(static_cast<int>(std::log10(p[1]) / 3 * 10));
  }
  EXPECT_EQ(strata_a.size(), 10u);
  EXPECT_EQ(strata_r.size(), 10u);
  EXPECT_EQ(points, sweep_points({a, r}, SweepDesign::LatinHypercube, 10, 3));
  EXPECT_NE(points, sweep_points({a, r}, SweepDesign::LatinHypercube, 10, 4));
}

TEST(SweepDesign, BadSpecificationsSayTheExpectedForm) {
  for (const char* bad : {"a", "a=1:x", "a=2:1", "a=0:1:1", "a=0:1:2:3:4", "a=-1:1:3:log"}) {
    EXPECT_THROW(parse_sweep_parameter(bad), std::invalid_argument) << bad;
  }
  try {
    parse_sweep_parameter("a=1:x");
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("expected name=low:high"), std::string::npos);
  }
  EXPECT_THROW(sweep_points({parse_sweep_parameter("a=0:1")}, SweepDesign::Grid, 0, 1),
               std::invalid_argument);  // a grid needs levels
}

TEST(Comparison, PairsReplicatesByIndex) {
  std::vector<ReplicateDigest> base, other;
  for (std::uint64_t i = 0; i < 5; ++i) {
    base.push_back(sample_digest(i, 100 + 10.0 * static_cast<double>(i)));
    other.push_back(sample_digest(i, 90 + 10.0 * static_cast<double>(i)));
  }
  const auto rows = compare_outcomes(base, other, {"killed"});
  ASSERT_EQ(rows.size(), 1u);
  // Unpaired the spreads overlap; paired, every difference is exactly -10.
  EXPECT_DOUBLE_EQ(rows[0].difference.low90(), -10);
  EXPECT_DOUBLE_EQ(rows[0].difference.high90(), -10);
  EXPECT_DOUBLE_EQ(rows[0].share_lower, 1);
  other.pop_back();
  EXPECT_THROW(compare_outcomes(base, other, {"killed"}), std::invalid_argument);
}

TEST(EnsembleSummary, AFitScoreNeverSharesANameWithASummaryValue) {
  // A score named as a summary value ("peak_day" in both) gets its own
  // column, with its own values, not the summary's a second time.
  std::vector<ReplicateDigest> digests = {sample_digest(0, 10), sample_digest(1, 20)};
  for (auto& d : digests) d.summary.push_back({"peak_day", 9, "day of the peak"});
  const EnsembleSummary s = summarize_ensemble(digests, Calendar{});
  std::vector<std::string> names;
  for (const auto& c : s.replicates.columns) names.push_back(c.name);
  EXPECT_EQ(names,
            (std::vector<std::string>{"replicate", "killed", "odd", "peak_day", "fit_peak_day"}));
  EXPECT_EQ(s.replicates.number(1, "peak_day"), 9);
  EXPECT_EQ(s.replicates.number(1, "fit_peak_day"), 5);
  std::set<std::string> outcomes;
  for (std::size_t r = 0; r < s.outcomes.rows.size(); ++r) {
    EXPECT_TRUE(outcomes.insert(s.outcomes.text(r, "outcome")).second)
        << s.outcomes.text(r, "outcome");
  }
  EXPECT_TRUE(outcomes.contains("fit_peak_day"));
}

TEST(Comparison, SeriesOfEachScenarioWithItsBands) {
  std::vector<ReplicateDigest> base = {sample_digest(0, 1), sample_digest(1, 2)};
  std::vector<ReplicateDigest> other = base;
  for (auto& d : other) d.series[1] = {2, 4};
  const Table t = comparison_series({"base", "other"}, {base, other});
  EXPECT_EQ(t.file, "compare_timeseries.csv");
  std::vector<std::string> names;
  for (const auto& c : t.columns) names.push_back(c.name);
  EXPECT_EQ(names, (std::vector<std::string>{"tick", "scenario", "quantity", "mean", "q05", "q25",
                                             "q50", "q75", "q95"}));
  ASSERT_EQ(t.rows.size(), 4U);  // 2 ticks x 1 series x 2 scenarios
  EXPECT_EQ(t.text(0, "scenario"), "base");
  EXPECT_EQ(t.text(2, "scenario"), "other");
  EXPECT_EQ(t.text(3, "quantity"), "x");
  EXPECT_DOUBLE_EQ(t.number(3, "q50"), 4);
  EXPECT_DOUBLE_EQ(t.number(1, "q50"), 1.0 / 3);
  EXPECT_THROW((void)comparison_series({"base"}, {base, other}), std::invalid_argument);
}

TEST(JobRunner, EveryJobOnceWhateverTheThreads) {
  int argc = 1;
  char name[] = "ensemble_test";
  char* args[] = {name, nullptr};
  char** argv = args;
  const Communicator alone(argc, argv);
  ASSERT_EQ(alone.size(), 1);
  std::vector<std::uint64_t> jobs = {3, 9, 4, 1, 7};
  for (const int threads : {1, 2, 4}) {
    std::map<std::uint64_t, std::string> got;
    run_jobs(
        alone, jobs, threads, [](std::uint64_t j) { return std::to_string(j * j); },
        [&](std::uint64_t j, std::string r) { EXPECT_TRUE(got.emplace(j, r).second); });
    ASSERT_EQ(got.size(), jobs.size());
    for (const auto j : jobs) EXPECT_EQ(got[j], std::to_string(j * j));
  }
  EXPECT_THROW(run_jobs(
                   alone, jobs, 2,
                   [](std::uint64_t j) -> std::string {
                     if (j == 4) throw std::runtime_error("job 4 failed");
                     return "";
                   },
                   [](std::uint64_t, std::string) {}),
               std::runtime_error);
}

TEST(CalibrationConfig, ReadsPriorsAndRejectsBadOnes) {
  const std::string head = "[scenario]\nname = \"t\"\nmodel = \"m\"\n[calibration]\n";
  const Scenario good =
      Scenario::load_text(head +
                              "population = 30\nmin_tolerance = 0.57\n[calibration.priors]\n"
                              "a = { distribution = \"uniform\", low = 0.1, high = 0.2 }\n"
                              "b = { distribution = \"log-uniform\", low = 1e-5, high = 1e-3 }\n",
                          "good.toml");
  const CalibrationConfig c = read_calibration(good, {"a", "b", "c"});
  EXPECT_EQ(c.distance, CalibrationDistance::Statistics);
  ASSERT_EQ(c.priors.size(), 2u);
  EXPECT_EQ(c.settings.population, 30u);
  EXPECT_EQ(c.settings.target_epsilon, 0.57);
  EXPECT_EQ(c.priors[1].kind, PriorKind::LogUniform);

  const auto message = [&](const std::string& body) {
    try {
      (void)read_calibration(Scenario::load_text(head + body, "bad.toml"), {"a", "b"});
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message("[calibration.priors]\nx = { distribution = \"uniform\", low = 0, high = 1 }\n")
                .find("bad.toml:6"),
            std::string::npos);
  EXPECT_NE(message("[calibration.priors]\na = { distribution = \"uniform\", low = 1, high = 0 }\n")
                .find("calibration.priors.a"),
            std::string::npos);
  EXPECT_NE(message("[calibration.priors]\na = { distribution = \"beta\", low = 0, high = 1 }\n")
                .find("distribution"),
            std::string::npos);
  EXPECT_NE(message("populaton = 3\n[calibration.priors]\n"
                    "a = { distribution = \"uniform\", low = 0, high = 1 }\n")
                .find("calibration.populaton"),
            std::string::npos);
  EXPECT_NE(message("distance = \"crps\"\n[calibration.priors]\n"
                    "a = { distribution = \"uniform\", low = 0, high = 1 }\n")
                .find("calibration.distance"),
            std::string::npos);
  const CalibrationConfig scores = read_calibration(
      Scenario::load_text(head + "distance = \"scores\"\n[calibration.priors]\n"
                                 "a = { distribution = \"uniform\", low = 0, high = 1 }\n",
                          "scores.toml"),
      {"a"});
  EXPECT_EQ(scores.distance, CalibrationDistance::Scores);
  EXPECT_EQ(scores.settings.kernel, AbcKernel::Multivariate);  // the default
  const CalibrationConfig component = read_calibration(
      Scenario::load_text(head + "kernel = \"component\"\n[calibration.priors]\n"
                                 "a = { distribution = \"uniform\", low = 0, high = 1 }\n",
                          "component.toml"),
      {"a"});
  EXPECT_EQ(component.settings.kernel, AbcKernel::Component);
  EXPECT_NE(message("kernel = \"diagonal\"\n[calibration.priors]\n"
                    "a = { distribution = \"uniform\", low = 0, high = 1 }\n")
                .find("calibration.kernel"),
            std::string::npos);
}

}  // namespace
}  // namespace unrest::ensemble
