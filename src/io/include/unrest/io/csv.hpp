#pragma once
/// \file
/// Tidy CSV that pandas and R read directly: a header row, one row per tick or
/// event, numbers in their shortest exact form, RFC 4180 quoting.

#include <string>
#include <string_view>

#include "unrest/core/calendar.hpp"
#include "unrest/core/event_log.hpp"
#include "unrest/core/table.hpp"
#include "unrest/core/timeseries.hpp"

namespace unrest {

/// A field quoted if it holds a comma, quote or line break.
std::string csv_field(std::string_view text);

/// A number as CSV writes it: integers without a decimal point, reals in the
/// shortest form that reads back to the same double.
std::string csv_number(double value, ColumnKind kind);

/// "tick[,time],<columns...>": time is the ISO 8601 date-time the tick
/// begins with the clock's UTC offset ("2022-01-04T18:00+06:00"), present
/// when the calendar has dates.
std::string timeseries_csv(const TimeSeries& series, const Calendar& calendar);

/// A table; when its first column is "tick" and the calendar has dates, a
/// "time" column follows it.
std::string table_csv(const Table& table, const Calendar& calendar);

/// "tick[,time],kind,where,action,values,detail" (event_columns()): an
/// intervention's values as a JSON object.
std::string events_csv(const EventLog& events, const Calendar& calendar);

}  // namespace unrest
