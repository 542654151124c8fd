#include "unrest/core/calendar.hpp"

#include <gtest/gtest.h>

namespace unrest {
namespace {

TEST(CivilDate, KnownDayCounts) {
  EXPECT_EQ((CivilDate{1970, 1, 1}.days_since_epoch()), 0);
  EXPECT_EQ((CivilDate{2022, 1, 1}.days_since_epoch()), 18993);
  EXPECT_EQ((CivilDate{2000, 3, 1}.days_since_epoch()), 11017);
  EXPECT_EQ((CivilDate{1969, 12, 31}.days_since_epoch()), -1);
}

TEST(CivilDate, RoundTripsOverFourCenturies) {
  for (std::int64_t d = -150'000; d <= 150'000; d += 7) {
    ASSERT_EQ(CivilDate::from_days_since_epoch(d).days_since_epoch(), d);
  }
}

TEST(CivilDate, Validity) {
  EXPECT_TRUE((CivilDate{2024, 2, 29}.valid()));
  EXPECT_FALSE((CivilDate{2022, 2, 29}.valid()));
  EXPECT_FALSE((CivilDate{1900, 2, 29}.valid()));
  EXPECT_TRUE((CivilDate{2000, 2, 29}.valid()));
  EXPECT_FALSE((CivilDate{2022, 13, 1}.valid()));
  EXPECT_FALSE((CivilDate{2022, 4, 31}.valid()));
}

TEST(Calendar, TicksAndTimesOfAnHourlyCalendar) {
  const Calendar c(DateHour{{2022, 1, 1}, 0}, 1);
  EXPECT_EQ(c.tick_of(DateHour{{2022, 1, 5}, 18}), 4 * 24 + 18);
  EXPECT_EQ(c.time_of(4 * 24 + 18).to_string(), "2022-01-05T18:00");
  EXPECT_EQ(c.ticks_per_day(), 24);
}

TEST(Calendar, MultiHourTicksRoundDown) {
  const Calendar c(DateHour{{2022, 1, 1}, 0}, 6);
  EXPECT_EQ(c.tick_of(DateHour{{2022, 1, 1}, 5}), 0);
  EXPECT_EQ(c.tick_of(DateHour{{2022, 1, 1}, 6}), 1);
  EXPECT_EQ(c.tick_of(DateHour{{2021, 12, 31}, 23}), -1);
  EXPECT_EQ(c.time_of(5).to_string(), "2022-01-02T06:00");
}

TEST(Calendar, RejectsHoursThatDoNotDivideADay) {
  EXPECT_THROW(Calendar(DateHour{{2022, 1, 1}, 0}, 5), std::invalid_argument);
}

TEST(Calendar, StepsHaveNoDates) {
  const Calendar c;
  EXPECT_FALSE(c.has_dates());
  EXPECT_THROW((void)c.time_of(1), std::logic_error);
}

TEST(Calendar, UtcOffsetsReadAndWriteAsIso8601) {
  EXPECT_EQ(format_utc_offset(360), "+06:00");
  EXPECT_EQ(format_utc_offset(0), "+00:00");
  EXPECT_EQ(format_utc_offset(-210), "-03:30");
  EXPECT_EQ(parse_utc_offset("+05:45"), 345);
  EXPECT_EQ(parse_utc_offset("-12:00"), -720);
  for (const char* bad : {"", "+6", "+06", "06:00", "+06:00Z", "+6:00", "+06:5a", "+15:00"}) {
    EXPECT_FALSE(parse_utc_offset(bad).has_value()) << bad;
  }
  const Calendar almaty(DateHour{{2022, 1, 1}, 0}, 1, 360);
  EXPECT_EQ(almaty.stamp(42), "2022-01-02T18:00+06:00");
  EXPECT_EQ(almaty.time_of(42).to_string(), "2022-01-02T18:00");  // the clock's own reading
  EXPECT_THROW(Calendar(DateHour{{2022, 1, 1}, 0}, 1, 15 * 60), std::invalid_argument);
}

}  // namespace
}  // namespace unrest
