#pragma once
// A scenario as a command resolves it: loaded, overridden, checked.

#include <map>
#include <string>
#include <vector>

#include "unrest/models/registry.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::cli {

struct PreparedScenario {
  Scenario scenario;
  PreparedModel plan;                  ///< its model, read and planned once
  std::vector<std::string> overrides;  ///< as applied, --seed and --scale included

  [[nodiscard]] const ModelEntry& model() const noexcept { return plan.model(); }
};

/// Loads `name` (empty: the embedded default) and applies the overrides and
/// the --seed/--scale shorthands (negative: not given); `overrides` gets
/// the shorthands' assignments added.
Scenario load_with_overrides(const std::string& name, std::vector<std::string>& overrides,
                             long long seed, double scale,
                             const std::map<std::string, std::string>& labels = {});

/// Loads `name` (empty: the embedded default), applies the overrides and the
/// --seed/--scale shorthands (negative: not given), and checks every input.
/// An override found in `labels` is named in errors by its label (the option
/// the user typed, "--param 'x=0:1'"); the others by "--set".
PreparedScenario prepare_scenario(const std::string& name, std::vector<std::string> overrides,
                                  long long seed, double scale,
                                  const std::map<std::string, std::string>& labels = {});

/// Prints the input's warnings (actions that never fire, ...) to stderr: the
/// first three, then how many more.
void print_warnings(const PreparedModel& model);

/// The model's parameter names (for validating what a command names).
std::vector<std::string> parameter_names(const ModelEntry& model);

}  // namespace unrest::cli
