// An organisation's call (the `call` action): the people it calls out protest
// at a lower threshold while it stands, and nobody else is touched.

#include <gtest/gtest.h>

#include <string>

#include "derived_scenario.hpp"
#include "runs.hpp"
#include "unrest/models/uprising/rules.hpp"

namespace unrest::uprising {
namespace {

using testing::protest_hours;

TEST(UprisingRules, ACallLowersOnlyTheCalledThreshold) {
  EXPECT_EQ(called_threshold(1.2, false, 0.5), 1.2);
  EXPECT_DOUBLE_EQ(called_threshold(1.2, true, 0.5), 0.6);
  EXPECT_EQ(called_threshold(1.2, true, 0.0), 1.2);  // a call nobody heeds
  EXPECT_EQ(called_threshold(1.2, true, 1.0), 0.0);
}

/// A call of `segments` in Almaty for two days from 2 January, 00:00.
std::string almaty_call(const std::string& segments = "") {
  return "[[schedule]]\naction = \"call\"\norganisation = \"a union\"\n" + segments +
         "at = 2022-01-02T00:00:00\nhours = 48\nscope = \"Almaty\"\n";
}

constexpr const char* kShort = "[run]\nticks = 96\n";
/// Every channel between places shut: news, strike waves, the state's forces
/// and its legitimacy.
constexpr const char* kAlone =
    "[params]\nnews_on = false\nstrikes_on = false\nsecurity_on = false\n"
    "legitimacy_dynamics_on = false\n";

RunResult run(const RunPlan& plan) {
  return testing::ensemble(plan, 1).front();
}

TEST_F(Derived, ACallNobodyHeedsChangesNothing) {
  const RunResult with =
      run(plan_of(std::string(kShort) + "[params]\ncall_threshold_cut = 0\n" + almaty_call()));
  const RunResult without =
      run(plan_of(std::string(kShort) + "[params]\ncall_threshold_cut = 0\n"));
  for (const char* column : {"protesters", "killed_cumulative", "legitimacy"})
    EXPECT_EQ(with.series.column(column), without.series.column(column)) << column;
  bool said = false;
  for (const auto& e : with.events.events())
    said |= e.detail == "call: a union calls out everyone in Almaty";
  EXPECT_TRUE(said);
}

TEST_F(Derived, ACallBringsOutItsPlaceAndNoOther) {
  const RunPlan plan = plan_of(std::string(kShort) + kAlone + almaty_call());
  const RunResult with = run(plan);
  const RunResult without = run(plan_of(std::string(kShort) + kAlone));
  EXPECT_GT(protest_hours(with, "Almaty", 24), protest_hours(without, "Almaty", 24));
  for (const Place& place : plan.country.places) {
    if (place.name == "Almaty") continue;
    EXPECT_EQ(protest_hours(with, place.name, 0), protest_hours(without, place.name, 0))
        << place.name;
  }
}

TEST_F(Derived, ACallOfOneSegmentBringsOutFewerThanACallOfAll) {
  const std::string base = std::string(kShort) + kAlone;
  const RunResult all = run(plan_of(base + almaty_call()));
  const RunResult youth = run(plan_of(base + almaty_call("segments = [\"youth\"]\n")));
  const RunResult none = run(plan_of(base));
  EXPECT_GT(protest_hours(youth, "Almaty", 24), protest_hours(none, "Almaty", 24));
  EXPECT_LT(protest_hours(youth, "Almaty", 24), protest_hours(all, "Almaty", 24));
}

TEST_F(Derived, ACallIsChecked) {
  std::string e = error_of(almaty_call("segments = [\"students\"]\n"));
  EXPECT_NE(e.find("derived.toml:"), std::string::npos) << e;
  EXPECT_NE(e.find("unknown segment \"students\""), std::string::npos) << e;
  e = error_of("[[schedule]]\naction = \"call\"\nat = 2022-01-02T00:00:00\nscope = \"Almaty\"\n");
  EXPECT_NE(e.find("organisation"), std::string::npos) << e;
}

}  // namespace
}  // namespace unrest::uprising
