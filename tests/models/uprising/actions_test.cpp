// The uprising model's actions: each parsed from its schedule entry, in the
// order of the Action variant, and a few applied to a small world with their
// event lines.

#include <gtest/gtest.h>
#include <toml++/toml.h>

#include <string>
#include <variant>
#include <vector>

#include "runs.hpp"
#include "unrest/models/uprising/world.hpp"
#include "unrest/scenario/table_reader.hpp"

namespace unrest::uprising {
namespace {

const Calendar kCalendar(DateHour{{2022, 1, 1}, 0}, 1);

/// The action that `kind` reads from a schedule entry's own fields.
Action parse(const ActionKind<Action>& kind, const std::string& fields) {
  const toml::table table = toml::parse(fields);
  TableReader entry(table, "schedule[0]");
  return kind.parse(entry);
}

/// A small world of the shipped scenario, and the scheduled actions applied to it.
class Applied : public ::testing::Test {
 protected:
  Applied()
      : plan_(testing::plan_for("kazakhstan-2022/scenario", {"scale=0.001", "min_place_agents=0"})),
        world_(plan_.country, plan_.params, rng_) {}

  /// Parses `fields` as the action `name`, resolves its scope and applies it.
  std::string apply_entry(const std::string& name, const std::string& fields, std::int64_t tick) {
    for (const auto& kind : action_kinds(kCalendar)) {
      if (kind.name != name) continue;
      Action action = parse(kind, fields);
      resolve_scopes(action, plan_.country);
      return apply(action, world_, rng_, tick);
    }
    return "no action " + name;
  }
  PlaceState& place(const std::string& name) {
    return world_.places[plan_.country.find_place(name)];
  }

  RunPlan plan_;
  RandomStream rng_{1, 0};
  World world_;
};

TEST(UprisingActions, KindsFollowTheVariant) {
  const auto kinds = action_kinds(kCalendar);
  ASSERT_EQ(kinds.size(), std::variant_size_v<Action>);
  const std::vector<std::string> fields = {
      "price = 120\nscope = \"nation\"",
      "legitimacy = 0.1",
      "official = \"the government\"\nlegitimacy = 0.1",
      "scope = \"Almaty\"",
      "level = 0\nscope = \"Almaty\"",
      "force = \"army\"\npersonnel = 100\nscope = \"Almaty\"",
      "personnel = 100\nscope = \"Almaty\"",
      "level = \"lethal\"\nscope = \"Almaty\"",
      "share = 0.5",
      "organisation = \"a union\"\nscope = \"Almaty\"",
  };
  ASSERT_EQ(fields.size(), kinds.size());
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    EXPECT_EQ(parse(kinds[i], fields[i]).index(), i) << kinds[i].name;
  }
}

TEST_F(Applied, PriceInItsScope) {
  EXPECT_EQ(apply_entry("price", "price = 120\nscope = \"Almaty\"", 3),
            "price: LPG 120 tenge/litre in Almaty");
  EXPECT_EQ(place("Almaty").price[0], 120);
  EXPECT_NE(place("Shymkent").price[0], 120);
  // A cap lowers a price above it and leaves one below it.
  place("Shymkent").price[0] = 60;
  EXPECT_EQ(apply_entry("price", "price = 70\ncap = true\nscope = [\"Almaty\", \"Shymkent\"]", 4),
            "price: LPG at most 70 tenge/litre in Almaty, Shymkent");
  EXPECT_EQ(place("Almaty").price[0], 70);
  EXPECT_EQ(place("Shymkent").price[0], 60);
  // A price is felt over price_lag_hours, unless felt at once (an announced
  // repeal): then the felt price is the new one from this hour, in scope only.
  const double felt_before = place("Almaty").felt_price[0];
  ASSERT_NE(felt_before, 50);
  apply_entry("price", "price = 50\nscope = \"Almaty\"", 5);
  EXPECT_EQ(place("Almaty").felt_price[0], felt_before);
  EXPECT_EQ(apply_entry("price", "price = 40\nfelt_at_once = true\nscope = \"Almaty\"", 6),
            "price: LPG 40 tenge/litre in Almaty, felt at once");
  EXPECT_EQ(place("Almaty").felt_price[0], 40);
  EXPECT_NE(place("Shymkent").felt_price[0], 40);
  // With a cap, what is felt is the price that results.
  apply_entry("price", "price = 80\ncap = true\nfelt_at_once = true\nscope = \"Shymkent\"", 7);
  EXPECT_EQ(place("Shymkent").felt_price[0], 60);
}

TEST_F(Applied, DeploySplitsEvenly) {
  const double before = place("Almaty").army;
  EXPECT_EQ(
      apply_entry("deploy",
                  "force = \"army\"\npersonnel = 1000\nscope = [\"Almaty\", \"Shymkent\"]", 3),
      "deploy: 1000 army to Almaty, Shymkent");
  EXPECT_EQ(place("Almaty").army, before + 500);
}

TEST_F(Applied, EmergencyForHoursFromWhenItComes) {
  EXPECT_EQ(apply_entry("emergency", "hours = 48\nscope = \"region:Mangystau\"", 5),
            "emergency: curfew 23:00-07:00 in region:Mangystau");
  EXPECT_TRUE(place("Zhanaozen").emergency);
  EXPECT_EQ(place("Zhanaozen").emergency_until, 5 + 48);
  EXPECT_FALSE(place("Almaty").emergency);
}

TEST_F(Applied, ConcessionWithoutScopeIsNational) {
  EXPECT_EQ(apply_entry("concession", "legitimacy = 0.05\nwhat = \"a price cap\"", 3),
            "concession: a price cap (legitimacy +0.05) in nation");
  EXPECT_EQ(world_.legitimacy_shift, 0.05);
}

TEST_F(Applied, CallInItsScopeAndSegments) {
  EXPECT_EQ(apply_entry("call",
                        "organisation = \"a union\"\nsegments = [\"youth\"]\nhours = 10\n"
                        "scope = \"Almaty\"",
                        3),
            "call: a union calls out youth in Almaty");
  const auto youth = static_cast<std::size_t>(Segment::Youth);
  EXPECT_EQ(place("Almaty").called_until[youth], 13);
  EXPECT_EQ(place("Almaty").called_until[static_cast<std::size_t>(Segment::Others)], 0);
  EXPECT_EQ(place("Shymkent").called_until[youth], 0);
  // A later, shorter call does not cut a standing one short.
  (void)apply_entry("call", "organisation = \"b\"\nhours = 2\nscope = \"Almaty\"", 4);
  EXPECT_EQ(place("Almaty").called_until[youth], 13);
  EXPECT_EQ(place("Almaty").called_until[static_cast<std::size_t>(Segment::Others)], 6);
}

TEST_F(Applied, ReleaseWithNoneDetained) {
  EXPECT_EQ(apply_entry("release", "share = 0.5", 3),
            "release: 0.5 of the detained (0 people) in nation");
}

}  // namespace
}  // namespace unrest::uprising
