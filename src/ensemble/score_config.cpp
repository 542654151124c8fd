#include "unrest/ensemble/score_config.hpp"

#include <fmt/format.h>

#include <set>
#include <sstream>

#include "unrest/scenario/bind_params.hpp"
#include "unrest/scenario/table_reader.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest::ensemble {

namespace {

Ablation read_ablation(const toml::node& node, std::size_t index) {
  const std::string prefix = fmt::format("fit.ablation[{}]", index);
  if (!node.is_table()) {
    throw InputError(location_of(node), prefix,
                     fmt::format("expected a table [[fit.ablation]], got {}", describe_node(node)));
  }
  TableReader r(*node.as_table(), prefix);
  Ablation a;
  a.where = location_of(node);
  a.name = r.require(r.string("name"), "name");
  if (const std::string problem = folder_name_problem(a.name); !problem.empty()) {
    throw r.error("name", problem);
  }
  a.about = r.require(r.string("about"), "about");
  a.drop = r.string_list("drop");
  a.baseline = r.boolean("baseline").value_or(false);
  if (const toml::node* set = r.take("set")) {
    if (!set->is_table()) {
      throw r.error("set", fmt::format("expected a table of parameters, e.g. "
                                       "{{ news_on = false }}, got {}",
                                       describe_node(*set)));
    }
    for_each_parameter(
        *set->as_table(), [](const std::string&) { return true; },
        [&](const std::string& name, const toml::key& key, const toml::node& value) {
          if (!to_param_value(value)) {
            throw InputError(location_of(key), prefix + ".set." + name,
                             fmt::format("expected a number, a boolean or a string, got {}",
                                         describe_node(value)));
          }
          std::ostringstream text;
          value.visit([&](auto&& v) { text << v; });
          a.set.push_back(name + "=" + text.str());
        });
  }
  r.reject_unknown({"name", "about", "set", "drop", "baseline"});
  if (a.set.empty() && a.drop.empty()) {
    throw r.error("set", "an ablation changes something: give `set`, `drop` or both");
  }
  return a;
}

}  // namespace

ScoreConfig read_score_config(const Scenario& scenario) {
  ScoreConfig config;
  const toml::table* fit = scenario.table("fit");
  if (!fit) return config;
  TableReader r(*fit, "fit");
  config.runs = static_cast<std::size_t>(r.integer("runs", 1, 100'000).value_or(20));
  config.level = r.real("level", 0.01, 0.99).value_or(0.8);
  if (const toml::node* list = r.take("ablation")) {
    if (!list->is_array()) {
      throw r.error("ablation",
                    fmt::format("expected [[fit.ablation]] entries, got {}", describe_node(*list)));
    }
    std::set<std::string> names;
    std::size_t index = 0;
    for (const toml::node& entry : *list->as_array()) {
      Ablation a = read_ablation(entry, index++);
      if (!names.insert(a.name).second) {
        throw InputError(a.where, "fit.ablation.name",
                         fmt::format("two ablations are named \"{}\"", a.name));
      }
      config.ablations.push_back(std::move(a));
    }
  }
  return config;  // the model reads and checks [fit]'s other keys
}

void apply_ablation(Scenario& scenario, const Ablation& ablation) {
  if (!ablation.drop.empty()) {
    scenario.drop_schedule_entries(ablation.drop, ablation.where, "fit.ablation.drop");
  }
  const std::string label =
      fmt::format("[[fit.ablation]] {} ({})", ablation.name, ablation.where.to_string());
  for (const std::string& assignment : ablation.set) scenario.apply_override(assignment, label);
}

}  // namespace unrest::ensemble
