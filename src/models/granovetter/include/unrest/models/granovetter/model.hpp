#pragma once
/// \file
/// Granovetter (1978) as a runnable model.

#include <vector>

#include "unrest/core/run_options.hpp"
#include "unrest/core/run_result.hpp"
#include "unrest/models/granovetter/params.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::granovetter {

inline constexpr const char* kModelName = "granovetter";

struct RunPlan {
  Params params;
  std::int64_t ticks = 0;  ///< at most this many rounds
  std::uint64_t seed = 0;
};

RunPlan resolve(const Scenario& scenario);
/// The plan with other parameter values, already checked field by field and
/// by validate(): re-derives what depends on them (nothing is read again).
RunPlan with_params(RunPlan plan, Params params);

RunResult simulate(const RunPlan& plan, const RunOptions& options = {});
RunResult run(const Scenario& scenario, const RunOptions& options);

/// The analytic results for the scenario's crowd, without simulating.
std::vector<SummaryItem> theory(const Params& params);

}  // namespace unrest::granovetter
