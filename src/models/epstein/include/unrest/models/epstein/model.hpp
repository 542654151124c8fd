#pragma once
/// \file
/// Epstein (2002) Model I as a runnable model: resolve a scenario, run it.

#include <string>
#include <vector>

#include "unrest/core/params.hpp"
#include "unrest/core/run_options.hpp"
#include "unrest/core/run_result.hpp"
#include "unrest/core/schedule.hpp"
#include "unrest/models/epstein/interventions.hpp"
#include "unrest/models/epstein/params.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::epstein {

inline constexpr const char* kModelName = "epstein";

/// Everything a run needs, checked.
struct RunPlan {
  Params params;
  Schedule<Action> schedule;
  std::int64_t ticks = 0;
  std::uint64_t seed = 0;
  Calendar calendar;
};

/// Reads and validates the scenario's [run], [params] and [[schedule]].
/// Throws InputError naming the file, line and key of the first problem.
RunPlan resolve(const Scenario& scenario);

/// The plan with other parameter values, already checked field by field and
/// by validate(): re-derives what depends on them (nothing is read again).
RunPlan with_params(RunPlan plan, Params params);

/// Runs a resolved plan.
RunResult simulate(const RunPlan& plan, const RunOptions& options = {});

/// resolve + simulate.
RunResult run(const Scenario& scenario, const RunOptions& options);

/// The analytic bounds of the params: only citizens with H > T / (1 - L) can
/// ever be active (G - R P > T needs G > T), so none when L >= 1 - T.
std::vector<SummaryItem> theory(const Params& params);

}  // namespace unrest::epstein
