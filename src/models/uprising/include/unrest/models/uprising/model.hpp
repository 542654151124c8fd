#pragma once
/// \file
/// The national uprising model as a runnable model.

#include <optional>

#include "unrest/core/run_options.hpp"
#include "unrest/core/run_result.hpp"
#include "unrest/core/schedule.hpp"
#include "unrest/models/uprising/country.hpp"
#include "unrest/models/uprising/fit_settings.hpp"
#include "unrest/models/uprising/interventions.hpp"
#include "unrest/models/uprising/policy.hpp"
#include "unrest/models/uprising/record.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::uprising {

inline constexpr const char* kModelName = "uprising";

struct RunPlan {
  Params params;
  Country country;
  Schedule<Action> schedule;
  std::vector<std::optional<Watch>> watches;  ///< per schedule entry: its resolved `when`
  std::vector<StateRule> policy;              ///< the state's rules ([[policy]])
  std::optional<ObservedRecord> record;
  std::string origin;  ///< the place the record starts from ([fit] origin, or its earliest)
  FitSettings fit;     ///< the [fit] table's tolerances and windows
  /// The national price shock per product as a relative rise (the largest
  /// national price set over the product's reference, less 1; at least 0):
  /// what the baselines' hardship uses. Derived from the schedule and the
  /// reference prices in with_params.
  std::vector<double> price_rise;
  std::int64_t ticks = 0;
  std::uint64_t seed = 0;
  Calendar calendar;
};

/// Reads and validates everything: parameters, data files, schedule, record.
RunPlan resolve(const Scenario& scenario);
/// The plan with other parameter values, already checked field by field and
/// by validate(): re-derives what depends on them (nothing is read again).
RunPlan with_params(RunPlan plan, Params params);

RunResult simulate(const RunPlan& plan, const RunOptions& options = {});
RunResult run(const Scenario& scenario, const RunOptions& options);

}  // namespace unrest::uprising
