#include "unrest/core/episodes.hpp"

#include <gtest/gtest.h>

namespace unrest {
namespace {

TEST(Episodes, FindsMaximalRunsStrictlyAboveTheLevel) {
  const std::vector<double> v = {0, 60, 70, 50, 10, 51, 0, 80};
  const auto e = find_episodes(v, 50);
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].start, 1u);
  EXPECT_EQ(e[0].end, 2u);
  EXPECT_EQ(e[0].peak, 70);
  EXPECT_EQ(e[1].start, 5u);
  EXPECT_EQ(e[1].end, 5u);
  EXPECT_EQ(e[2].start, 7u);
  EXPECT_EQ(e[2].end, 7u);
}

TEST(Episodes, WaitingTimesRunFromOneEndToTheNextStart) {
  const std::vector<double> v = {60, 60, 0, 0, 0, 60, 0, 60};
  const auto w = waiting_times(find_episodes(v, 50));
  EXPECT_EQ(w, (std::vector<double>{4, 2}));
}

TEST(Episodes, NoneInAQuietSeries) {
  EXPECT_TRUE(find_episodes(std::vector<double>(10, 50.0), 50).empty());
  EXPECT_TRUE(waiting_times({}).empty());
}

}  // namespace
}  // namespace unrest
