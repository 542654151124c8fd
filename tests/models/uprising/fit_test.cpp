// The fit to the seeds' record (issue tolerances) over 20 seeds at the
// default scale. Each score must pass in at least 80% of the seeds, and the
// median must meet the target; docs/models/uprising.md reports the figures.

#include <gtest/gtest.h>

#include <set>

#include "runs.hpp"

namespace unrest::uprising {
namespace {

constexpr int kSeeds = 20;

const std::vector<RunResult>& runs() {
  static const std::vector<RunResult> r =
      testing::ensemble(testing::plan_for("kazakhstan-2022/scenario"), kSeeds);
  return r;
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

void EveryNamedCityProtests() {
  const Score s = score("named_cities_protesting");
  EXPECT_EQ(s.median, 1);
  EXPECT_GE(s.passed, kSeeds * 8 / 10);
}

void NoUnnamedLargeCityBefore3January() {
  EXPECT_EQ(score("unnamed_cities_before_3_january").passed, kSeeds);
}

void FirstProtestWithinOneDay() {
  const Score s = score("first_protest_within_1_day");
  EXPECT_GE(s.median, 0.8);
  EXPECT_GE(s.passed, kSeeds * 8 / 10);
}

void FirstProtestOrder() {
  const Score s = score("first_protest_rank_correlation");
  EXPECT_GE(s.median, 0.7) << "Spearman rho, median of " << kSeeds << " seeds";
}

void ZhanaozenFirst() {
  // Zhanaozen's strike comes first in every seed; its first protest comes
  // first in most, and Aktau (150 km away, the same region) in the others,
  // a few hours apart (docs/models/uprising.md).
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

void PeakBetween4And6January() {
  const Score s = score("peak_day");
  EXPECT_GE(s.passed, kSeeds * 9 / 10);
}

void FallAfterTroopsAndLethalForce() {
  EXPECT_EQ(score("fall_after_crackdown").passed, kSeeds);
}

void DeathsWithinAFactorOf2AndOver1000Injured() {
  const Score killed = score("killed_ratio");
  EXPECT_GE(killed.median, 0.5);
  EXPECT_LE(killed.median, 2.0);
  EXPECT_GE(killed.passed, kSeeds * 8 / 10);
  EXPECT_EQ(score("injured").passed, kSeeds);
}

// One test, so that the ensemble runs once.
TEST(UprisingFit, TheRecordWithinTheIssueTolerances) {
  {
    SCOPED_TRACE("EveryNamedCityProtests");
    EveryNamedCityProtests();
  }
  {
    SCOPED_TRACE("NoUnnamedLargeCityBefore3January");
    NoUnnamedLargeCityBefore3January();
  }
  {
    SCOPED_TRACE("FirstProtestWithinOneDay");
    FirstProtestWithinOneDay();
  }
  {
    SCOPED_TRACE("FirstProtestOrder");
    FirstProtestOrder();
  }
  {
    SCOPED_TRACE("ZhanaozenFirst");
    ZhanaozenFirst();
  }
  {
    SCOPED_TRACE("PeakBetween4And6January");
    PeakBetween4And6January();
  }
  {
    SCOPED_TRACE("FallAfterTroopsAndLethalForce");
    FallAfterTroopsAndLethalForce();
  }
  {
    SCOPED_TRACE("DeathsWithinAFactorOf2AndOver1000Injured");
    DeathsWithinAFactorOf2AndOver1000Injured();
  }
}

}  // namespace
}  // namespace unrest::uprising
