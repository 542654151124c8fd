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

template <class M>
PreparedModel prepare_with(const Scenario& scenario) {
  return PreparedModel(model_for(scenario), std::make_shared<detail::PreparedPlan<M>>(
                                                M::resolve(scenario), given_parameters(scenario)));
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
