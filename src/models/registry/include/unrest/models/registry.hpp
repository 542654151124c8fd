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
#include "unrest/scenario/scenario.hpp"
#include "unrest/scenario/schedule_reader.hpp"

namespace unrest {

struct ModelEntry {
  std::string_view name;
  std::string_view summary;    ///< one line
  std::string_view reference;  ///< the publication it implements
  std::vector<ParamDoc> (*parameters)();
  std::vector<ActionDoc> (*actions)();
  /// Validates a scenario for this model without running it; throws InputError.
  void (*check)(const Scenario&);
  RunResult (*run)(const Scenario&, const RunOptions&);
  /// The model's analytic results for a scenario, computed without
  /// simulating (`unrest theory`); also part of each run's summary.
  std::vector<SummaryItem> (*theory)(const Scenario&);
};

std::span<const ModelEntry> model_registry();

/// The model of that name, or null.
const ModelEntry* find_model(std::string_view name);

/// The model a scenario names; throws InputError (located at scenario.model)
/// if there is no such model.
const ModelEntry& model_for(const Scenario& scenario);

}  // namespace unrest
