#pragma once
/// \file
/// How a run compares with the record: which cities protest and when, the
/// order, the origin, the national peak and its fall, the casualties. The
/// targets are the tolerances; fit.json reports each score.

#include <cstdint>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/table.hpp"
#include "unrest/models/uprising/record.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

/// What the fit needs from the run besides the final world.
struct RunTrace {
  std::vector<double> national_protesters;  ///< per tick (index = tick)
  std::vector<double> peak_protesters;      ///< per place, the most in one hour
  double killed = 0;
  double injured = 0;
  double detained = 0;
  std::int64_t crackdown_tick = -1;  ///< when both foreign troops and lethal force were in place
  std::string first_strike_place;    ///< where the first strike began ("" if none)
};

/// Spearman's rank correlation, ties given their mean rank.
double spearman(const std::vector<double>& a, const std::vector<double>& b);

FitReport score_fit(const World& w, const ObservedRecord& record, const RunTrace& trace,
                    const Calendar& calendar, const std::string& origin);

}  // namespace unrest::uprising
