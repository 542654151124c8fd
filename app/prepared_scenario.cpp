#include "prepared_scenario.hpp"

#include <fmt/format.h>

#include <iostream>

#include "scenario_source.hpp"
#include "unrest/core/error.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::cli {

Scenario load_with_overrides(const std::string& name, std::vector<std::string>& overrides,
                             long long seed, double scale,
                             const std::map<std::string, std::string>& labels) {
  Scenario scenario = load_scenario(name.empty() ? std::string(kDefaultScenario) : name);
  for (const auto& assignment : overrides) {
    const auto label = labels.find(assignment);
    scenario.apply_override(assignment, label == labels.end() ? "" : label->second);
  }
  // Errors about --seed and --scale name those options, not --set.
  if (seed >= 0) {
    overrides.push_back(fmt::format("run.seed={}", seed));
    scenario.apply_override(overrides.back(), fmt::format("--seed {}", seed));
  }
  if (scale > 0) {
    overrides.push_back(fmt::format("scale={}", scale));
    scenario.apply_override(overrides.back(), fmt::format("--scale {}", scale));
  }
  return scenario;
}

PreparedScenario prepare_scenario(const std::string& name, std::vector<std::string> overrides,
                                  long long seed, double scale,
                                  const std::map<std::string, std::string>& labels) {
  Scenario scenario = load_with_overrides(name, overrides, seed, scale, labels);
  PreparedModel plan = prepare(scenario);  // every input error before any work
  print_warnings(plan);
  return PreparedScenario{std::move(scenario), std::move(plan), std::move(overrides)};
}

void print_warnings(const PreparedModel& model) {
  const std::vector<std::string> warnings = model.warnings();
  constexpr std::size_t kShown = 3;  // a shortened run may skip dozens of actions
  for (std::size_t i = 0; i < warnings.size() && i < kShown; ++i) {
    std::cerr << "unrest: warning: " << warnings[i] << "\n";
  }
  if (warnings.size() > kShown) {
    std::cerr << fmt::format("unrest: warning: and {} more like these\n", warnings.size() - kShown);
  }
}

std::vector<std::string> parameter_names(const ModelEntry& model) {
  std::vector<std::string> names;
  for (const auto& doc : model.parameters()) names.push_back(doc.key);
  return names;
}

}  // namespace unrest::cli
