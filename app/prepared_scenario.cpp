#include "prepared_scenario.hpp"

#include <fmt/format.h>

#include "scenario_source.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::cli {

PreparedScenario prepare_scenario(const std::string& name, std::vector<std::string> overrides,
                                  long long seed, double scale) {
  PreparedScenario p{load_scenario(name.empty() ? std::string(kDefaultScenario) : name), nullptr,
                     std::move(overrides)};
  if (seed >= 0) p.overrides.push_back(fmt::format("run.seed={}", seed));
  if (scale > 0) p.overrides.push_back(fmt::format("scale={}", scale));
  for (const auto& assignment : p.overrides) p.scenario.apply_override(assignment);
  p.model = &model_for(p.scenario);
  p.model->check(p.scenario);  // every input error before any work
  return p;
}

std::vector<std::string> parameter_names(const ModelEntry& model) {
  std::vector<std::string> names;
  for (const auto& doc : model.parameters()) names.push_back(doc.key);
  return names;
}

}  // namespace unrest::cli
