#pragma once
/// \file
/// A model's parameters from a scenario: its [params] table bound through the
/// model's ParamTable, then checked by the model's validate(params, given),
/// where `given` holds the keys the scenario set.

#include <set>
#include <string>

#include "unrest/scenario/bind_params.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest {

template <class P, class Validate>
P load_params(const Scenario& scenario, const ParamTable<P>& table, Validate&& validate) {
  std::set<std::string> given;
  P params = bind_params(scenario.table("params"), table, "params", &given);
  throw_param_problem(validate(params, given), scenario.table("params"), "params", scenario.file());
  return params;
}

/// For models without scheduled actions: an error if the scenario has any.
void reject_schedule(const Scenario& scenario, const std::string& model);

}  // namespace unrest
