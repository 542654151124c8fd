#pragma once
/// \file
/// What `unrest score` reads of a scenario's [fit] table: how many runs,
/// the central interval whose coverage is reported, and the ablations (each
/// the scenario with one input or mechanism changed: parameters set, or
/// schedule entries dropped by id). The model reads the rest of [fit] (its
/// tolerances and windows).
///
///     [fit]
///     runs = 20
///     level = 0.8
///     [[fit.ablation]]
///     name = "no_ties"
///     about = "no news through personal ties"
///     set = { w_regional_news = 0 }     # parameters, checked as --set is
///     drop = ["internet-shutdown"]      # schedule entries, by id
///     baseline = true                   # also printed among the baselines

#include <string>
#include <utility>
#include <vector>

#include "unrest/core/error.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::ensemble {

struct Ablation {
  std::string name;
  std::string about;
  std::vector<std::string> set;  ///< "key=value" assignments, as --set takes them
  std::vector<std::string> drop;
  bool baseline = false;
  SourceLocation where;  ///< the [[fit.ablation]] entry, for errors
};

struct ScoreConfig {
  std::size_t runs = 20;
  double level = 0.8;
  std::vector<Ablation> ablations;
};

/// Reads [fit]'s runs, level and ablations (all optional). Throws
/// InputError naming the file, line and key.
ScoreConfig read_score_config(const Scenario& scenario);

/// Makes `scenario` (loaded afresh) the ablation's: drops its entries and
/// sets its parameters (checked when it is prepared). Errors (an unknown id
/// or parameter, a value out of range) name the ablation's entry.
void apply_ablation(Scenario& scenario, const Ablation& ablation);

}  // namespace unrest::ensemble
