#pragma once
/// \file
/// How a run compares with the record: which cities protest and when, the
/// order, the origin, the national peak and its fall, the casualties. The
/// targets are the tolerances; fit.json reports each score.

#include <cstdint>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/table.hpp"
#include "unrest/models/uprising/observe.hpp"
#include "unrest/models/uprising/record.hpp"

namespace unrest::uprising {

/// Spearman's rank correlation, ties given their mean rank.
double spearman(const std::vector<double>& a, const std::vector<double>& b);

/// Scores a run's trace against the record; `origin` is the place the
/// record starts from.
FitReport score_fit(const Country& country, const ObservedRecord& record, const RunTrace& trace,
                    const Calendar& calendar, const std::string& origin);

}  // namespace unrest::uprising
