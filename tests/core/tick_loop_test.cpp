#include "unrest/core/tick_loop.hpp"

#include <gtest/gtest.h>

#include <string>

namespace unrest {
namespace {

TEST(TickLoop, AppliesThenStepsThenRecordsEachTick) {
  Schedule<char> schedule;
  schedule.add({0, 0}, 'a');
  schedule.add({2, 0}, 'b');
  std::string trace;
  run_ticks(
      3, schedule, [&](std::int64_t t, char c) { trace += std::string(1, c) + std::to_string(t); },
      [&](std::int64_t t) { trace += "s" + std::to_string(t); },
      [&](std::int64_t t) { trace += "r" + std::to_string(t) + " "; });
  EXPECT_EQ(trace, "a0r0 s1r1 b2s2r2 s3r3 ");
}

TEST(TickLoop, ConditionalActionsWaitForTheirCondition) {
  Schedule<char> schedule;
  schedule.add({2, 0, 6}, 'w', Condition{});  // once, from 2 to 6, when the state is ready
  schedule.add({1, 2, 9}, 'r', Condition{});  // every 2 ticks from 1, when ready
  schedule.add({3, 0, 4}, 'n', Condition{});  // gives up after 4: never ready by then
  schedule.add({1, 0}, 'u');                  // unconditional
  int state = 0;                              // the model's state: the tick last recorded
  std::string trace;
  run_ticks(
      9, schedule, [&](std::size_t entry) { return entry == 2 ? state >= 7 : state >= 4; },
      [&](std::int64_t t, char c, std::size_t) { trace += std::string(1, c) + std::to_string(t); },
      [](std::int64_t) {}, [&](std::int64_t t) { state = static_cast<int>(t); });
  // 'w' waits past its first tick until the state recorded at 4 is seen at 5,
  // and fires once; 'r' fires at its due ticks 5, 7, 9; 'n' never fires.
  EXPECT_EQ(trace, "u1w5r5r7r9");
}

}  // namespace
}  // namespace unrest
