#include "unrest/core/calendar.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace unrest {

namespace {

// Floor division, for the era arithmetic of dates before 1970.
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
  return (a >= 0 ? a : a - b + 1) / b;
}

constexpr bool is_leap(int year) noexcept {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int days_in_month(int year, int month) noexcept {
  constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : lengths[month - 1];
}

}  // namespace

// The day-count conversions follow the "days from civil" construction for the
// proleptic Gregorian calendar: 400-year eras of 146097 days, years starting
// in March so that the leap day falls at the end.
std::int64_t CivilDate::days_since_epoch() const noexcept {
  const std::int64_t y = static_cast<std::int64_t>(year) - (month <= 2 ? 1 : 0);
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t year_of_era = y - era * 400;
  const std::int64_t m = month;
  const std::int64_t day_of_year = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate CivilDate::from_days_since_epoch(std::int64_t days) noexcept {
  const std::int64_t z = days + 719468;
  const std::int64_t era = floor_div(z, 146097);
  const std::int64_t day_of_era = z - era * 146097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t mp = (5 * day_of_year + 2) / 153;
  const std::int64_t d = day_of_year - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = year_of_era + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

bool CivilDate::valid() const noexcept {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::string CivilDate::to_string() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::int64_t DateHour::hours_since_epoch() const noexcept {
  return date.days_since_epoch() * 24 + hour;
}

DateHour DateHour::from_hours_since_epoch(std::int64_t hours) noexcept {
  const std::int64_t days = floor_div(hours, 24);
  return DateHour{CivilDate::from_days_since_epoch(days), static_cast<int>(hours - days * 24)};
}

std::string DateHour::to_string() const {
  return fmt::format("{}T{:02}:00", date.to_string(), hour);
}

std::string format_utc_offset(int minutes) {
  const int magnitude = minutes < 0 ? -minutes : minutes;
  return fmt::format("{}{:02}:{:02}", minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
}

std::optional<int> parse_utc_offset(std::string_view text) {
  const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || !digit(1) || !digit(2) ||
      text[3] != ':' || !digit(4) || !digit(5)) {
    return std::nullopt;
  }
  const int hours = (text[1] - '0') * 10 + (text[2] - '0');
  const int minutes = (text[4] - '0') * 10 + (text[5] - '0');
  // The offsets in use run from -12:00 to +14:00.
  if (minutes >= 60 || hours * 60 + minutes > 14 * 60) return std::nullopt;
  const int total = hours * 60 + minutes;
  return text[0] == '-' ? -total : total;
}

Calendar::Calendar(DateHour start, int hours_per_tick) : Calendar(start, hours_per_tick, 0) {}

Calendar::Calendar(DateHour start, int hours_per_tick, int utc_offset_minutes)
    : start_(start), hours_per_tick_(hours_per_tick), utc_offset_minutes_(utc_offset_minutes) {
  if (hours_per_tick <= 0 || 24 % hours_per_tick != 0) {
    throw std::invalid_argument("hours per tick must divide 24");
  }
  if (utc_offset_minutes < -14 * 60 || utc_offset_minutes > 14 * 60) {
    throw std::invalid_argument("a UTC offset lies within 14 hours");
  }
}

std::string Calendar::stamp(std::int64_t tick) const {
  return time_of(tick).to_string() + format_utc_offset(utc_offset_minutes_);
}

DateHour Calendar::time_of(std::int64_t tick) const {
  if (!start_) throw std::logic_error("calendar has no dates");
  return DateHour::from_hours_since_epoch(start_->hours_since_epoch() + tick * hours_per_tick_);
}

std::int64_t Calendar::tick_of(const DateHour& when) const {
  if (!start_) throw std::logic_error("calendar has no dates");
  return floor_div(when.hours_since_epoch() - start_->hours_since_epoch(), hours_per_tick_);
}

}  // namespace unrest
