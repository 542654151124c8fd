#pragma once
/// \file
/// Reads the [[policy]] array: the state's rules. Each rule is
///
///     id          a name (required: `drop` and ablations remove rules by it)
///     measure     = { action = "emergency", ... }: one of the model's
///                 schedule actions with its fields
///     when        = { quantity = "...", at_least = N, scope = ... }: what
///                 brings the measure (`below` instead of `at_least`)
///     delay_hours hours from the decision to the measure (default 0)
///     lift        = { quantity = "...", below = N }: when its reason has
///                 passed (optional; without it the measure stands)
///     lift_hours  hours the lift condition must hold on end (default 24)
///     each_place  true: the conditions are read in each place of the
///                 measure's scope, and the measure comes there alone
///     source, note documentation (optional)
///
/// Any other key is an error, as is a key the measure's action does not take.

#include <fmt/format.h>
#include <toml++/toml.h>

#include <string>
#include <vector>

#include "unrest/core/policy.hpp"
#include "unrest/scenario/schedule_reader.hpp"

namespace unrest {

template <class Action>
std::vector<PolicyRule<Action>> read_policy(const toml::array* rules,
                                            const std::vector<ActionKind<Action>>& kinds,
                                            const std::vector<std::string>& quantities) {
  std::vector<PolicyRule<Action>> out;
  if (!rules) return out;
  for (std::size_t i = 0; i < rules->size(); ++i) {
    const toml::table& table = *rules->get(i)->as_table();
    TableReader entry(table, fmt::format("policy[{}]", i));
    PolicyRule<Action> rule;
    rule.key = entry.prefix();
    rule.where = location_of(table);
    rule.id = entry.require(entry.string("id"), "id");
    for (const auto& earlier : out) {
      if (earlier.id == rule.id) throw entry.error("id", fmt::format("\"{}\" is taken", rule.id));
    }
    const toml::node* measure_node = entry.take("measure");
    if (!measure_node) throw entry.missing("measure");
    const toml::table* measure_table = measure_node->as_table();
    if (!measure_table) {
      throw entry.error("measure", "expected a table: measure = { action = \"...\", ... }");
    }
    TableReader measure(*measure_table, entry.key_path("measure"));
    const ActionKind<Action>& kind = action_kind(measure, kinds);
    rule.measure = kind.parse(measure);
    std::vector<std::string> measure_keys = {"action"};
    measure_keys.insert(measure_keys.end(), kind.keys.begin(), kind.keys.end());
    measure.reject_unknown(measure_keys);

    auto when = read_condition(entry, quantities, "when");
    if (!when) throw entry.missing("when");
    rule.when = *std::move(when);
    rule.lift = read_condition(entry, quantities, "lift");
    rule.delay_hours = entry.integer("delay_hours", 0, 1'000'000).value_or(0);
    if (rule.lift) {
      rule.lift_hours = entry.integer("lift_hours", 1, 1'000'000).value_or(24);
    } else if (entry.table().get("lift_hours")) {
      throw entry.error("lift_hours", "only applies to a rule with a lift condition (lift)");
    }
    rule.each_place = entry.boolean("each_place").value_or(false);
    if (rule.each_place) {
      for (const Condition* c : {&rule.when, rule.lift ? &*rule.lift : nullptr}) {
        if (c && !c->scope.empty()) {
          throw InputError(c->where, c->key + ".scope",
                           "an each_place rule reads its conditions in each place of the "
                           "measure's scope; remove this scope");
        }
      }
    }
    read_entry_notes(entry);
    entry.reject_unknown({"id", "measure", "when", "lift", "delay_hours", "lift_hours",
                          "each_place", "source", "note"});
    out.push_back(std::move(rule));
  }
  return out;
}

}  // namespace unrest
