#include "scenario_loading.hpp"

#include <filesystem>

#include "unrest/core/error.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::python {

namespace {

Scenario load_named(const std::string& name) {
  std::error_code ec;
  if (std::filesystem::is_regular_file(name, ec)) return Scenario::load_file(name);
  if (find_embedded_scenario(name)) return Scenario::load_embedded(name);
  if (name.ends_with(".toml")) return Scenario::load_file(name);  // the file's own error
  throw InputError(SourceLocation{name, 0, 0},
                   "no such scenario file, and no shipped scenario of that name; "
                   "unrest.scenarios() lists the shipped ones");
}

}  // namespace

Scenario load_overridden(const std::string& name, const std::vector<std::string>& overrides) {
  Scenario scenario = load_named(name.empty() ? std::string(kDefaultScenario) : name);
  for (const auto& assignment : overrides) scenario.apply_override(assignment);
  return scenario;
}

LoadedScenario load_prepared(const std::string& name, const std::vector<std::string>& overrides) {
  Scenario scenario = load_overridden(name, overrides);
  PreparedModel plan = prepare(scenario);  // every input error before any work
  return LoadedScenario{std::move(scenario), std::move(plan), overrides};
}

}  // namespace unrest::python
