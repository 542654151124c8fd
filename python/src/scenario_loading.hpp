#pragma once
// A scenario by name or file, with overrides, prepared: what `unrest run`
// does before simulating, for the Python module.

#include <string>
#include <vector>

#include "unrest/models/registry.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::python {

/// A scenario read, overridden and planned; `overrides` as the manifest lists them.
struct LoadedScenario {
  Scenario scenario;
  PreparedModel plan;
  std::vector<std::string> overrides;
};

/// The scenario `name` (a TOML file, or a shipped scenario's name; empty: the
/// default) with each `key=value` of `overrides` applied in order.
Scenario load_overridden(const std::string& name, const std::vector<std::string>& overrides);

/// The scenario `name` (a TOML file, or a shipped scenario's name; empty: the
/// default), each `key=value` of `overrides` applied in order, prepared.
/// Throws InputError naming the file, line and key of bad input.
LoadedScenario load_prepared(const std::string& name, const std::vector<std::string>& overrides);

}  // namespace unrest::python
