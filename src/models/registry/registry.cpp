#include "unrest/models/registry.hpp"

#include <fmt/format.h>

#include <array>

#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/models/epstein/model.hpp"
#include "unrest/models/granovetter/model.hpp"
#include "unrest/models/uprising/model.hpp"
#include "unrest/models/watts/model.hpp"
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
        [](const Scenario& s) { return epstein::theory(epstein::resolve(s).params); },
    },
    ModelEntry{
        granovetter::kModelName,
        "Threshold model of collective behaviour: each member of a crowd joins once enough "
        "others have",
        "Granovetter, M. (1978). Threshold models of collective behavior. American Journal of "
        "Sociology 83(6), 1420-1443",
        [] { return document_params(granovetter::param_table()); },
        [] { return std::vector<ActionDoc>{}; },
        [](const Scenario& s) { (void)granovetter::resolve(s); },
        &granovetter::run,
        [](const Scenario& s) { return granovetter::theory(granovetter::resolve(s).params); },
    },
    ModelEntry{
        watts::kModelName,
        "Global cascades on random networks: a node adopts once a threshold fraction of its "
        "neighbours has",
        "Watts, D. J. (2002). A simple model of global cascades on random networks. PNAS 99(9), "
        "5766-5771",
        [] { return document_params(watts::param_table()); },
        [] { return std::vector<ActionDoc>{}; },
        [](const Scenario& s) { (void)watts::resolve(s); },
        &watts::run,
        [](const Scenario& s) { return watts::theory(watts::resolve(s).params); },
    },
    ModelEntry{
        uprising::kModelName,
        "National uprising: a price shock, protest and strikes spreading between cities, and the "
        "state's concessions, shutdowns and force",
        "unrest's own model (docs/models/uprising.md), after Epstein (2002), Granovetter (1978) "
        "and "
        "Watts (2002)",
        [] { return document_params(uprising::param_table()); },
        [] {
          return document_actions(uprising::action_kinds(Calendar(DateHour{{2022, 1, 1}, 0}, 1)));
        },
        [](const Scenario& s) { (void)uprising::resolve(s); },
        &uprising::run,
        [](const Scenario&) { return std::vector<SummaryItem>{}; },
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
