#pragma once
/// \file
/// The end of a run of the uprising model: its summary items and the lines it
/// adds to the printed report, read by name from the finished trace.

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/run_result.hpp"
#include "unrest/models/uprising/observe.hpp"
#include "unrest/models/uprising/record.hpp"

namespace unrest::uprising {

/// The summary values an analyst compares first between scenarios.
inline constexpr std::array<std::string_view, 6> kComparedOutcomes = {
    "killed_cumulative", "injured_cumulative", "detained_cumulative",
    "places_protested",  "peak_protesters",    "protest_days"};

/// The summary items, in their fixed order; `agents` simulated for `people`.
std::vector<SummaryItem> summarise(const RunTrace& trace, const Calendar& calendar, double agents,
                                   double people);

/// Report lines comparing the run with the record: each named city's first
/// protest, observed and simulated, and the totals.
std::vector<std::string> record_report(const Country& country, const ObservedRecord& record,
                                       const RunTrace& trace, const Calendar& calendar);

}  // namespace unrest::uprising
