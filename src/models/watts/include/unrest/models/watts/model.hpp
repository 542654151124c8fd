#pragma once
/// \file
/// Watts (2002) as a runnable model: `trials` independent cascades, each on a
/// fresh random graph with fresh thresholds and seeds; one row per cascade.

#include <vector>

#include "unrest/core/run_options.hpp"
#include "unrest/core/run_result.hpp"
#include "unrest/models/watts/params.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::watts {

inline constexpr const char* kModelName = "watts";

struct RunPlan {
  Params params;
  std::int64_t ticks = 0;  ///< at most this many rounds per cascade
  std::uint64_t seed = 0;
};

enum class Purpose : std::uint32_t { Threshold = 1, Seed = 2 };

RunPlan resolve(const Scenario& scenario);
/// The plan with other parameter values, already checked field by field and
/// by validate(): re-derives what depends on them (nothing is read again).
RunPlan with_params(RunPlan plan, Params params);

RunResult simulate(const RunPlan& plan, const RunOptions& options = {});
RunResult run(const Scenario& scenario, const RunOptions& options);

/// The analytic predictions for the scenario's graph and thresholds.
std::vector<SummaryItem> theory(const Params& params);

}  // namespace unrest::watts
