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

}  // namespace
}  // namespace unrest
