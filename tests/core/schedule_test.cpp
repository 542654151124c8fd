#include "unrest/core/schedule.hpp"

#include <gtest/gtest.h>

#include <string>

#include "unrest/core/tick_loop.hpp"

namespace unrest {
namespace {

TEST(Timing, OnceFiresOnlyAtItsTick) {
  const Timing t{5, 0};
  EXPECT_FALSE(t.due(4));
  EXPECT_TRUE(t.due(5));
  EXPECT_FALSE(t.due(6));
}

TEST(Timing, RepeatsEveryStepUntilTheLastTick) {
  const Timing t{2, 3, 11};
  std::vector<std::int64_t> fired;
  for (std::int64_t tick = 0; tick < 20; ++tick) {
    if (t.due(tick)) fired.push_back(tick);
  }
  EXPECT_EQ(fired, (std::vector<std::int64_t>{2, 5, 8, 11}));
}

TEST(Schedule, DueActionsFireInInsertionOrder) {
  Schedule<std::string> s;
  s.add({3, 0}, "b");
  s.add({1, 1}, "a");
  s.add({3, 0}, "c");
  std::string seen;
  run_ticks(
      3, s,
      [&](std::int64_t tick, const std::string& a) {
        if (tick == 3) seen += a;
      },
      [](std::int64_t) {}, [](std::int64_t) {});
  EXPECT_EQ(seen, "bac");
}

}  // namespace
}  // namespace unrest
