#include "unrest/models/registry.hpp"

#include <fmt/format.h>

#include <array>

#include "prepared_plan.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/models/epstein/model.hpp"
#include "unrest/models/granovetter/model.hpp"
#include "unrest/models/uprising/model.hpp"
#include "unrest/models/uprising/summary.hpp"
#include "unrest/models/watts/model.hpp"
#include "unrest/scenario/memory_check.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest {

namespace {

// Each model's plan as the prepared-model seam sees it (prepared_plan.hpp).
struct EpsteinPlan {
  using Plan = epstein::RunPlan;
  static Plan resolve(const Scenario& s) { return epstein::resolve(s); }
  static const auto& table() { return epstein::param_table(); }
  static std::optional<ParamProblem> validate(const epstein::Params& p,
                                              const std::set<std::string>&) {
    return epstein::validate(p);
  }
  static Plan with_params(Plan plan, epstein::Params p) {
    return epstein::with_params(std::move(plan), std::move(p));
  }
  static RunResult simulate(const Plan& plan, const RunOptions& o) {
    return epstein::simulate(plan, o);
  }
  static std::vector<SummaryItem> theory(const Plan& plan) { return epstein::theory(plan.params); }
  static std::vector<MemoryNeed> memory(const Plan& plan) {
    const double sites = double(plan.params.width) * double(plan.params.height);
    const double agents = sites * (plan.params.citizen_density + plan.params.cop_density);
    return {{sites * 16 + agents * 64, "params.width",
             fmt::format("{} x {} sites and their agents", plan.params.width, plan.params.height)},
            series_need(plan.ticks, 16)};
  }
};

struct GranovetterPlan {
  using Plan = granovetter::RunPlan;
  static Plan resolve(const Scenario& s) { return granovetter::resolve(s); }
  static const auto& table() { return granovetter::param_table(); }
  static std::optional<ParamProblem> validate(const granovetter::Params& p,
                                              const std::set<std::string>& given) {
    return granovetter::validate(p, given);
  }
  static Plan with_params(Plan plan, granovetter::Params p) {
    return granovetter::with_params(std::move(plan), std::move(p));
  }
  static RunResult simulate(const Plan& plan, const RunOptions& o) {
    return granovetter::simulate(plan, o);
  }
  static std::vector<SummaryItem> theory(const Plan& plan) {
    return granovetter::theory(plan.params);
  }
  static std::vector<MemoryNeed> memory(const Plan& plan) {
    return {{double(plan.params.population) * 32, "params.population",
             fmt::format("{} members", plan.params.population)},
            series_need(plan.ticks, 8)};
  }
};

struct WattsPlan {
  using Plan = watts::RunPlan;
  static Plan resolve(const Scenario& s) { return watts::resolve(s); }
  static const auto& table() { return watts::param_table(); }
  static std::optional<ParamProblem> validate(const watts::Params& p,
                                              const std::set<std::string>& given) {
    return watts::validate(p, given);
  }
  static Plan with_params(Plan plan, watts::Params p) {
    return watts::with_params(std::move(plan), std::move(p));
  }
  static RunResult simulate(const Plan& plan, const RunOptions& o) {
    return watts::simulate(plan, o);
  }
  static std::vector<SummaryItem> theory(const Plan& plan) { return watts::theory(plan.params); }
  static std::vector<MemoryNeed> memory(const Plan& plan) {
    double edges = plan.params.mean_degree;
    if (!plan.params.degrees.empty()) {
      edges = 0;
      for (const double d : plan.params.degrees) edges += d;
      edges /= double(plan.params.degrees.size());
    }
    return {{double(plan.params.nodes) * (48 + 16 * edges), "params.nodes",
             fmt::format("{} nodes and their edges", plan.params.nodes)},
            {double(plan.params.trials) * 256, "params.trials",
             fmt::format("{} trials", plan.params.trials)}};
  }
};

struct UprisingPlan {
  using Plan = uprising::RunPlan;
  static Plan resolve(const Scenario& s) { return uprising::resolve(s); }
  static const auto& table() { return uprising::param_table(); }
  static std::optional<ParamProblem> validate(const uprising::Params& p,
                                              const std::set<std::string>& given) {
    return uprising::validate(p, given);
  }
  static Plan with_params(Plan plan, uprising::Params p) {
    return uprising::with_params(std::move(plan), std::move(p));
  }
  static RunResult simulate(const Plan& plan, const RunOptions& o) {
    return uprising::simulate(plan, o);
  }
  static std::vector<SummaryItem> theory(const Plan&) { return {}; }
  static std::vector<MemoryNeed> memory(const Plan& plan) {
    const double places = double(plan.country.place_count());
    const double agents =
        plan.country.population() * plan.params.scale + places * plan.params.min_place_agents;
    return {{agents * 10, "params.scale",
             fmt::format("{:.0f} agents (scale {}, min_place_agents {})", agents, plan.params.scale,
                         plan.params.min_place_agents)},
            {double(plan.ticks + 1) * places * 160, "run.ticks",
             fmt::format("{} hours of {} places", plan.ticks, places)},
            series_need(plan.ticks, 64)};
  }
};

/// The parameters the scenario sets (its [params] keys).
std::set<std::string> given_parameters(const Scenario& scenario) {
  std::set<std::string> given;
  if (const toml::table* params = scenario.table("params")) {
    for_each_parameter(
        *params, [](const std::string&) { return true; },
        [&](const std::string& name, const toml::key&, const toml::node&) { given.insert(name); });
  }
  return given;
}

/// Resolves the scenario and checks the whole size of its runs against the
/// memory there is, before anything large is allocated.
template <class M>
PreparedModel prepare_with(const Scenario& scenario) {
  typename M::Plan plan = M::resolve(scenario);
  check_memory(scenario, M::memory(plan));
  return PreparedModel(model_for(scenario),
                       std::make_shared<detail::PreparedPlan<M>>(
                           std::move(plan), given_parameters(scenario), memory_bound(scenario)));
}

const std::array kModels = {
    ModelEntry{
        epstein::kModelName,
        "Civil violence, Model I: citizens rebel against a central authority whose cops arrest "
        "them, on a torus grid",
        "Epstein, J. M. (2002). Modeling civil violence: An agent-based computational approach. "
        "PNAS 99 (suppl. 3), 7243-7250",
        [] { return document_params(epstein::param_table()); },
        [] { return document_actions(epstein::action_kinds()); },
        &prepare_with<EpsteinPlan>,
    },
    ModelEntry{
        granovetter::kModelName,
        "Threshold model of collective behaviour: each member of a crowd joins once enough "
        "others have",
        "Granovetter, M. (1978). Threshold models of collective behavior. American Journal of "
        "Sociology 83(6), 1420-1443",
        [] { return document_params(granovetter::param_table()); },
        [] { return std::vector<ActionDoc>{}; },
        &prepare_with<GranovetterPlan>,
    },
    ModelEntry{
        watts::kModelName,
        "Global cascades on random networks: a node adopts once a threshold fraction of its "
        "neighbours has",
        "Watts, D. J. (2002). A simple model of global cascades on random networks. PNAS 99(9), "
        "5766-5771",
        [] { return document_params(watts::param_table()); },
        [] { return std::vector<ActionDoc>{}; },
        &prepare_with<WattsPlan>,
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
        &prepare_with<UprisingPlan>,
        uprising::kComparedOutcomes,
        &uprising::condition_quantities,
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

PreparedModel prepare(const Scenario& scenario) {
  return model_for(scenario).prepare(scenario);
}

}  // namespace unrest
