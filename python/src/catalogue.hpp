#pragma once
// What the program knows without simulating: the shipped scenarios, the
// models with their parameters and actions, a scenario's analytic results.

#include <string>
#include <vector>

#include "unrest/core/run_result.hpp"
#include "unrest/models/registry.hpp"

namespace unrest::python {

struct ScenarioListing {
  std::string name, model, description;
};

/// Every shipped scenario, as `unrest scenarios` lists them.
std::vector<ScenarioListing> shipped_scenarios();

struct ModelListing {
  std::string name, summary, reference;
  std::vector<ParamDoc> parameters;
  std::vector<ActionDoc> actions;
};

/// Every model, as `unrest models` lists them.
std::vector<ModelListing> model_listings();

/// The model's analytic results for a scenario, as `unrest theory` prints them.
std::vector<SummaryItem> theory_of(const std::string& scenario,
                                   const std::vector<std::string>& overrides);

/// A data file of a scenario ([data].key: "cities", "observed"), as its
/// header and rows of text.
struct DataListing {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};
DataListing scenario_data(const std::string& scenario, const std::string& key);

}  // namespace unrest::python
