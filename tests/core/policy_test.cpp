// A policy rule's states hour by hour: the delay, acting once, lifting when
// the reason has held passed, and acting again only on a new reason.

#include "unrest/core/policy.hpp"

#include <gtest/gtest.h>

namespace unrest {
namespace {

constexpr bool kLift = true, kNoLift = false;

TEST(PolicySlot, ActsAfterTheDelayFromTheFirstHourTheConditionHolds) {
  PolicySlot slot;
  EXPECT_EQ(slot.step(1, false, false, 3, kNoLift, 1), PolicyMove::None);
  EXPECT_EQ(slot.step(2, true, false, 3, kNoLift, 1), PolicyMove::None);
  EXPECT_EQ(slot.due(), 5);
  // Decided: the measure comes even if the reason fades meanwhile.
  EXPECT_EQ(slot.step(3, false, false, 3, kNoLift, 1), PolicyMove::None);
  EXPECT_EQ(slot.step(4, false, false, 3, kNoLift, 1), PolicyMove::None);
  EXPECT_EQ(slot.step(5, false, false, 3, kNoLift, 1), PolicyMove::Apply);
  EXPECT_TRUE(slot.in_force());
}

TEST(PolicySlot, NoDelayActsInTheSameHour) {
  PolicySlot slot;
  EXPECT_EQ(slot.step(7, true, false, 0, kNoLift, 1), PolicyMove::Apply);
}

TEST(PolicySlot, WithoutALiftItActsOnce) {
  PolicySlot slot;
  EXPECT_EQ(slot.step(1, true, false, 0, kNoLift, 1), PolicyMove::Apply);
  for (std::int64_t t = 2; t < 50; ++t) {
    EXPECT_EQ(slot.step(t, t % 3 == 0, true, 0, kNoLift, 1), PolicyMove::None) << t;
  }
}

TEST(PolicySlot, LiftsWhenTheLiftConditionHoldsTheHoursOnEnd) {
  PolicySlot slot;
  ASSERT_EQ(slot.step(1, true, false, 0, kLift, 3), PolicyMove::Apply);
  EXPECT_EQ(slot.step(2, true, true, 0, kLift, 3), PolicyMove::None);
  EXPECT_EQ(slot.step(3, true, true, 0, kLift, 3), PolicyMove::None);
  // A break starts the count again.
  EXPECT_EQ(slot.step(4, true, false, 0, kLift, 3), PolicyMove::None);
  EXPECT_EQ(slot.step(5, true, true, 0, kLift, 3), PolicyMove::None);
  EXPECT_EQ(slot.step(6, true, true, 0, kLift, 3), PolicyMove::None);
  EXPECT_EQ(slot.step(7, true, true, 0, kLift, 3), PolicyMove::Lift);
  EXPECT_FALSE(slot.in_force());
}

TEST(PolicySlot, AReasonThatNeverPassesDoesNotBringItBack) {
  // A building once stormed stays stormed: lifted orders stay lifted.
  PolicySlot slot;
  ASSERT_EQ(slot.step(1, true, false, 0, kLift, 1), PolicyMove::Apply);
  ASSERT_EQ(slot.step(2, true, true, 0, kLift, 1), PolicyMove::Lift);
  for (std::int64_t t = 3; t < 50; ++t) {
    EXPECT_EQ(slot.step(t, true, true, 0, kLift, 1), PolicyMove::None) << t;
  }
}

TEST(PolicySlot, ANewReasonBringsItBack) {
  PolicySlot slot;
  ASSERT_EQ(slot.step(1, true, false, 2, kLift, 1), PolicyMove::None);
  ASSERT_EQ(slot.step(3, true, false, 2, kLift, 1), PolicyMove::Apply);
  EXPECT_EQ(slot.step(4, false, true, 2, kLift, 1), PolicyMove::Lift);
  EXPECT_EQ(slot.step(5, false, false, 2, kLift, 1), PolicyMove::None);
  EXPECT_EQ(slot.step(6, true, false, 2, kLift, 1), PolicyMove::None);
  EXPECT_EQ(slot.step(8, true, false, 2, kLift, 1), PolicyMove::Apply);
}

TEST(PolicySlot, AReasonThatPassedWhileInForceArmsItAgain) {
  PolicySlot slot;
  ASSERT_EQ(slot.step(1, true, false, 0, kLift, 2), PolicyMove::Apply);
  EXPECT_EQ(slot.step(2, false, true, 0, kLift, 2), PolicyMove::None);
  EXPECT_EQ(slot.step(3, true, true, 0, kLift, 2), PolicyMove::Lift);
  EXPECT_EQ(slot.step(4, true, false, 0, kLift, 2), PolicyMove::Apply);
}

}  // namespace
}  // namespace unrest
