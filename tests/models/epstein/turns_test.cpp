#include "unrest/models/epstein/turns.hpp"

#include <gtest/gtest.h>

#include "unrest/models/epstein/step.hpp"
#include "world_builder.hpp"

namespace unrest::epstein {
namespace {

using testing::build_world;
using testing::small_params;

bool is_active(const World& w, std::uint32_t id) {
  return !w.jailed(id) && w.site[w.citizen_cell[id]] == Site::Active;
}

// G = 0.5 (H = 0.5, L = 0), R = 0.5: with one cop and nobody else in sight,
// P = 0.9 and G - R P = 0.05 < 0.1, so quiet; three actives beside it make
// A = 4, P = 1 - exp(-2.3/4) = 0.44 and G - R P = 0.28, so active.
TEST(Decide, CountsCopsAndActivesInVision) {
  const Params p = small_params(1.5);
  const RandomStream rng(1, 0);
  World alone = build_world(p, {{5, 5}}, {{6, 5}});
  decide(alone, TickContext{p, rng, 1}, 0);
  EXPECT_FALSE(is_active(alone, 0));

  World crowd = build_world(
      p, {{5, 5}, {4, 4, 0.5, 0.5, true}, {4, 5, 0.5, 0.5, true}, {4, 6, 0.5, 0.5, true}},
      {{6, 5}});
  decide(crowd, TickContext{p, rng, 1}, 0);
  EXPECT_TRUE(is_active(crowd, 0));
  EXPECT_EQ(crowd.ever_active[0], 1);
}

TEST(Decide, CopsBeyondVisionDoNotCount) {
  const Params p = small_params(1.5);
  const RandomStream rng(1, 0);
  World w = build_world(p, {{5, 5}}, {{7, 5}});  // distance 2 > 1.5
  decide(w, TickContext{p, rng, 1}, 0);
  EXPECT_TRUE(is_active(w, 0));  // G - 0 = 0.5 > 0.1
}

TEST(Decide, VisionWrapsAroundTheTorus) {
  const Params p = small_params(1.5);
  const RandomStream rng(1, 0);
  World w = build_world(p, {{0, 0}}, {{10, 10}});  // diagonal neighbour across both edges
  decide(w, TickContext{p, rng, 1}, 0);
  EXPECT_FALSE(is_active(w, 0));
}

TEST(Decide, FloorRuleRemovesRiskWhenActivesOutnumberCops) {
  Params p = small_params(1.5);
  p.arrest_rule = ArrestRule::Floor;
  p.legitimacy = 0.8;
  const RandomStream rng(1, 0);
  // H = 1, L = 0.8: G = 0.2. One cop, one other active: A = 2, floor(1/2) = 0,
  // so P = 0 and G = 0.2 > 0.1: active. Under the paper's rule P = 0.68 and
  // G - R P = 0.2 - 0.34 < 0.1: quiet.
  World floor = build_world(p, {{5, 5, 1.0, 0.5}, {4, 5, 1.0, 0.5, true}}, {{6, 5}});
  decide(floor, TickContext{p, rng, 1}, 0);
  EXPECT_TRUE(is_active(floor, 0));
  p.arrest_rule = ArrestRule::Exact;
  World exact = build_world(p, {{5, 5, 1.0, 0.5}, {4, 5, 1.0, 0.5, true}}, {{6, 5}});
  decide(exact, TickContext{p, rng, 1}, 0);
  EXPECT_FALSE(is_active(exact, 0));
}

TEST(Movement, OnlyToEmptySitesWithinVision) {
  Params p = small_params(2.5, 15);
  p.legitimacy = 1;  // nobody rebels; this test is about moving
  // A crowded corner: the citizen at (7,7) with neighbours around it.
  std::vector<testing::CitizenSpec> citizens = {{7, 7}, {8, 7}, {7, 8}, {6, 7}, {7, 6}, {8, 8}};
  World w = build_world(p, citizens, {{9, 9}});
  const RandomStream rng(3, 0);
  Scratch scratch;
  for (std::int64_t tick = 1; tick <= 300; ++tick) {
    const CellIndex before = w.citizen_cell[0];
    std::vector<Site> sites_before = w.site;
    TurnTally tally;
    citizen_turn(w, TickContext{p, rng, tick}, 0, scratch, tally);
    const CellIndex after = w.citizen_cell[0];
    ASSERT_NE(after, before) << "an empty site was always in sight";
    ASSERT_EQ(sites_before[after], Site::Empty);
    int dx = std::abs(w.grid.x_of(after) - w.grid.x_of(before));
    int dy = std::abs(w.grid.y_of(after) - w.grid.y_of(before));
    dx = std::min(dx, p.width - dx);
    dy = std::min(dy, p.height - dy);
    ASSERT_LE(dx * dx + dy * dy, 2.5 * 2.5);
    ASSERT_EQ(w.occupant[after], 0u);
    ASSERT_EQ(w.site[before], Site::Empty);
  }
}

TEST(Movement, StaysPutWhenNoSiteIsFree) {
  Params p = small_params(1.5, 3);
  p.legitimacy = 1;
  std::vector<testing::CitizenSpec> full;
  for (int y = 0; y < 3; ++y) {
    for (int x = 0; x < 3; ++x) full.push_back({x, y});
  }
  World w = build_world(p, full, {});
  const RandomStream rng(3, 0);
  Scratch scratch;
  TurnTally tally;
  citizen_turn(w, TickContext{p, rng, 1}, 4, scratch, tally);
  EXPECT_EQ(w.citizen_cell[4], w.grid.index(1, 1));
}

TEST(Movement, CitizensStayWhenMovementIsOffButCopsStillMove) {
  Params p = small_params(1.5);
  p.movement = false;
  p.legitimacy = 1;
  World w = build_world(p, {{5, 5}}, {{2, 2}});
  const RandomStream rng(3, 0);
  Scratch scratch;
  TurnTally tally;
  citizen_turn(w, TickContext{p, rng, 1}, 0, scratch, tally);
  cop_turn(w, TickContext{p, rng, 1}, 1, scratch, tally);
  EXPECT_EQ(w.citizen_cell[0], w.grid.index(5, 5));
  EXPECT_NE(w.cop_cell[0], w.grid.index(2, 2));
}

TEST(Arrest, ACopJailsAnActiveInVisionAndTakesItsSite) {
  Params p = small_params(1.5);
  p.max_jail_term = 5;
  p.step_order = StepOrder::ActThenMove;
  p.cop_takes_site = true;
  World w = build_world(p, {{5, 5, 0.5, 0.5, true}, {1, 1, 0.5, 0.5, true}}, {{6, 6}});
  const RandomStream rng(3, 0);
  Scratch scratch;
  TurnTally tally;
  // Act then move: arrest from (6,6), step onto (5,5), then move on.
  p.movement = true;
  cop_turn(w, TickContext{p, rng, 1}, 2, scratch, tally);
  EXPECT_EQ(tally.arrests, 1);
  EXPECT_TRUE(w.jailed(0));
  EXPECT_GE(w.jail_left[0], 0);
  EXPECT_LE(w.jail_left[0], 5);
  EXPECT_FALSE(w.jailed(1));  // out of sight
  const CellIndex cop = w.cop_cell[0];
  EXPECT_EQ(w.site[cop], Site::Cop);
  int dx = std::abs(w.grid.x_of(cop) - 5), dy = std::abs(w.grid.y_of(cop) - 5);
  EXPECT_LE(dx * dx + dy * dy, 2);  // moved from (5,5) within vision 1.5
}

TEST(Arrest, WithoutTakingTheSiteTheArresteesSiteIsLeftEmpty) {
  Params p = small_params(1.5);
  p.cop_takes_site = false;
  p.step_order = StepOrder::ActThenMove;
  World w = build_world(p, {{5, 5, 0.5, 0.5, true}}, {{6, 6}});
  const RandomStream rng(3, 0);
  Scratch scratch;
  TurnTally tally;
  cop_turn(w, TickContext{p, rng, 1}, 1, scratch, tally);
  EXPECT_TRUE(w.jailed(0));
  EXPECT_EQ(w.site[w.grid.index(5, 5)], Site::Empty);
}

TEST(Arrest, TheNearestRuleArrestsTheClosestActive) {
  Params p = small_params(3.5);
  p.arrest_target = ArrestTarget::Nearest;
  p.step_order = StepOrder::ActThenMove;
  const RandomStream rng(3, 0);
  Scratch scratch;
  for (std::int64_t tick = 1; tick <= 20; ++tick) {
    World w = build_world(
        p, {{5, 8, 0.5, 0.5, true}, {5, 6, 0.5, 0.5, true}, {2, 5, 0.5, 0.5, true}}, {{5, 5}});
    TurnTally tally;
    cop_turn(w, TickContext{p, rng, tick}, 3, scratch, tally);
    ASSERT_TRUE(w.jailed(1));
    ASSERT_FALSE(w.jailed(0));
    ASSERT_FALSE(w.jailed(2));
  }
}

TEST(Jail, TermsAreDrawnUniformlyUpToJ) {
  Params p = small_params(1.5);
  p.max_jail_term = 3;
  const RandomStream rng(11, 0);
  std::array<int, 4> counts{};
  for (std::uint32_t id = 0; id < 4000; ++id) {
    const auto term = draw_jail_term(TickContext{p, rng, 1}, id);
    ASSERT_GE(term, 0);
    ASSERT_LE(term, 3);
    ++counts[static_cast<std::size_t>(term)];
  }
  for (const int c : counts) EXPECT_NEAR(c, 1000, 150);  // 5 s.d. of a binomial(4000, 1/4)
  p.jail_draw = JailDraw::Exclusive;
  for (std::uint32_t id = 0; id < 1000; ++id)
    ASSERT_LE(draw_jail_term(TickContext{p, rng, 1}, id), 2);
  p.max_jail_term = INFINITY;
  EXPECT_EQ(draw_jail_term(TickContext{p, rng, 1}, 0), kLifeTerm);
}

TEST(Jail, ATermOfTKeepsTheCitizenOutForTWholeTicks) {
  const Params p = small_params(1.5);
  World w = build_world(p, {{5, 5}}, {});
  vacate(w, w.citizen_cell[0]);
  w.jail_left[0] = 3;
  const RandomStream rng(1, 0);
  Scratch scratch;
  for (int tick = 1; tick <= 3; ++tick) {
    EXPECT_EQ(serve_jail_terms(w, TickContext{p, rng, tick}, scratch), 0);
    EXPECT_TRUE(w.jailed(0));
  }
  EXPECT_EQ(serve_jail_terms(w, TickContext{p, rng, 4}, scratch), 1);
  EXPECT_FALSE(w.jailed(0));
  EXPECT_EQ(w.citizen_cell[0], w.grid.index(5, 5));  // back where arrested, the site being free
  EXPECT_EQ(w.site[w.citizen_cell[0]], Site::Quiet);
}

TEST(Jail, ReleaseOntoAnOccupiedSiteGoesToAFreeSiteInVision) {
  const Params p = small_params(1.5);
  World w = build_world(p, {{5, 5}}, {{4, 4}});
  const CellIndex arrested_at = w.citizen_cell[0];
  vacate(w, arrested_at);
  w.jail_left[0] = 0;
  move_occupant(w, w.cop_cell[0], arrested_at);  // a cop now stands there
  const RandomStream rng(1, 0);
  Scratch scratch;
  EXPECT_EQ(serve_jail_terms(w, TickContext{p, rng, 1}, scratch), 1);
  const CellIndex c = w.citizen_cell[0];
  EXPECT_NE(c, arrested_at);
  EXPECT_LE(std::abs(w.grid.x_of(c) - 5), 1);
  EXPECT_LE(std::abs(w.grid.y_of(c) - 5), 1);
}

TEST(Jail, LifeTermsNeverEnd) {
  const Params p = small_params(1.5);
  World w = build_world(p, {{5, 5}}, {});
  vacate(w, w.citizen_cell[0]);
  w.jail_left[0] = kLifeTerm;
  const RandomStream rng(1, 0);
  Scratch scratch;
  for (int tick = 1; tick <= 50; ++tick) serve_jail_terms(w, TickContext{p, rng, tick}, scratch);
  EXPECT_TRUE(w.jailed(0));
}

}  // namespace
}  // namespace unrest::epstein
