// Each mechanism, switched off from the scenario, takes away what it causes.
// Small scale (0.005, about 95,000 agents, without the shipped scenario's
// floor of agents per place) and fixed seeds.

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "runs.hpp"
#include "unrest/core/event_log.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {
namespace {

const std::vector<std::string> kSmall = {"scale=0.005", "min_place_agents=0"};

/// Later overrides win, so a test's own come after kSmall.
std::vector<std::string> coarse(const std::vector<std::string>& overrides) {
  std::vector<std::string> all = kSmall;
  all.insert(all.end(), overrides.begin(), overrides.end());
  return all;
}

RunResult run_with(const std::vector<std::string>& overrides, std::uint64_t seed = 1) {
  RunPlan plan = testing::plan_for("kazakhstan-2022/scenario", coarse(overrides));
  plan.seed = seed;
  return simulate(plan);
}

/// A summary value summed over seeds 1-3 (one small run can be an outlier).
double over_seeds(const std::vector<std::string>& overrides, const std::string& name) {
  double sum = 0;
  for (std::uint64_t seed = 1; seed <= 3; ++seed)
    sum += run_with(overrides, seed).summary_value(name);
  return sum;
}

TEST(UprisingMechanisms, BaseRunSpreads) {
  const RunResult r = run_with({});
  EXPECT_GT(r.summary_value("places_protested"), 10);
  EXPECT_GT(r.summary_value("killed_cumulative"), 0);
  EXPECT_GT(r.summary_value("strikes"), 0);
  EXPECT_GT(over_seeds({}, "places_protested"), 3 * 20);
}

TEST(UprisingMechanisms, FiguresAreInPeopleWhateverTheScale) {
  const RunResult small = run_with({});
  EXPECT_NEAR(small.summary_value("people"), 19.0e6, 0.2e6);
  EXPECT_NEAR(small.summary_value("agents"), 0.005 * small.summary_value("people"), 100);
  // Small places with more agents per person: the same people, more agents,
  // and counts in people of the size the default scale (0.02) gives.
  const RunResult fine = run_with({"min_place_agents=4000"});
  EXPECT_EQ(fine.summary_value("people"), small.summary_value("people"));
  EXPECT_GT(fine.summary_value("agents"), 57 * 4000 - 100);
  EXPECT_LT(fine.summary_value("agents"), 57 * 4000 + 0.005 * 19.1e6);
  const RunResult usual = simulate(testing::plan_for("kazakhstan-2022/scenario"));
  for (const char* name : {"peak_protesters", "killed_cumulative", "detained_cumulative"}) {
    EXPECT_GT(fine.summary_value(name), 0.5 * usual.summary_value(name)) << name;
    EXPECT_LT(fine.summary_value(name), 2.0 * usual.summary_value(name)) << name;
  }
}

TEST(UprisingMechanisms, NoSecurityForcesNoCasualtiesNorDetentions) {
  const RunResult r = run_with({"security_on=false"});
  EXPECT_EQ(r.summary_value("killed_cumulative"), 0);
  EXPECT_EQ(r.summary_value("injured_cumulative"), 0);
  EXPECT_EQ(r.summary_value("detained_cumulative"), 0);
  EXPECT_GT(r.summary_value("places_protested"), 0);
}

TEST(UprisingMechanisms, CasualtiesSwitch) {
  const RunResult r = run_with({"casualties_on=false"});
  EXPECT_EQ(r.summary_value("killed_cumulative") + r.summary_value("injured_cumulative") +
                r.summary_value("detained_cumulative"),
            0);
}

TEST(UprisingMechanisms, NoStrikesSwitch) {
  const RunResult r = run_with({"strikes_on=false"});
  EXPECT_EQ(r.summary_value("strikes"), 0);
  for (const double s : r.series.column("strikers")) ASSERT_EQ(s, 0);
}

TEST(UprisingMechanisms, WithoutNewsProtestStaysNearItsOrigin) {
  EXPECT_LT(over_seeds({"news_on=false"}, "places_protested"),
            0.5 * over_seeds({}, "places_protested"));
}

TEST(UprisingMechanisms, NoPriceRiseNoProtest) {
  // The scenario's price actions set the price to the reference: no rise.
  const RunResult r = run_with({"price_weight=0"});
  EXPECT_LT(r.summary_value("places_protested"), 3);
}

TEST(UprisingMechanisms, AdaptationSoftensALastingRise) {
  // Paired: same seed; expectations that never catch up leave more grievance.
  double adapted = 0, fixed = 0;
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    adapted += run_with({}, seed).summary_value("peak_protesters");
    fixed += run_with({"price_adaptation_on=false"}, seed).summary_value("peak_protesters");
  }
  EXPECT_GT(fixed, adapted);
}

TEST(UprisingMechanisms, FearOfKillingsEndsTheProtest) {
  // Without deterrence (local, national, the shooting order) the protest
  // outlasts the crackdown much longer.
  const RunResult with = run_with({});
  const RunResult without =
      run_with({"deterrence=0", "deterrence_national=0", "shoot_order_fear=0"});
  const auto& a = with.series.column("protesters");
  const auto& b = without.series.column("protesters");
  double after_a = 0, after_b = 0;
  for (std::size_t t = 8 * 24; t < a.size(); ++t) {
    after_a += a[t];
    after_b += b[t];
  }
  EXPECT_GT(after_b, 1.5 * after_a);
}

TEST(UprisingMechanisms, ForeignTroopsGuardSitesAndFreeNationalUnits) {
  // The first contingent lands in Almaty on 6 January at 18:00 (tick 138).
  constexpr std::int64_t arrival = 5 * 24 + 18;
  const auto security_gain = [&](const std::vector<std::string>& overrides) {
    RunPlan with = testing::plan_for("kazakhstan-2022/scenario", coarse(overrides));
    RunPlan without = testing::plan_for("kazakhstan-2022/no-foreign-troops", coarse(overrides));
    const RunResult a = simulate(with), b = simulate(without);
    // The same run until the troops land.
    EXPECT_EQ(testing::city_value(a, "Almaty", "security", arrival - 1),
              testing::city_value(b, "Almaty", "security", arrival - 1));
    return testing::city_value(a, "Almaty", "security", arrival) -
           testing::city_value(b, "Almaty", "security", arrival);
  };
  // 1,250 troops free at most 0.79 each, and no more than the sites held.
  const double freed = security_gain({});
  EXPECT_GT(freed, 0);
  EXPECT_LE(freed, 0.79 * 1250 + 1e-6);
  EXPECT_NEAR(security_gain({"foreign_relief=0.4"}), 0.4 * 1250, 1e-6);
  EXPECT_NEAR(security_gain({"foreign_relief=0.4", "site_guard_share=0"}), 0, 1e-6);
  // Switched off, the troops face the crowds themselves.
  EXPECT_NEAR(security_gain({"site_guard_on=false"}), 1250, 1e-6);
}

TEST(UprisingMechanisms, ForeignTroopsSignalTheRegimesResolveEverywhere) {
  // The signal reaches every place from the troops' landing on, including
  // those they never go to; before it the runs are the same run.
  constexpr std::int64_t arrival = 5 * 24 + 18;
  double signal = 0, silent = 0;
  for (std::uint64_t seed = 1; seed <= 3; ++seed) {
    const RunResult with = run_with({"foreign_resolve=2"}, seed);
    const RunResult without = run_with({"foreign_resolve=0"}, seed);
    EXPECT_EQ(testing::protest_hours(with, "Shymkent", 0) -
                  testing::protest_hours(with, "Shymkent", arrival),
              testing::protest_hours(without, "Shymkent", 0) -
                  testing::protest_hours(without, "Shymkent", arrival))
        << "seed " << seed << ": the runs differ before the troops land";
    for (const char* place : {"Shymkent", "Aktobe", "Kyzylorda", "Taraz", "Uralsk"}) {
      signal += testing::protest_hours(with, place, arrival);
      silent += testing::protest_hours(without, place, arrival);
    }
  }
  EXPECT_LT(signal, silent) << "protester-hours after the landing, five cities, three seeds";
}

/// How many interventions of a run mention all of `words`.
int interventions_with(const RunResult& r, const std::vector<std::string>& words) {
  int n = 0;
  for (const auto& e : r.events.events()) {
    if (e.kind != "intervention") continue;
    bool all = true;
    for (const auto& w : words) all = all && e.detail.find(w) != std::string::npos;
    n += all;
  }
  return n;
}

TEST(UprisingMechanisms, TheStatesPolicyChoosesTheRestWhenAMeasureIsRemoved) {
  const RunResult base = simulate(testing::plan_for("kazakhstan-2022/policy", kSmall));
  const RunResult cut = simulate(testing::plan_for("kazakhstan-2022/policy-no-shutdown", kSmall));
  // The rules act: seats of government fall, lethal force is allowed where
  // they did and lifted where the streets went quiet; the CSTO comes and goes.
  EXPECT_GT(interventions_with(base, {"policy lethal-where-stormed", "lethal in"}), 0);
  EXPECT_GT(interventions_with(base, {"policy lethal-where-stormed", "back to non-lethal"}), 0);
  EXPECT_EQ(interventions_with(base, {"policy csto: foreign troops"}), 2);
  EXPECT_EQ(interventions_with(base, {"policy internet-shutdown", "internet restored"}), 1);
  // Without the shutdown rules the internet is never touched, and the state
  // still chooses its other measures by their own conditions.
  EXPECT_EQ(interventions_with(cut, {"internet"}), 0);
  EXPECT_GT(interventions_with(cut, {"policy csto: foreign troops"}), 0);
  EXPECT_GT(interventions_with(cut, {"policy lethal-where-stormed", "lethal in"}), 0);
}

TEST(UprisingMechanisms, TheGuardsReserveFollowsTheProtest) {
  // Zhanaozen has no guard post of its own (Aktau is the regional centre):
  // by 3 January only the mobile reserve can have come.
  constexpr std::int64_t third_noon = 2 * 24 + 12;
  const RunResult on = run_with({});
  const RunResult off = run_with({"redeploy_on=false"});
  const RunResult still = run_with({"redeploy_hours=1e6"});
  EXPECT_GT(testing::city_value(on, "Zhanaozen", "security", third_noon),
            testing::city_value(still, "Zhanaozen", "security", third_noon) + 20);
  // Switched off, or too slow to move, the same security as stationed.
  EXPECT_NEAR(testing::city_value(still, "Zhanaozen", "security", third_noon),
              testing::city_value(off, "Zhanaozen", "security", third_noon), 1.0);
}

TEST(UprisingMechanisms, TheStateRespondsOnlyToAnUprising) {
  // The responses of 4-7 January wait until protest has reached 10 places.
  const auto responses = [](const RunResult& r) {
    int force = 0, waited = 0;
    for (const auto& e : r.events.events()) {
      if (e.kind != "intervention") continue;
      force += e.detail.starts_with("force policy") || e.detail.starts_with("foreign troops");
      waited += e.detail.find("(when places_protested >= 10:") != std::string::npos;
    }
    return std::pair{force, waited};
  };
  const auto [base_force, base_waited] = responses(run_with({}));
  EXPECT_EQ(base_force, 4);  // Almaty lethal, two CSTO arrivals, the national shooting order
  EXPECT_EQ(base_waited, 13);
  RunPlan rollback = testing::plan_for("kazakhstan-2022/rollback-2-january", kSmall);
  const RunResult r = simulate(rollback);
  EXPECT_LT(r.summary_value("places_protested"), 10);
  EXPECT_EQ(responses(r), (std::pair{0, 0}));
}

TEST(UprisingMechanisms, NightAndCurfewThinTheStreets) {
  const RunResult r = run_with({});
  const auto& p = r.series.column("protesters");
  // 5 January: 03:00 against 15:00 of the same day.
  EXPECT_LT(p[4 * 24 + 3], p[4 * 24 + 15]);
}

// Turnout is who of those who joined is out this hour. With every threshold
// counted in crowd people scaled by it (the risk of arrest, force, storming,
// refusals, a noticed protest, the reserve's pull), and casualties off (their
// contact is the one place where the crowd's size acts alone), a run is the
// same run: the same agents join, the same events come at the same hours, and
// every crowd is that share of the people who joined.
TEST(UprisingMechanisms, TurnoutThinsTheCrowdNotTheMovement) {
  const double tau = 0.5;  // a power of two: the scaled thresholds stay exact
  const std::vector<std::string> base = {"casualties_on=false"};
  const RunPlan plan = testing::plan_for("kazakhstan-2022/scenario", coarse(base));
  const Params& p = plan.params;
  auto scaled = [&](const char* name, double value) {
    return fmt::format("{}={}", name, value * tau);
  };
  std::vector<std::string> thinned = base;
  thinned.push_back(fmt::format("turnout={}", tau));
  thinned.push_back(scaled("arrest_constant", p.arrest_constant));
  thinned.push_back(scaled("self_people", p.self_people));
  thinned.push_back(scaled("escalation_ratio", p.escalation_ratio));
  thinned.push_back(scaled("threat_ratio", p.threat_ratio));
  thinned.push_back(scaled("storm_ratio", p.storm_ratio));
  thinned.push_back(scaled("storm_min_people", p.storm_min_people));
  thinned.push_back(scaled("refusal_min_pressure", p.refusal_min_pressure));
  thinned.push_back(scaled("refusal_pressure", p.refusal_pressure));
  thinned.push_back(scaled("protest_min_people", p.protest_min_people));
  thinned.push_back(scaled("protest_min_share", p.protest_min_share));
  thinned.push_back(scaled("redeploy_half_people", p.redeploy_half_people));
  const RunResult all_out = run_with(base);
  const RunResult half_out = run_with(thinned);
  ASSERT_GT(all_out.summary_value("places_protested"), 10);
  const auto& a = all_out.events.events();
  const auto& b = half_out.events.events();
  EXPECT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    EXPECT_EQ(a[i].tick, b[i].tick) << i;
    EXPECT_EQ(a[i].kind, b[i].kind) << i;
    EXPECT_EQ(a[i].where, b[i].where) << i;
  }
  const auto& full = all_out.series.column("protesters");
  const auto& thin = half_out.series.column("protesters");
  ASSERT_EQ(full.size(), thin.size());
  for (std::size_t t = 0; t < full.size(); ++t) EXPECT_DOUBLE_EQ(thin[t], tau * full[t]) << t;
  EXPECT_EQ(all_out.series.column("strikers"), half_out.series.column("strikers"));
  EXPECT_EQ(all_out.series.column("legitimacy"), half_out.series.column("legitimacy"));
}

// Alone, a lower turnout is a smaller crowd in the streets, that meets the
// police with fewer people: fewer detained and injured. (Its risk of arrest is
// higher, its force lower: at the shipped values the two about cancel, and the
// peak falls about in proportion, 0.196 of it over seeds 1-3 at turnout 0.2.)
TEST(UprisingMechanisms, ALowTurnoutFacesThePoliceWithFewer) {
  for (const char* name : {"peak_protesters", "detained_cumulative", "injured_cumulative"}) {
    const double all_out = over_seeds({}, name);
    const double fifth_out = over_seeds({"turnout=0.2"}, name);
    EXPECT_LT(fifth_out, all_out) << name;
    EXPECT_GT(fifth_out, 0) << name;
  }
}

/// Each enterprise's aggrieved workers after the first hour of a world of `plan`.
std::vector<double> aggrieved_after_an_hour(const RunPlan& plan) {
  const RandomStream rng(1, 0);
  World world(plan.country, plan.params, rng);
  EventLog events;
  (void)step(world, rng, 0, Calendar(DateHour{{2022, 1, 1}, 0}, 1), events);
  std::vector<double> out;
  for (const EnterpriseState& e : world.enterprises) out.push_back(e.aggrieved);
  return out;
}

TEST(UprisingMechanisms, ADisputeAggrievesExactlyItsEnterprisesWorkers) {
  // A large share, so that the first hour (before the price is felt) shows it.
  const RunPlan disputes =
      testing::plan_for("kazakhstan-2022/scenario", coarse({"dispute_hardship=5"}));
  const RunPlan none =
      testing::plan_for("kazakhstan-2022/scenario", coarse({"dispute_hardship=0"}));
  const std::vector<double> with = aggrieved_after_an_hour(disputes);
  const std::vector<double> without = aggrieved_after_an_hour(none);
  int open = 0, closed = 0;
  for (std::size_t e = 0; e < with.size(); ++e) {
    const Enterprise& ent = disputes.country.enterprises[e];
    if (ent.open_dispute) {
      ++open;
      EXPECT_GT(with[e], without[e]) << ent.name;
    } else {
      ++closed;
      EXPECT_EQ(with[e], without[e]) << ent.name;
    }
  }
  ASSERT_GT(open, 0);
  ASSERT_GT(closed, 0);
  // The parameter acts through the data only: without disputes it adds nothing,
  // and at zero it is as if no enterprise had one.
  RunPlan erased = testing::plan_for("kazakhstan-2022/scenario", coarse({"dispute_hardship=5"}));
  for (Enterprise& e : erased.country.enterprises) e.open_dispute = false;
  EXPECT_EQ(aggrieved_after_an_hour(erased), without);
}

}  // namespace
}  // namespace unrest::uprising
