#pragma once
/// \file
/// Fills a model's typed parameter struct from the scenario's [params] table,
/// through the model's ParamTable: every key must be a known parameter, of the
/// right type, in range.

#include <fmt/format.h>
#include <toml++/toml.h>

#include <optional>
#include <set>
#include <string>

#include "unrest/core/error.hpp"
#include "unrest/core/params.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest {

/// The node's value as a parameter value, or nothing for arrays, tables and
/// dates (never parameters).
std::optional<ParamValue> to_param_value(const toml::node& node);

/// A cross-field constraint a model's validate() reports: the key it concerns
/// and what is wrong.
struct ParamProblem {
  std::string key;
  std::string problem;
};

/// P with defaults, overwritten by the keys of `table` (may be null). `prefix`
/// is the table's name in messages ("params"). If `given` is not null, it
/// receives the keys the table sets, so that a model can refuse keys that
/// would have no effect in the configuration chosen.
template <class P>
P bind_params(const toml::table* table, const ParamTable<P>& fields, const std::string& prefix,
              std::set<std::string>* given = nullptr) {
  P params{};
  if (!table) return params;
  std::vector<std::string> known;
  for (const auto& f : fields) known.push_back(f.key);
  for (auto&& [key, node] : *table) {
    const ParamField<P>* field = nullptr;
    for (const auto& f : fields) {
      if (f.key == key.str()) field = &f;
    }
    if (!field) {
      throw InputError(location_of(key), join_key(prefix, key.str()),
                       fmt::format("unknown parameter{}; `unrest models` lists them",
                                   did_you_mean(key.str(), known)));
    }
    const auto value = to_param_value(node);
    const ParamCheck check = value ? check_param(*field, *value) : ParamCheck{};
    if (!check.accepted) {
      throw InputError(location_of(node), join_key(prefix, key.str()),
                       fmt::format("expected {}, got {}", expected_form(*field),
                                   value ? check.refusal : describe_node(node)));
    }
    field->set(params, *check.accepted);
    if (given) given->insert(field->key);
  }
  return params;
}

/// The first of `keys` the scenario set, as a problem saying `why`: for keys
/// that have no effect in the configuration chosen.
std::optional<ParamProblem> refuse_given(const std::set<std::string>& given,
                                         std::initializer_list<const char*> keys,
                                         const std::string& why);

/// Throws the model's cross-field problem, if any, located at its key when the
/// scenario sets that key.
void throw_param_problem(const std::optional<ParamProblem>& problem, const toml::table* table,
                         const std::string& prefix, const std::string& file);

}  // namespace unrest
