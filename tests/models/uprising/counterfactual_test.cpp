// The shipped counterfactuals move the outcome in the direction each must
// have, over 20 paired seeds (seed i of a counterfactual against seed i of
// the base). Scale 0.01 with at least 5,000 agents a place (328,404
// agents, under a third of the default run) to keep the suite fast; the
// directions are the same at the default scale (docs/models/uprising.md).

#include <gtest/gtest.h>

#include <cmath>

#include "runs.hpp"

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
    EXPECT_LE(r.summary_value("killed"), 5) << "seed " << r.seed;
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
  EXPECT_LT(median_of(cf, "killed"), 0.25 * median_of(base(), "killed"));
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

TEST(Counterfactual, NoForeignTroopsChangeLittle) {
  // What the model gives, not what one might expect: by the troops' arrival
  // (6 January 18:00) protest has already fallen in the model, so their
  // absence changes the protest after it by little, in either direction
  // (docs/models/uprising.md). Paired seeds; national protester-hours.
  const auto cf = runs_of("no-foreign-troops");
  const std::int64_t arrival = 5 * 24 + 18;
  std::vector<double> change;
  for (std::size_t i = 0; i < cf.size(); ++i) {
    double after_base = 0, after_cf = 0;
    const auto& b = base()[i].series.column("protesters");
    const auto& c = cf[i].series.column("protesters");
    for (auto t = static_cast<std::size_t>(arrival); t < b.size(); ++t) {
      after_base += b[t];
      after_cf += c[t];
    }
    change.push_back((after_cf - after_base) / after_base);
  }
  EXPECT_LT(std::abs(testing::median(change)), 0.02);
  for (const double c : change) EXPECT_LT(std::abs(c), 0.2);
}

TEST(Counterfactual, NoFraternisationFewerOnTheStreets) {
  const auto cf = runs_of("no-fraternisation");
  EXPECT_LT(median_protest_hours(cf, 360), median_protest_hours(base(), 360));
}

}  // namespace
}  // namespace unrest::uprising
