#pragma once
// Runs of the shipped Kazakhstan scenarios for the uprising tests.

#include <string>
#include <vector>

#include "unrest/core/run_result.hpp"
#include "unrest/models/uprising/model.hpp"

namespace unrest::uprising::testing {

/// The shipped scenario `name` ("kazakhstan-2022/scenario") with overrides.
RunPlan plan_for(const std::string& name, const std::vector<std::string>& overrides = {});

/// Runs seeds 1..n of `plan`, single-threaded per run.
std::vector<RunResult> ensemble(RunPlan plan, int n);

double median(std::vector<double> values);

/// A summary value of each run.
std::vector<double> summary_of(const std::vector<RunResult>& runs, const std::string& name);

/// The sum over ticks from `from` of one place's protesters (people-hours).
double protest_hours(const RunResult& r, const std::string& place, std::int64_t from);

/// One place's value of a cities.csv column at `tick`.
double city_value(const RunResult& r, const std::string& place, const std::string& column,
                  std::int64_t tick);

}  // namespace unrest::uprising::testing
