// The shipped counterfactuals move the outcome in the direction each must
// have, over 20 paired seeds (seed i of a counterfactual against seed i of
// the base). Scale 0.01 with at least 5,000 agents a place (328,404
// agents, under a third of the default run) to keep the suite fast; the
// directions are the same at the default scale (docs/models/uprising.md).

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "runs.hpp"
#include "unrest/ensemble/score_config.hpp"

namespace unrest::uprising {
namespace {

constexpr int kSeeds = 20;
const std::vector<std::string> kSmall = {"scale=0.01", "min_place_agents=5000"};

std::vector<RunResult> runs_of(const std::string& name,
                               std::vector<std::string> overrides = kSmall) {
  return testing::ensemble(testing::plan_for("kazakhstan-2022/" + name, overrides), kSeeds);
}

const std::vector<RunResult>& base() {
  static const std::vector<RunResult> r = runs_of("scenario");
  return r;
}

double median_of(const std::vector<RunResult>& runs, const std::string& name) {
  return testing::median(testing::summary_of(runs, name));
}

/// Protester-hours of the first `hours` of each run, median over the seeds.
double median_protest_hours(const std::vector<RunResult>& runs, std::size_t hours) {
  std::vector<double> v;
  for (const auto& r : runs) {
    const auto& p = r.series.column("protesters");
    double sum = 0;
    for (std::size_t t = 0; t < std::min(hours, p.size()); ++t) sum += p[t];
    v.push_back(sum);
  }
  return testing::median(v);
}

TEST(Counterfactual, NoLiberalisationNoUprising) {
  // No place reaches its protest threshold, so the state's responses, which
  // wait for protest in 10 places, never come. The few hundred who protest
  // in any week (base hardship) meet only the police.
  for (const auto& r : runs_of("no-liberalisation")) {
    EXPECT_EQ(r.summary_value("places_protested"), 0) << "seed " << r.seed;
    EXPECT_EQ(r.summary_value("strikes"), 0) << "seed " << r.seed;
    EXPECT_LE(r.summary_value("killed_cumulative"), 5) << "seed " << r.seed;
    for (const auto& e : r.events.events()) {
      EXPECT_FALSE(e.kind == "intervention" && e.detail.find("(when ") != std::string::npos)
          << "seed " << r.seed << ": " << e.detail;
    }
  }
  EXPECT_GT(median_of(base(), "places_protested"), 30);
}

TEST(Counterfactual, RollbackOn2JanuaryStopsTheSpread) {
  const auto cf = runs_of("rollback-2-january");
  EXPECT_LT(median_of(cf, "places_protested"), 0.25 * median_of(base(), "places_protested"));
  EXPECT_LT(median_of(cf, "killed_cumulative"), 0.25 * median_of(base(), "killed_cumulative"));
}

TEST(Counterfactual, FourMonthlyStepsMakeJanuaryCalmer) {
  // The first 15 days, as in the base: a quarter of the shock. Only those
  // are compared, so the run stops there (the file runs on into April).
  std::vector<std::string> january = kSmall;
  january.push_back("run.ticks=360");
  const auto cf = runs_of("four-steps", january);
  EXPECT_LT(median_protest_hours(cf, 360), 0.25 * median_protest_hours(base(), 360));
}

TEST(Counterfactual, NoShutdownSpreadsFurther) {
  // The model's answer: the shutdown cuts the national news that spreads
  // protest. With a strong local boost during shutdowns (Hassanpour's
  // mechanism) the answer flips.
  const auto cf = runs_of("no-shutdown");
  EXPECT_GT(median_protest_hours(cf, 360), median_protest_hours(base(), 360));
  std::vector<std::string> boosted = kSmall;
  boosted.push_back("shutdown_local_boost=3");
  const auto base_boosted = runs_of("scenario", boosted);
  const auto cf_boosted = runs_of("no-shutdown", boosted);
  EXPECT_LT(median_protest_hours(cf_boosted, 360), median_protest_hours(base_boosted, 360));
}

/// The first hour an intervention whose text starts with `what` applied.
std::int64_t first_intervention(const RunResult& r, const std::string& what) {
  for (const auto& e : r.events.events()) {
    if (e.kind == "intervention" && e.detail.rfind(what, 0) == 0) return e.tick;
  }
  return -1;
}

TEST(Counterfactual, ForeignTroopsFreeNationalForcesForTheStreets) {
  // The mechanism (security.csv: the CSTO guarded airports and depots, so
  // national units were freed for the streets): until the troops land the
  // run without them is the same run, hour by hour (paired random streams);
  // from their landing, more national personnel face the crowds.
  const auto cf = runs_of("no-foreign-troops");
  for (std::size_t i = 0; i < cf.size(); ++i) {
    const std::int64_t arrival = first_intervention(base()[i], "foreign troops");
    ASSERT_GT(arrival, 0) << "seed " << base()[i].seed;
    const auto& b = base()[i].series.column("security");
    const auto& c = cf[i].series.column("security");
    const auto& pb = base()[i].series.column("protesters");
    const auto& pc = cf[i].series.column("protesters");
    for (std::size_t t = 0; t < static_cast<std::size_t>(arrival); ++t) {
      ASSERT_EQ(pb[t], pc[t]) << "seed " << base()[i].seed << ", hour " << t;
      ASSERT_EQ(b[t], c[t]) << "seed " << base()[i].seed << ", hour " << t;
    }
    double more = 0;
    for (auto t = static_cast<std::size_t>(arrival); t < static_cast<std::size_t>(arrival) + 24;
         ++t) {
      more += b[t] - c[t];
    }
    EXPECT_GT(more, 0) << "seed " << base()[i].seed;
  }
}

/// The largest hourly national count from `from` on, over the run's peak.
double left_after(const RunResult& r, std::size_t from) {
  const auto& p = r.series.column("protesters");
  const double peak = *std::max_element(p.begin(), p.end());
  const double after = *std::max_element(p.begin() + static_cast<long>(from), p.end());
  return peak > 0 ? after / peak : 1.0;
}

TEST(Counterfactual, TheForcePackageMakesTheFall) {
  // Troops pulled in, lethal-force orders, special forces and the CSTO (the
  // scenario's [[fit.ablation]] "no_force_package"): what the crackdown
  // contributes is the difference it makes, not a window that passes either
  // way. From 9 January, the protest left over its peak, paired seeds.
  Scenario s = Scenario::load_embedded("kazakhstan-2022/scenario");
  for (const auto& o : kSmall) s.apply_override(o);
  for (const auto& a : ensemble::read_score_config(s).ablations) {
    if (a.name == "no_force_package") ensemble::apply_ablation(s, a);
  }
  const auto cf = testing::ensemble(resolve(s), kSeeds);
  const std::size_t ninth = 8 * 24;
  std::vector<double> factor;
  int larger_without = 0;
  for (std::size_t i = 0; i < cf.size(); ++i) {
    const double with = left_after(base()[i], ninth);
    const double without = left_after(cf[i], ninth);
    larger_without += without > with;
    factor.push_back(without / std::max(with, 1e-9));
  }
  EXPECT_GE(larger_without, kSeeds * 9 / 10);
  EXPECT_GT(testing::median(factor), 3) << "protest left from 9 January without the force "
                                           "package, over that with it (median of the seeds)";
}

TEST(Counterfactual, NoFraternisationFewerOnTheStreets) {
  const auto cf = runs_of("no-fraternisation");
  EXPECT_LT(median_protest_hours(cf, 360), median_protest_hours(base(), 360));
}

}  // namespace
}  // namespace unrest::uprising
