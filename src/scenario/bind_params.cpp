#include "unrest/scenario/bind_params.hpp"

namespace unrest {

void for_each_parameter(
    const toml::table& table, const std::function<bool(const std::string&)>& is_group,
    const std::function<void(const std::string&, const toml::key&, const toml::node&)>& fn) {
  for (auto&& [key, node] : table) {
    const toml::table* group = node.as_table();
    if (group && is_group(std::string(key.str()))) {
      for (auto&& [member, value] : *group) {
        fn(std::string(key.str()) + "." + std::string(member.str()), member, value);
      }
    } else {
      fn(std::string(key.str()), key, node);
    }
  }
}

std::optional<ParamValue> to_param_value(const toml::node& node) {
  if (const auto b = node.value_exact<bool>()) return ParamValue{*b};
  if (const auto i = node.value_exact<std::int64_t>()) return ParamValue{*i};
  if (const auto d = node.value_exact<double>()) return ParamValue{*d};
  if (const auto s = node.value_exact<std::string>()) return ParamValue{*s};
  if (const auto* array = node.as_array()) {
    std::vector<double> list;
    for (const toml::node& item : *array) {
      if (const auto i = item.value_exact<std::int64_t>()) {
        list.push_back(static_cast<double>(*i));
      } else if (const auto d = item.value_exact<double>()) {
        list.push_back(*d);
      } else {
        return std::nullopt;
      }
    }
    return ParamValue{std::move(list)};
  }
  return std::nullopt;
}

std::optional<ParamProblem> refuse_given(const std::set<std::string>& given,
                                         std::initializer_list<const char*> keys,
                                         const std::string& why) {
  for (const char* key : keys) {
    if (given.contains(key)) return ParamProblem{key, why};
  }
  return std::nullopt;
}

void throw_param_problem(const std::optional<ParamProblem>& problem, const toml::table* table,
                         const std::string& prefix, const std::string& file) {
  if (!problem) return;
  const toml::node* node = table ? table->get(problem->key) : nullptr;
  const SourceLocation where =
      node ? location_of(*node) : (table ? location_of(*table) : SourceLocation{file, 0, 0});
  throw InputError(where, join_key(prefix, problem->key), problem->problem);
}

}  // namespace unrest
