// The fit to the seeds' record over 20 seeds at the default scale, scored as
// `unrest score` scores it (docs/models/uprising.md, "Fit to the record"):
// the model against the baselines on the first protests, and the run's
// sanity checks, each passing in at least 80% of the seeds. Tolerances and
// windows are the scenario's [fit] table, set before the result was seen.

#include "unrest/models/uprising/fit.hpp"

#include <gtest/gtest.h>

#include <set>

#include "runs.hpp"
#include "unrest/ensemble/score_config.hpp"
#include "unrest/ensemble/target_scores.hpp"

namespace unrest::uprising {
namespace {

constexpr int kSeeds = 20;
constexpr double kLevel = 0.8;

const std::vector<RunResult>& runs() {
  static const std::vector<RunResult> r =
      testing::ensemble(testing::plan_for("kazakhstan-2022/scenario"), kSeeds);
  return r;
}

/// The model with contagion between places switched off, as the scenario's
/// [[fit.ablation]] "no_contagion" defines it.
const std::vector<RunResult>& no_contagion_runs() {
  static const std::vector<RunResult> r = [] {
    Scenario s = Scenario::load_embedded("kazakhstan-2022/scenario");
    for (const auto& a : ensemble::read_score_config(s).ablations) {
      if (a.name == "no_contagion") ensemble::apply_ablation(s, a);
    }
    return testing::ensemble(resolve(s), kSeeds);
  }();
  return r;
}

std::vector<std::vector<FitTarget>> targets_of(const std::vector<RunResult>& ensemble) {
  std::vector<std::vector<FitTarget>> out;
  for (const auto& r : ensemble) out.push_back(r.fit.targets);
  return out;
}

ensemble::GroupScore first_protests(const std::vector<std::vector<FitTarget>>& runs) {
  const auto targets = ensemble::score_targets(runs, kLevel);
  for (const auto& g : ensemble::score_groups(targets, runs)) {
    if (g.group == "first_protest") return g;
  }
  throw std::runtime_error("no first_protest group");
}

ensemble::GroupScore baseline(const std::string& name) {
  for (const auto& b : ensemble::record_baselines(runs().front().fit.targets, "first_protest")) {
    if (b.name == name) return first_protests({b.forecast});
  }
  throw std::runtime_error("no baseline " + name);
}

const ensemble::GroupScore& model() {
  static const ensemble::GroupScore g = first_protests(targets_of(runs()));
  return g;
}

void BeatsOnFirstProtests(const ensemble::GroupScore& other, const std::string& name) {
  EXPECT_LT(model().crps, other.crps) << "CRPS in hours, the model against " << name;
  EXPECT_LT(model().mean_abs_error, other.mean_abs_error)
      << "mean absolute error in hours, the model against " << name;
}

void BeatsTheConstantDate() {
  BeatsOnFirstProtests(baseline("constant_date"), "constant_date");
}

void BeatsItselfWithoutContagion() {
  // Contagion is the model's claim: without it places rise on their own
  // grievance alone, later and out of order.
  const auto without = first_protests(targets_of(no_contagion_runs()));
  BeatsOnFirstProtests(without, "no_contagion");
  EXPECT_GT(model().rank_correlation, without.rank_correlation);
}

// Known gaps, kept visible (gtest reports them as disabled; run them with
// --gtest_also_run_disabled_tests): on the record with hours the model does
// not yet beat these two baselines on the first protests
// (docs/models/uprising.md, "Fit to the record": a first-protest CRPS of
// about 7.4 hours against 4.1 for the distance rule and 2.9 for the input
// ranking, both fitted to the record they are scored on). The state as an
// actor and the second calibration did not close the gap; enable them when
// the model wins them.
TEST(UprisingFit, DISABLED_BeatsTheDistanceRule) {
  BeatsOnFirstProtests(baseline("distance"), "distance");
}

TEST(UprisingFit, DISABLED_BeatsTheInputRanking) {
  BeatsOnFirstProtests(baseline("input_ranking"), "input_ranking");
}

struct Score {
  double median;
  int passed;
};

Score score(const std::string& name) {
  std::vector<double> values;
  int passed = 0;
  for (const auto& r : runs()) {
    const FitScore* s = r.fit.find(name);
    if (!s) throw std::runtime_error("no score " + name);
    values.push_back(s->value);
    passed += s->pass;
  }
  return {testing::median(values), passed};
}

// The run's sanity checks: windows, not validation (shared/VALIDATION.md).
// Each passes in most seeds and its median meets the [fit] table's target.
void SanityChecksPassInMostSeeds() {
  const RunPlan plan = testing::plan_for("kazakhstan-2022/scenario");
  const FitTolerance& tol = plan.fit.tolerance;
  EXPECT_EQ(score("named_cities_protesting").median, 1);
  EXPECT_GE(score("named_cities_protesting").passed, kSeeds * 8 / 10);
  EXPECT_EQ(score("unnamed_cities_early").passed, kSeeds);
  EXPECT_GE(score("first_protest_on_time").median, tol.on_time_share);
  EXPECT_GE(score("first_protest_on_time").passed, kSeeds * 8 / 10);
  EXPECT_GE(score("first_protest_rank_correlation").median, tol.rank_correlation)
      << "Spearman rho, median of " << kSeeds << " seeds";
  EXPECT_GE(score("first_protest_rank_correlation").passed, kSeeds * 8 / 10);
  EXPECT_GE(score("peak_day_in_window").passed, kSeeds * 9 / 10);
  const auto killed = national_total(*plan.record, "killed");
  ASSERT_TRUE(killed.has_value());
  EXPECT_GE(score("killed_within_factor").median, killed->first / tol.total_factor);
  EXPECT_LE(score("killed_within_factor").median, killed->second * tol.total_factor);
  EXPECT_GE(score("killed_within_factor").passed, kSeeds * 8 / 10);
  EXPECT_EQ(score("injured_within_factor").passed, kSeeds);
}

void ZhanaozenFirst() {
  // Zhanaozen's strike comes first in every seed; its first protest comes
  // first in most, and Aktau (150 km away, the same region) in the others.
  EXPECT_EQ(score("origin_strikes_first").passed, kSeeds);
  EXPECT_EQ(score("origin_first").median, 1);
  EXPECT_GE(score("origin_first").passed, kSeeds * 8 / 10);
  const std::set<std::string> mangystau = {"Zhanaozen", "Aktau", "Mangystau (Munaily)",
                                           "rural Mangystau"};
  for (const auto& r : runs()) {
    for (const auto& e : r.events.events()) {
      if (e.kind != "first_protest") continue;
      EXPECT_TRUE(mangystau.count(e.where)) << "seed " << r.seed << ": " << e.where;
      break;
    }
  }
}

// One test, so that each ensemble runs once (each test is its own process).
TEST(UprisingFit, TheModelAgainstItsBaselinesAndTheSanityChecks) {
  {
    SCOPED_TRACE("BeatsTheConstantDate");
    BeatsTheConstantDate();
  }
  {
    SCOPED_TRACE("BeatsItselfWithoutContagion");
    BeatsItselfWithoutContagion();
  }
  {
    SCOPED_TRACE("SanityChecksPassInMostSeeds");
    SanityChecksPassInMostSeeds();
  }
  {
    SCOPED_TRACE("ZhanaozenFirst");
    ZhanaozenFirst();
  }
}

}  // namespace
}  // namespace unrest::uprising
