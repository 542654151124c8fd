#pragma once
/// \file
/// Calendar time for scenarios: civil dates, hours, and the mapping between
/// calendar time and simulation ticks.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace unrest {

/// A proleptic Gregorian date.
struct CivilDate {
  int year = 1970;
  int month = 1;  ///< 1..12
  int day = 1;    ///< 1..31

  /// Days since 1970-01-01 (negative before it).
  [[nodiscard]] std::int64_t days_since_epoch() const noexcept;
  [[nodiscard]] static CivilDate from_days_since_epoch(std::int64_t days) noexcept;
  [[nodiscard]] bool valid() const noexcept;
  /// ISO 8601, "2022-01-05".
  [[nodiscard]] std::string to_string() const;

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

/// A date and a whole hour of the day.
struct DateHour {
  CivilDate date;
  int hour = 0;  ///< 0..23

  [[nodiscard]] std::int64_t hours_since_epoch() const noexcept;
  [[nodiscard]] static DateHour from_hours_since_epoch(std::int64_t hours) noexcept;
  /// "2022-01-05T18:00".
  [[nodiscard]] std::string to_string() const;

  friend bool operator==(const DateHour&, const DateHour&) = default;
};

/// "+06:00", "-03:30", "+00:00": a UTC offset in minutes as ISO 8601 writes it.
std::string format_utc_offset(int minutes);
/// Reads "+HH:MM" or "-HH:MM" (hours at most 14, minutes below 60); nullopt
/// for any other text.
std::optional<int> parse_utc_offset(std::string_view text);

/// Maps ticks to calendar time. A scenario without a start date counts in
/// abstract steps (as the classic models do); then only ticks are valid times.
class Calendar {
 public:
  /// Abstract steps, no dates.
  Calendar() = default;
  /// Tick 0 begins at `start`; each tick lasts `hours_per_tick` hours.
  Calendar(DateHour start, int hours_per_tick);
  /// The same, its clock `utc_offset_minutes` ahead of UTC (the scenario's
  /// local time; run.utc_offset).
  Calendar(DateHour start, int hours_per_tick, int utc_offset_minutes);

  [[nodiscard]] bool has_dates() const noexcept { return start_.has_value(); }
  [[nodiscard]] int hours_per_tick() const noexcept { return hours_per_tick_; }
  [[nodiscard]] const std::optional<DateHour>& start() const noexcept { return start_; }
  /// Minutes the scenario's clock is ahead of UTC (0 without dates).
  [[nodiscard]] int utc_offset_minutes() const noexcept { return utc_offset_minutes_; }

  /// The calendar time at which `tick` begins. Requires has_dates().
  [[nodiscard]] DateHour time_of(std::int64_t tick) const;
  /// The time `tick` begins with the clock's offset, ISO 8601:
  /// "2022-01-04T18:00+06:00". Requires has_dates().
  [[nodiscard]] std::string stamp(std::int64_t tick) const;
  /// The tick during which `when` falls (rounded down). Requires has_dates().
  [[nodiscard]] std::int64_t tick_of(const DateHour& when) const;
  /// Ticks in one calendar day. Requires has_dates().
  [[nodiscard]] std::int64_t ticks_per_day() const noexcept { return 24 / hours_per_tick_; }

 private:
  std::optional<DateHour> start_;
  int hours_per_tick_ = 1;
  int utc_offset_minutes_ = 0;
};

}  // namespace unrest
