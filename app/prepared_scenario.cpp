#include "prepared_scenario.hpp"

#include <fmt/format.h>

#include "scenario_source.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::cli {

PreparedScenario prepare_scenario(const std::string& name, std::vector<std::string> overrides,
                                  long long seed, double scale) {
  Scenario scenario = load_scenario(name.empty() ? std::string(kDefaultScenario) : name);
  if (seed >= 0) overrides.push_back(fmt::format("run.seed={}", seed));
  if (scale > 0) overrides.push_back(fmt::format("scale={}", scale));
  for (const auto& assignment : overrides) scenario.apply_override(assignment);
  PreparedModel plan = prepare(scenario);  // every input error before any work
  return PreparedScenario{std::move(scenario), std::move(plan), std::move(overrides)};
}

std::vector<std::string> parameter_names(const ModelEntry& model) {
  std::vector<std::string> names;
  for (const auto& doc : model.parameters()) names.push_back(doc.key);
  return names;
}

}  // namespace unrest::cli
