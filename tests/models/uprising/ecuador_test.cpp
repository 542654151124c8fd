// The second episode, Ecuador, October 2019: run out of sample on
// Kazakhstan's behavioural parameters, its record read and scored row by row,
// and its counterfactuals moving the way each must (20 paired seeds, scale
// 0.01 with at least 5,000 agents a place, as the Kazakhstan counterfactuals).

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "runs.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::uprising {
namespace {

constexpr int kSeeds = 20;
const std::vector<std::string> kSmall = {"scale=0.01", "min_place_agents=5000"};

std::vector<RunResult> runs_of(const std::string& name) {
  return testing::ensemble(testing::plan_for("ecuador-2019/" + name, kSmall), kSeeds);
}

/// The keys of a scenario's [params] and their values as TOML text.
std::map<std::string, std::string> params_of(const std::string& name) {
  const Scenario s = Scenario::load_embedded(name);
  std::map<std::string, std::string> out;
  const auto add = [&](const std::string& key, const toml::node& value) {
    std::ostringstream text;
    value.visit([&](const auto& v) { text << v; });
    out[key] = text.str();
  };
  for (const auto& [key, value] : *s.table("params")) {
    if (const auto* per_segment = value.as_table()) {
      for (const auto& [segment, v] : *per_segment)
        add(std::string(key.str()) + "." + std::string(segment.str()), v);
    } else {
      add(std::string(key.str()), value);
    }
  }
  return out;
}

TEST(Ecuador, RunsOnKazakhstansParametersUnchanged) {
  // Out of sample: every parameter the Kazakhstan scenario sets, Ecuador's
  // sets to the same value; beyond them only what is the country's (no
  // national guard).
  const auto kazakhstan = params_of("kazakhstan-2022/scenario");
  auto ecuador = params_of("ecuador-2019/scenario");
  for (const auto& [key, value] : kazakhstan) {
    ASSERT_TRUE(ecuador.contains(key)) << key;
    EXPECT_EQ(ecuador[key], value) << key;
    ecuador.erase(key);
  }
  EXPECT_EQ(ecuador, (std::map<std::string, std::string>{{"guard_per_capita", "0"}}));
}

TEST(Ecuador, TwoFuelsRiseByTheirOwnShares) {
  const RunPlan plan = testing::plan_for("ecuador-2019/scenario");
  ASSERT_EQ(plan.country.products.size(), 2u);
  EXPECT_EQ(plan.country.products[0].name, "extra");
  EXPECT_EQ(plan.country.products[1].name, "diesel");
  EXPECT_NEAR(plan.price_rise[0], 2.30 / 1.85 - 1, 1e-12);
  EXPECT_NEAR(plan.price_rise[1], 2.27 / 1.037 - 1, 1e-12);
  EXPECT_EQ(plan.country.regions.size(), 24u);
  EXPECT_NEAR(plan.country.population(), 17'226'904, 1);
}

TEST(Ecuador, EveryRowOfTheRecordIsATargetOrSaysWhyNot) {
  const RunPlan plan = testing::plan_for("ecuador-2019/scenario",
                                         {"scale=0.002", "min_place_agents=0", "run.ticks=48"});
  const RunResult r = simulate(plan);
  std::map<std::string, int> groups;
  for (const auto& t : r.fit.targets) {
    ++groups[t.group];
    EXPECT_LE(t.observed_low, t.observed_high) << t.name;
    if (t.name == "killed:nation") {
      // 11 (Defensoría), at least 9 (OHCHR), 6 (the government): 6 to 11.
      EXPECT_EQ(t.observed_low, 6);
      EXPECT_EQ(t.observed_high, 11);
    }
    if (t.name == "places_stormed") {
      EXPECT_EQ(t.observed_low, 6);  // the nation's row: ">=6"
    }
  }
  EXPECT_EQ(groups["first_protest"], 17);
  EXPECT_EQ(groups["storming"], 5);
  std::map<std::string, int> why;
  for (const auto& [name, reason] : r.fit.unscored) ++why[name.substr(0, name.find(':'))];
  EXPECT_EQ(why, (std::map<std::string, int>{{"detained", 7},
                                             {"occupation", 5},
                                             {"outcome_interim", 4},
                                             {"protest_called", 1},
                                             {"road_blockade", 12},
                                             {"strike", 2}}));
}

const std::vector<RunResult>& base() {
  static const std::vector<RunResult> r = runs_of("scenario");
  return r;
}

TEST(Ecuador, NoSubsidyRemovalNoUprising) {
  for (const auto& r : runs_of("no-removal")) {
    EXPECT_EQ(r.summary_value("places_protested"), 0) << "seed " << r.seed;
    EXPECT_EQ(r.summary_value("killed_cumulative"), 0) << "seed " << r.seed;
  }
}

TEST(Ecuador, ARepealOnTheThirdDayStopsTheSpread) {
  const auto early = runs_of("repeal-day-3");
  for (std::size_t i = 0; i < early.size(); ++i) {
    EXPECT_LT(early[i].summary_value("places_protested"),
              0.5 * base()[i].summary_value("places_protested"))
        << "seed " << early[i].seed;
  }
  EXPECT_LT(testing::median(testing::summary_of(early, "killed_cumulative")),
            0.25 * testing::median(testing::summary_of(base(), "killed_cumulative")));
}

TEST(Ecuador, AGradualRemovalMakesTheFirstFortnightCalmer) {
  // Its first step is a quarter of the shock; the fortnight the record covers
  // has under a quarter of the base's protester-hours in every pair.
  std::vector<std::string> fortnight = kSmall;
  fortnight.push_back("run.ticks=336");
  const auto gradual =
      testing::ensemble(testing::plan_for("ecuador-2019/gradual-removal", fortnight), kSeeds);
  const auto hours = [](const RunResult& r) {
    const auto& p = r.series.column("protesters");
    return std::accumulate(p.begin(), p.end(), 0.0);
  };
  for (std::size_t i = 0; i < gradual.size(); ++i) {
    EXPECT_LT(hours(gradual[i]), 0.25 * hours(base()[i])) << "seed " << gradual[i].seed;
  }
}

TEST(Ecuador, TheOrganisationsCallsBringTheFirstProtestsForward) {
  // The transport strike called for 3 October: the named cities' first
  // protests come earlier than without the calls, in every pair, by more
  // than half a day in the median.
  const auto calls = runs_of("calls");
  const auto mean_first = [](const RunResult& r) {
    double sum = 0;
    int n = 0;
    for (const auto& t : r.fit.targets) {
      if (t.group != "first_protest") continue;
      sum += t.simulated;
      ++n;
    }
    return sum / n;
  };
  std::vector<double> earlier;
  for (std::size_t i = 0; i < calls.size(); ++i) {
    EXPECT_LT(mean_first(calls[i]), mean_first(base()[i])) << "seed " << calls[i].seed;
    earlier.push_back(mean_first(base()[i]) - mean_first(calls[i]));
  }
  EXPECT_GT(testing::median(earlier), 12);  // hours, over the 17 cities
}

TEST(Ecuador, TheRepealFeltWhenAnnouncedEndsTheProtestOvernight) {
  // The agreement is broadcast at 21:00 on 13 October. Felt at once
  // (repeal-heard), the old prices empty the streets by 06:00 the next day in
  // every pair; felt over price_lag_hours from the pump prices of the 15th
  // (scenario.toml), the protest is as large as before.
  const auto heard = runs_of("repeal-heard");
  const auto protesters_at = [](const RunResult& r, int day, int hour) {
    return r.series.column("protesters")[static_cast<std::size_t>(
        r.calendar.tick_of(DateHour{CivilDate{2019, 10, day}, hour}))];
  };
  for (std::size_t i = 0; i < heard.size(); ++i) {
    const double before = protesters_at(heard[i], 13, 18);
    ASSERT_EQ(before, protesters_at(base()[i], 13, 18)) << "seed " << heard[i].seed;
    ASSERT_GT(before, 0) << "seed " << heard[i].seed;
    EXPECT_LT(protesters_at(heard[i], 14, 6), 0.01 * before) << "seed " << heard[i].seed;
    EXPECT_GT(protesters_at(base()[i], 14, 6), 0.5 * before) << "seed " << heard[i].seed;
  }
}

}  // namespace
}  // namespace unrest::uprising
