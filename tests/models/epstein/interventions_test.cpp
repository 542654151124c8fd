#include "unrest/models/epstein/interventions.hpp"

#include <gtest/gtest.h>

#include "unrest/models/epstein/model.hpp"

namespace unrest::epstein {
namespace {

long cops_on_duty(const World& w) {
  return std::count_if(w.cop_cell.begin(), w.cop_cell.end(),
                       [](CellIndex c) { return c != kNowhere; });
}

TEST(Interventions, LegitimacyIsSetOrAdjustedWithinItsRange) {
  Params p;
  const RandomStream rng(1, 0);
  World w = make_world(p, rng);
  apply(SetLegitimacy{0.7}, w, rng, 1);
  EXPECT_EQ(w.legitimacy, 0.7);
  apply(AdjustLegitimacy{-0.5}, w, rng, 2);
  EXPECT_NEAR(w.legitimacy, 0.2, 1e-12);
  apply(AdjustLegitimacy{-0.5}, w, rng, 3);
  EXPECT_EQ(w.legitimacy, 0.0);
}

TEST(Interventions, CopForceFollowsItsTargetDensity) {
  Params p;  // 40 x 40, 64 cops
  const RandomStream rng(1, 0);
  World w = make_world(p, rng);
  ASSERT_EQ(cops_on_duty(w), 64);
  apply(SetCopDensity{0.02}, w, rng, 1);
  EXPECT_EQ(cops_on_duty(w), 32);
  apply(AdjustCopDensity{-0.001}, w, rng, 2);  // 0.019 x 1600 = 30.4
  EXPECT_EQ(cops_on_duty(w), 30);
  apply(SetCopDensity{0.05}, w, rng, 3);
  EXPECT_EQ(cops_on_duty(w), 80);
  long on_sites = std::count(w.site.begin(), w.site.end(), Site::Cop);
  EXPECT_EQ(on_sites, 80);
  apply(AdjustCopDensity{-1}, w, rng, 4);
  EXPECT_EQ(cops_on_duty(w), 0);
  EXPECT_EQ(std::count(w.site.begin(), w.site.end(), Site::Cop), 0);
}

TEST(Interventions, ScheduledActionsAreLoggedAtTheirTick) {
  const Scenario s = Scenario::load_text(R"(
[scenario]
name = "x"
model = "epstein"
[run]
ticks = 10
[params]
legitimacy = 0.9
[[schedule]]
action = "adjust_legitimacy"
at = 2
every = 3
until = 8
by = -0.1
)",
                                         "i.toml");
  const RunResult r = run(s, {});
  const auto& l = r.series.column("legitimacy");
  EXPECT_NEAR(l[1], 0.9, 1e-12);
  EXPECT_NEAR(l[2], 0.8, 1e-12);
  EXPECT_NEAR(l[4], 0.8, 1e-12);
  EXPECT_NEAR(l[5], 0.7, 1e-12);
  EXPECT_NEAR(l[10], 0.6, 1e-12);
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.events.events()[0].tick, 2);
  EXPECT_EQ(r.events.events()[0].kind, "intervention");
  // Where it acts, and its action and value as the schedule names them.
  const Event& e = r.events.events()[1];
  EXPECT_EQ(e.where, "grid");
  EXPECT_EQ(e.action, "adjust_legitimacy");
  ASSERT_EQ(e.values.size(), 1u);
  EXPECT_EQ(e.values[0].name, "by");
  EXPECT_DOUBLE_EQ(std::get<double>(e.values[0].value), -0.1);
}

}  // namespace
}  // namespace unrest::epstein
