#include "unrest/models/registry.hpp"

#include <fmt/format.h>

#include <array>

#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/models/epstein/model.hpp"
#include "unrest/models/granovetter/model.hpp"
#include "unrest/models/uprising/model.hpp"
#include "unrest/models/watts/model.hpp"
#include "unrest/scenario/memory_check.hpp"
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
        [](const Scenario& s) {
          const epstein::RunPlan plan = epstein::resolve(s);
          const double sites = double(plan.params.width) * double(plan.params.height);
          const double agents = sites * (plan.params.citizen_density + plan.params.cop_density);
          check_memory(s, {{sites * 16 + agents * 64, "params.width",
                            fmt::format("{} x {} sites and their agents", plan.params.width,
                                        plan.params.height)},
                           series_need(plan.ticks, 16)});
        },
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
        [](const Scenario& s) {
          const granovetter::RunPlan plan = granovetter::resolve(s);
          check_memory(s, {{double(plan.params.population) * 32, "params.population",
                            fmt::format("{} members", plan.params.population)},
                           series_need(plan.ticks, 8)});
        },
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
        [](const Scenario& s) {
          const watts::RunPlan plan = watts::resolve(s);
          double edges = plan.params.mean_degree;
          if (!plan.params.degrees.empty()) {
            edges = 0;
            for (const double d : plan.params.degrees) edges += d;
            edges /= double(plan.params.degrees.size());
          }
          check_memory(s, {{double(plan.params.nodes) * (48 + 16 * edges), "params.nodes",
                            fmt::format("{} nodes and their edges", plan.params.nodes)},
                           {double(plan.params.trials) * 256, "params.trials",
                            fmt::format("{} trials", plan.params.trials)}});
        },
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
        [](const Scenario& s) {
          const uprising::RunPlan plan = uprising::resolve(s);
          const double places = double(plan.country.place_count());
          const double agents =
              plan.country.population() * plan.params.scale + places * plan.params.min_place_agents;
          check_memory(s, {{agents * 10, "params.scale",
                            fmt::format("{:.0f} agents (scale {}, min_place_agents {})", agents,
                                        plan.params.scale, plan.params.min_place_agents)},
                           {double(plan.ticks + 1) * places * 160, "run.ticks",
                            fmt::format("{} hours of {} places", plan.ticks, places)},
                           series_need(plan.ticks, 64)});
        },
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
