// The population's layout: the marchers (agents who would go to the streets
// at all) are exactly those below their block's cut, and only they move.

#include <gtest/gtest.h>

#include <algorithm>

#include "runs.hpp"
#include "unrest/core/event_log.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {
namespace {

RunPlan small_plan(std::vector<std::string> overrides) {
  overrides.insert(overrides.end(), {"scale=0.002", "min_place_agents=0"});
  return testing::plan_for("kazakhstan-2022/scenario", overrides);
}

TEST(UprisingPopulation, MarchersAreExactlyTheAgentsBelowTheirBlocksCutInAgentOrder) {
  const RunPlan plan = small_plan({});
  const Population pop = make_population(plan.country, plan.params, RandomStream(1, 0));
  const Marchers& m = pop.marchers;
  std::uint32_t agents = 0;
  std::uint32_t next = 0;  // blocks list their marchers one after another
  std::size_t workers = 0;
  for (const Block& b : pop.blocks) {
    agents += b.end - b.begin;
    ASSERT_EQ(b.march_begin, next);
    const double cut = street_cut(plan.params, b.segment, plan.country.places[b.place].rural);
    auto r = b.march_begin;
    auto idle = b.idle_begin;
    for (std::uint32_t i = b.begin; i < b.end; ++i) {
      if (pop.street[i] >= cut) {
        // An enterprise's other workers: their grievance bytes, dense.
        if (b.enterprise == kNoEnterprise) continue;
        ASSERT_LT(idle, b.idle_end);
        EXPECT_EQ(pop.idle_workers.hardship[idle], pop.hardship[i]);
        EXPECT_EQ(pop.idle_workers.legitimacy[idle], pop.legitimacy[i]);
        ++idle;
        continue;
      }
      ASSERT_LT(r, b.march_end);
      EXPECT_EQ(m.agent[r], i);
      EXPECT_EQ(m.hardship[r], pop.hardship[i]);
      EXPECT_EQ(m.risk[r], pop.risk[i]);
      EXPECT_EQ(m.legitimacy[r], pop.legitimacy[i]);
      EXPECT_EQ(m.state[r], static_cast<std::uint8_t>(State::Quiet));
      ++r;
    }
    EXPECT_EQ(r, b.march_end);
    EXPECT_EQ(idle, b.idle_end);
    if (b.enterprise != kNoEnterprise) workers += b.idle_end - b.idle_begin;
    next = b.march_end;
  }
  EXPECT_EQ(agents, pop.size());
  EXPECT_EQ(next, m.size());
  EXPECT_GT(m.size(), 0u);
  EXPECT_LT(m.size(), pop.size());
  EXPECT_EQ(workers, pop.idle_workers.hardship.size());
  EXPECT_GT(workers, 0u);
}

TEST(UprisingPopulation, AShareOfNoneMarchesNobodyAndAShareOfOneMarchesAll) {
  const RunPlan plan = small_plan({"street.others=0", "street.migrants=1"});
  const Population pop = make_population(plan.country, plan.params, RandomStream(1, 0));
  int others = 0, migrants = 0;
  for (const Block& b : pop.blocks) {
    if (b.segment == Segment::Others) {
      ++others;
      EXPECT_EQ(b.march_end, b.march_begin);
    }
    // Rural places scale the share down (rural_street_factor): test the cities.
    if (b.segment == Segment::Migrants && !plan.country.places[b.place].rural) {
      ++migrants;
      EXPECT_EQ(b.march_end - b.march_begin, b.end - b.begin);
    }
  }
  EXPECT_GT(others, 0);
  EXPECT_GT(migrants, 0);
  EXPECT_DOUBLE_EQ(street_cut(plan.params, Segment::Others, false), 0.0);
  EXPECT_DOUBLE_EQ(street_cut(plan.params, Segment::Migrants, false), 256.0);
}

TEST(UprisingPopulation, APlacesProtestersAreItsMarchersOutInEveryHour) {
  // Three days after the LPG price doubles everywhere: the protesters each
  // place reports are exactly its marchers in the streets after contact.
  const RunPlan plan = small_plan({});
  const RandomStream rng(plan.seed, 0);
  World world(plan.country, plan.params, rng);
  for (auto& s : world.places) s.price[0] = 2 * plan.params.lpg_reference_price;
  EventLog events;
  const Calendar calendar(DateHour{{2022, 1, 1}, 0}, 1);
  const Marchers& m = world.pop.marchers;
  double most = 0;
  for (std::int64_t tick = 0; tick < 72; ++tick) {
    (void)step(world, rng, tick, calendar, events);
    for (std::size_t place = 0; place < world.places.size(); ++place) {
      std::uint64_t out = 0;
      for (auto b = world.pop.place_blocks[place]; b < world.pop.place_blocks[place + 1]; ++b) {
        for (auto r = world.pop.blocks[b].march_begin; r < world.pop.blocks[b].march_end; ++r) {
          out += m.state[r] == static_cast<std::uint8_t>(State::Protesting);
        }
      }
      const double people = static_cast<double>(out) * world.pop.place_people_per_agent[place];
      ASSERT_DOUBLE_EQ(world.places[place].protesters, people) << "tick " << tick;
      most = std::max(most, people);
    }
  }
  EXPECT_GT(most, 0);  // the price rise brought people out
}

}  // namespace
}  // namespace unrest::uprising
