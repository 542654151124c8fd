// The state's policy in the uprising model: rules read from [[policy]],
// checked against what each measure can do, and played on a small world.

#include "unrest/models/uprising/policy.hpp"

#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <string>
#include <vector>

#include "runs.hpp"
#include "unrest/models/uprising/world.hpp"
#include "unrest/scenario/policy_reader.hpp"

namespace unrest::uprising {
namespace {

const Calendar kCalendar(DateHour{{2022, 1, 1}, 0}, 1);

class Policy : public ::testing::Test {
 protected:
  Policy()
      : plan_(testing::plan_for("kazakhstan-2022/scenario", {"scale=0.001", "min_place_agents=0"})),
        world_(plan_.country, plan_.params, rng_) {}

  /// The rules of `text` (a TOML document of [[policy]] tables), resolved.
  std::vector<StateRule> rules(const std::string& text) {
    const toml::table doc = toml::parse(std::string_view(text), std::string_view("policy.toml"));
    return resolve_policy(
        read_policy(doc["policy"].as_array(), action_kinds(kCalendar), condition_quantities()),
        plan_.country);
  }
  /// The error resolving `text` raises.
  std::string error_of(const std::string& text) {
    try {
      (void)rules(text);
    } catch (const InputError& e) {
      return e.what();
    }
    return "no error";
  }
  PlaceState& place(const std::string& name) {
    return world_.places[plan_.country.find_place(name)];
  }
  /// Plays hours from..to; returns the interventions logged.
  std::vector<std::string> play(StatePolicy& policy, std::int64_t from, std::int64_t to) {
    EventLog events;
    for (std::int64_t t = from; t <= to; ++t) {
      policy.act(world_, rng_, t, events, [&](const Action&) { ++applied_; });
    }
    std::vector<std::string> lines;
    for (const auto& e : events.events()) lines.push_back(e.where + ": " + e.detail);
    return lines;
  }

  RunPlan plan_;
  RandomStream rng_{1, 0};
  World world_;
  int applied_ = 0;
};

const char* kCurfewWhereStormed = R"(
[[policy]]
id = "curfew"
measure = { action = "emergency", scope = "nation" }
when = { quantity = "places_stormed", at_least = 1 }
each_place = true
delay_hours = 2
lift = { quantity = "protesters", below = 500 }
lift_hours = 3
)";

TEST_F(Policy, EachPlaceActsOnlyWhereItsReasonIs) {
  const auto r = rules(kCurfewWhereStormed);
  StatePolicy policy(r);
  place("Aktobe").stormed_at = 10;
  place("Aktobe").protesters = 5000;
  EXPECT_TRUE(play(policy, 11, 12).empty());
  const auto lines = play(policy, 13, 13);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("Aktobe: policy curfew: emergency"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("places_stormed >= 1; now 1"), std::string::npos) << lines[0];
  EXPECT_TRUE(place("Aktobe").emergency);
  EXPECT_FALSE(place("Almaty").emergency);
  EXPECT_EQ(applied_, 1);
}

TEST_F(Policy, OrdersLiftWhenTheirReasonPasses) {
  const auto r = rules(kCurfewWhereStormed);
  StatePolicy policy(r);
  place("Aktobe").stormed_at = 10;
  place("Aktobe").protesters = 5000;
  (void)play(policy, 11, 13);
  ASSERT_TRUE(place("Aktobe").emergency);
  place("Aktobe").protesters = 100;
  EXPECT_TRUE(play(policy, 14, 15).empty());
  const auto lines = play(policy, 16, 16);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("emergency lifted in Aktobe"), std::string::npos) << lines[0];
  EXPECT_FALSE(place("Aktobe").emergency);
  // Stormed stays stormed: the lifted curfew does not come back by itself.
  place("Aktobe").protesters = 5000;
  EXPECT_TRUE(play(policy, 17, 60).empty());
}

TEST_F(Policy, NationalRuleWatchesItsScopeAndActsOnTheMeasuresScope) {
  const auto r = rules(R"(
[[policy]]
id = "shutdown"
measure = { action = "internet", level = 0.05, scope = "nation" }
when = { quantity = "places_refused", at_least = 2, scope = "region:Almaty" }
)");
  StatePolicy policy(r);
  place("Almaty").local_refused = true;  // Almaty city is a region of its own
  place("Taldykorgan").local_refused = true;
  EXPECT_TRUE(play(policy, 1, 5).empty());
  place("Kapchagay").local_refused = true;
  EXPECT_EQ(play(policy, 6, 6).size(), 1u);
  EXPECT_DOUBLE_EQ(place("Aktau").internet, 0.05);
}

TEST_F(Policy, LiftedUnitsAreWithdrawn) {
  const auto r = rules(R"(
[[policy]]
id = "reinforce"
measure = { action = "deploy", force = "national_guard", personnel = 1000, scope = "nation" }
when = { quantity = "protesters_per_officer", at_least = 20 }
each_place = true
lift = { quantity = "protesters_per_officer", below = 2 }
lift_hours = 1
)");
  StatePolicy policy(r);
  PlaceState& aktau = place("Aktau");
  const double guard = aktau.guard;
  aktau.protesters = 30000;
  aktau.security = 1000;
  (void)play(policy, 1, 1);
  EXPECT_DOUBLE_EQ(aktau.guard, guard + 1000);
  aktau.protesters = 100;
  (void)play(policy, 2, 2);
  EXPECT_DOUBLE_EQ(aktau.guard, guard);
}

TEST_F(Policy, StrikesInStrategicEnterprisesAreCounted) {
  world_.enterprises[0].striking = true;  // Ozenmunaigas, Zhanaozen
  Condition striking;
  striking.quantity = "enterprises_striking";
  striking.threshold = 1;
  striking.scope = {"Zhanaozen"};
  const Watch zhanaozen = resolve_condition(striking, plan_.country);
  striking.scope = {"Almaty"};
  const Watch almaty = resolve_condition(striking, plan_.country);
  EXPECT_EQ(world_.observe(zhanaozen), 1);
  EXPECT_EQ(world_.observe(almaty), 0);
}

TEST_F(Policy, MistakesNameTheRuleAndKey) {
  const std::string concession = error_of(R"(
[[policy]]
id = "promise"
measure = { action = "concession", legitimacy = 0.02 }
when = { quantity = "places_protested", at_least = 10 }
lift = { quantity = "protesters", below = 100 }
)");
  EXPECT_NE(concession.find("policy.toml:6"), std::string::npos) << concession;
  EXPECT_NE(concession.find("policy[0].lift"), std::string::npos) << concession;
  EXPECT_NE(concession.find("cannot be lifted"), std::string::npos) << concession;

  const std::string scoped = error_of(R"(
[[policy]]
id = "curfew"
measure = { action = "emergency", scope = "nation" }
when = { quantity = "places_stormed", at_least = 1, scope = "Almaty" }
each_place = true
)");
  EXPECT_NE(scoped.find("policy[0].when.scope"), std::string::npos) << scoped;

  const std::string unscoped = error_of(R"(
[[policy]]
id = "sack"
measure = { action = "dismissal", official = "the government", legitimacy = 0.03 }
when = { quantity = "places_protested", at_least = 10 }
each_place = true
)");
  EXPECT_NE(unscoped.find("policy[0].each_place"), std::string::npos) << unscoped;

  const std::string field = error_of(R"(
[[policy]]
id = "cut"
measure = { action = "internet", levle = 0, scope = "nation" }
when = { quantity = "places_protested", at_least = 10 }
)");
  EXPECT_NE(field.find("policy[0].measure"), std::string::npos) << field;

  const std::string missing = error_of(R"(
[[policy]]
id = "cut"
measure = { action = "internet", level = 0, scope = "nation" }
)");
  EXPECT_NE(missing.find("policy[0].when"), std::string::npos) << missing;

  const std::string twice = error_of(R"(
[[policy]]
id = "cut"
measure = { action = "internet", level = 0, scope = "nation" }
when = { quantity = "places_protested", at_least = 10 }
[[policy]]
id = "cut"
measure = { action = "internet", level = 0, scope = "nation" }
when = { quantity = "places_protested", at_least = 20 }
)");
  EXPECT_NE(twice.find("policy[1].id"), std::string::npos) << twice;

  const std::string stray = error_of(R"(
[[policy]]
id = "cut"
measure = { action = "internet", level = 0, scope = "nation" }
when = { quantity = "places_protested", at_least = 10 }
lift_hours = 5
)");
  EXPECT_NE(stray.find("lift_hours"), std::string::npos) << stray;
}

}  // namespace
}  // namespace unrest::uprising
