#pragma once
/// \file
/// The scenario's [fit] table as the uprising model reads it: the origin,
/// the tolerances of the ensemble scores and the sanity windows. All of it
/// is data, set before the model's result is seen (shared/VALIDATION.md);
/// nothing about a particular episode is a constant in code.
///
///     [fit]             origin, runs, level, [[fit.ablation]] (the last
///                       three are read by `unrest score`)
///     [fit.tolerance]   first_protest_hours, event_hours, total_factor,
///                       crowd_factor, on_time_share, rank_correlation
///     [fit.windows]     peak_from, peak_to, quiet_until, quiet_population,
///                       fall_after_crackdown

#include <optional>
#include <string>

#include "unrest/core/calendar.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::uprising {

struct FitTolerance {
  double first_protest_hours = 24;  ///< a first protest this near its record is on time
  double event_hours = 24;          ///< the same for strikes, stormings and refusals
  double total_factor = 2;          ///< a death toll within this factor is on target
  double crowd_factor = 3;          ///< a city's peak crowd within this factor is on target
  double on_time_share = 0.8;       ///< share of named cities on time, for the sanity score
  double rank_correlation = 0.7;    ///< Spearman of the order, for the sanity score
};

/// Sanity windows: checks, not validation. Each is off when not given.
struct FitWindows {
  std::optional<CivilDate> peak_from, peak_to;  ///< the national peak falls in these days
  std::optional<CivilDate> quiet_until;         ///< no large unnamed city protests before it
  double quiet_population = 100'000;            ///< "large"
  std::optional<double> fall_after_crackdown;   ///< protest left after it, over the peak, below
};

struct FitSettings {
  std::string origin;  ///< where the record starts; empty: its earliest first protest
  FitTolerance tolerance;
  FitWindows windows;
};

/// Reads [fit] (every key optional). Unknown keys are errors naming them.
FitSettings read_fit_settings(const Scenario& scenario);

}  // namespace unrest::uprising
