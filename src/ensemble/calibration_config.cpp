#include "unrest/ensemble/calibration_config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/scenario/table_reader.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest::ensemble {

namespace {

Prior read_prior(const std::string& name, const toml::node& node, const std::string& prefix) {
  const toml::table* t = node.as_table();
  if (!t) {
    throw InputError(location_of(node), prefix,
                     "expected a table such as { distribution = \"uniform\", low = 0.5, high = "
                     "0.75 }");
  }
  TableReader r(*t, prefix);
  Prior p;
  p.parameter = name;
  const std::string kind =
      r.require(r.choice("distribution", {"uniform", "log-uniform", "normal"}), "distribution");
  p.kind = kind == "uniform"       ? PriorKind::Uniform
           : kind == "log-uniform" ? PriorKind::LogUniform
                                   : PriorKind::Normal;
  const double inf = INFINITY;
  if (p.kind == PriorKind::Normal) {
    p.mean = r.require(r.real("mean", -1e300, 1e300), "mean");
    p.sd = r.require(r.real("sd", 0, 1e300), "sd");
    p.low = r.real("low", -inf, inf).value_or(-inf);
    p.high = r.real("high", -inf, inf).value_or(inf);
  } else {
    p.low = r.require(r.real("low", -1e300, 1e300), "low");
    p.high = r.require(r.real("high", -1e300, 1e300), "high");
  }
  r.reject_unknown({"distribution", "low", "high", "mean", "sd"});
  try {
    check_prior(p);
  } catch (const std::invalid_argument& e) {
    throw InputError(location_of(node), prefix, e.what());
  }
  return p;
}

}  // namespace

CalibrationConfig read_calibration(const Scenario& scenario,
                                   const std::vector<std::string>& parameters) {
  CalibrationConfig config;
  const toml::table* table = scenario.table("calibration");
  if (!table) {
    throw InputError(SourceLocation{scenario.file(), 0, 0}, "calibration",
                     "the scenario has no [calibration] table: `unrest calibrate` needs "
                     "[calibration.priors] with a prior per parameter to fit");
  }
  TableReader r(*table, "calibration");
  config.settings.population =
      static_cast<std::size_t>(r.integer("population", 4, 1'000'000).value_or(100));
  config.settings.max_generations =
      static_cast<std::size_t>(r.integer("generations", 1, 1000).value_or(6));
  config.settings.quantile = r.real("quantile", 0.05, 0.95).value_or(0.5);
  config.settings.min_acceptance = r.real("min_acceptance", 0, 1).value_or(0.02);
  config.settings.target_epsilon = r.real("min_tolerance", 0, 1e300).value_or(0);
  config.predictive = static_cast<std::size_t>(r.integer("predictive", 0, 1'000'000).value_or(50));
  if (r.choice("distance", {"statistics", "scores"}).value_or("statistics") == "scores") {
    config.distance = CalibrationDistance::Scores;
  }
  if (r.choice("kernel", {"multivariate", "component"}).value_or("multivariate") == "component") {
    config.settings.kernel = AbcKernel::Component;
  }
  const toml::node* priors = r.take("priors");
  r.reject_unknown({"population", "generations", "quantile", "min_acceptance", "min_tolerance",
                    "predictive", "distance", "kernel", "priors"});
  if (!priors || !priors->is_table() || priors->as_table()->empty()) {
    throw r.error("priors",
                  "expected [calibration.priors] with at least one prior, e.g. "
                  "legitimacy = { distribution = \"uniform\", low = 0.5, high = 0.75 }");
  }
  // A prior is a table with a distribution; a table without one groups the
  // priors of a parameter's segments (`base.youth = { distribution = ... }`).
  std::vector<std::pair<std::string, const toml::node*>> entries;
  for (const auto& [key, node] : *priors->as_table()) {
    const toml::table* group = node.as_table();
    if (group && !group->contains("distribution")) {
      for (const auto& [member, value] : *group) {
        entries.emplace_back(std::string(key.str()) + "." + std::string(member.str()), &value);
      }
    } else {
      entries.emplace_back(std::string(key.str()), &node);
    }
  }
  for (const auto& [name, entry] : entries) {
    const toml::node& node = *entry;
    const std::string prefix = "calibration.priors." + name;
    if (std::find(parameters.begin(), parameters.end(), name) == parameters.end()) {
      throw InputError(location_of(node), prefix,
                       fmt::format("is not a parameter of the scenario's model{}",
                                   did_you_mean(name, parameters)));
    }
    config.priors.push_back(read_prior(name, node, prefix));
  }
  return config;
}

}  // namespace unrest::ensemble
