#pragma once
// Finding the scenario a command names: a file on disk, or a shipped scenario.

#include <string>

#include "unrest/scenario/scenario.hpp"

namespace unrest::cli {

/// Loads `name`: a TOML file if one exists at that path, else the shipped
/// scenario of that name (see `unrest scenarios`). Throws InputError if neither.
Scenario load_scenario(const std::string& name);

}  // namespace unrest::cli
