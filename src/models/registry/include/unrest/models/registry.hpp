#pragma once
/// \file
/// The model library: every model the program can run, by name. Adding a model
/// is one entry in registry.cpp.

#include <span>
#include <string_view>
#include <vector>

#include "unrest/core/params.hpp"
#include "unrest/core/run_options.hpp"
#include "unrest/core/run_result.hpp"
#include "unrest/models/prepared_model.hpp"
#include "unrest/scenario/scenario.hpp"
#include "unrest/scenario/schedule_reader.hpp"

namespace unrest {

struct ModelEntry {
  std::string_view name;
  std::string_view summary;    ///< one line
  std::string_view reference;  ///< the publication it implements
  std::vector<ParamDoc> (*parameters)();
  std::vector<ActionDoc> (*actions)();
  /// Reads and checks every input of a scenario of this model once (throws
  /// InputError naming file, line and key) and plans its runs.
  PreparedModel (*prepare)(const Scenario&);
  /// The summary values a comparison of scenarios shows (empty: every one).
  std::span<const std::string_view> compared_outcomes = {};
  /// What a condition can count (`when` of [[schedule]]; `when` and `lift`
  /// of [[policy]] rules); null: the model takes no conditions and no policy.
  std::vector<std::string> (*conditions)() = nullptr;
};

std::span<const ModelEntry> model_registry();

/// The model of that name, or null.
const ModelEntry* find_model(std::string_view name);

/// The model a scenario names; throws InputError (located at scenario.model)
/// if there is no such model.
const ModelEntry& model_for(const Scenario& scenario);

/// The scenario's model, prepared: model_for(scenario).prepare(scenario).
PreparedModel prepare(const Scenario& scenario);

}  // namespace unrest
