#pragma once
/// \file
/// Fills a model's typed parameter struct from the scenario's [params] table,
/// through the model's ParamTable: every key must be a known parameter, of the
/// right type, in range.

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <functional>
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

/// Calls fn(name, key, node) for each parameter a [params] table sets: the
/// keys of a nested table for which is_group(its name) holds are named
/// "table.key" ("base.youth"); any other node is passed as it is.
void for_each_parameter(
    const toml::table& table, const std::function<bool(const std::string&)>& is_group,
    const std::function<void(const std::string&, const toml::key&, const toml::node&)>& fn);

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
  // A value per category is a table of its own: `base.youth = 0.2` or
  // `base = { youth = 0.2 }` set the parameter "base.youth".
  const auto is_group = [&](const std::string& name) {
    return std::any_of(fields.begin(), fields.end(),
                       [&](const auto& f) { return f.key.starts_with(name + "."); });
  };
  for_each_parameter(
      *table, is_group, [&](const std::string& name, const toml::key& key, const toml::node& node) {
        const ParamField<P>* field = nullptr;
        for (const auto& f : fields) {
          if (f.key == name) field = &f;
        }
        if (!field) {
          throw InputError(location_of(key), join_key(prefix, name),
                           fmt::format("unknown parameter{}; `unrest models` lists them",
                                       did_you_mean(name, known)));
        }
        const auto value = to_param_value(node);
        const ParamCheck check = value ? check_param(*field, *value) : ParamCheck{};
        if (!check.accepted) {
          throw InputError(location_of(node), join_key(prefix, name),
                           fmt::format("expected {}, got {}", expected_form(*field),
                                       value ? check.refusal : describe_node(node)));
        }
        field->set(params, *check.accepted);
        if (given) given->insert(field->key);
      });
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
