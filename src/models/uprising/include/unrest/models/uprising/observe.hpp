#pragma once
/// \file
/// What the uprising model records: the national series per hour, the
/// cities table (one row per place and hour), and the day-by-day report.

#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/table.hpp"
#include "unrest/core/timeseries.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

std::vector<ColumnSpec> national_columns();
std::vector<ColumnSpec> city_columns();

/// Appends the national row and the places' rows of `tick`.
void record_tick(const World& w, std::int64_t tick, TimeSeries& national, Table& cities);

/// Lines for the printed summary: a day-by-day national table.
std::vector<std::string> daily_report(const TimeSeries& national, const Calendar& calendar);

}  // namespace unrest::uprising
