#include "unrest/models/registry.hpp"

#include <fmt/format.h>

#include <array>

#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/models/epstein/model.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest {

namespace {

const std::array kModels = {
    ModelEntry{
        epstein::kModelName,
        "Civil violence, Model I: citizens rebel against a central authority whose cops arrest "
        "them, on a torus grid",
        "Epstein, J. M. (2002). Modeling civil violence: An agent-based computational approach. "
        "PNAS 99 (suppl. 3), 7243-7250",
        [] { return document_params(epstein::param_table()); },
        [] { return document_actions(epstein::action_kinds()); },
        [](const Scenario& s) { (void)epstein::resolve(s); },
        &epstein::run,
    },
};

}  // namespace

std::span<const ModelEntry> model_registry() {
  return kModels;
}

const ModelEntry* find_model(std::string_view name) {
  for (const auto& m : kModels) {
    if (m.name == name) return &m;
  }
  return nullptr;
}

const ModelEntry& model_for(const Scenario& scenario) {
  const ScenarioHeader header = scenario.header();
  if (const ModelEntry* m = find_model(header.model)) return *m;
  std::vector<std::string> names;
  for (const auto& m : kModels) names.emplace_back(m.name);
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  const toml::node* node = scenario.root().at_path("scenario.model").node();
  throw InputError(node ? location_of(*node) : SourceLocation{scenario.file(), 0, 0},
                   "scenario.model",
                   fmt::format("unknown model \"{}\"{}; available: {}", header.model,
                               did_you_mean(header.model, names), list));
}

}  // namespace unrest
