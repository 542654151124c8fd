#pragma once
/// \file
/// manifest.json: everything needed to reproduce a run and to read its files.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "unrest/core/run_result.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest {

/// How the run was invoked, beside what the model returned.
struct RunContext {
  ScenarioHeader scenario;
  std::string scenario_file;           ///< path, or "embedded:<name>"
  std::vector<std::string> overrides;  ///< the --set assignments, in order
  int threads = 1;
  double wall_seconds = 0;
};

/// The columns of events.csv, after `tick` (and `time`).
std::vector<ColumnSpec> event_columns();
/// The `time` column the CSV writers add after `tick` with a dated calendar.
nlohmann::json time_column_json();
/// The properties of each feature of places.geojson.
std::vector<ColumnSpec> place_properties(const RunResult& result);

nlohmann::json manifest_json(const RunResult& result, const RunContext& context);

/// fit.json: each score with its value, target and verdict, and the details.
nlohmann::json fit_json(const FitReport& fit);

/// A parameter value as JSON; +inf becomes the string "inf" (JSON has no infinity).
nlohmann::json param_json(const ParamValue& value);

}  // namespace unrest
