#include "unrest/models/uprising/policy.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <span>

#include "unrest/models/uprising/country.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

std::vector<StateRule> resolve_policy(std::vector<PolicyRule<Action>> rules,
                                      const Country& country) {
  std::vector<StateRule> out;
  for (auto& rule : rules) {
    resolve_scopes(rule.measure, country);
    if (rule.lift && !liftable(rule.measure)) {
      throw InputError(rule.lift->where, rule.lift->key,
                       "this measure is done once and cannot be lifted; lift applies to "
                       "emergency, internet, deploy, foreign_troops and force_policy");
    }
    if (rule.each_place && !has_scope(rule.measure)) {
      throw InputError(rule.where, rule.key + ".each_place",
                       "this measure has no scope of places to act on one by one");
    }
    StateRule r{rule, resolve_condition(rule.when, country), std::nullopt, {}};
    if (rule.lift) r.lift = resolve_condition(*rule.lift, country);
    if (rule.each_place) {
      std::visit(
          [&](const auto& a) {
            if constexpr (requires { a.scope; }) r.places = a.scope.places;
          },
          rule.measure);
    }
    out.push_back(std::move(r));
  }
  return out;
}

StatePolicy::StatePolicy(const std::vector<StateRule>& rules) : rules_(rules) {
  for (const auto& r : rules_) slots_.emplace_back(std::max<std::size_t>(1, r.places.size()));
}

namespace {

std::string condition_text(const Condition& c, double value) {
  return fmt::format("{} {} {}; now {:.4g}", c.quantity, c.at_least ? ">=" : "<", c.threshold,
                     value);
}

}  // namespace

void StatePolicy::act(World& w, const RandomStream& rng, std::int64_t tick, EventLog& events,
                      const std::function<void(const Action&)>& on_applied) {
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    const StateRule& r = rules_[i];
    const PolicyRule<Action>& rule = r.rule;
    for (std::size_t s = 0; s < slots_[i].size(); ++s) {
      const bool each = !r.places.empty();
      const std::uint32_t place = each ? r.places[s] : 0;
      const std::span<const std::uint32_t> seen =
          each ? std::span<const std::uint32_t>(&r.places[s], 1)
               : std::span<const std::uint32_t>(r.when.places);
      const double value = w.observe(r.when.quantity, seen);
      double lift_value = 0;
      if (r.lift) {
        lift_value = w.observe(r.lift->quantity,
                               each ? seen : std::span<const std::uint32_t>(r.lift->places));
      }
      const PolicyMove move =
          slots_[i][s].step(tick, rule.when.holds(value), r.lift && rule.lift->holds(lift_value),
                            rule.delay_hours, r.lift.has_value(), rule.lift_hours);
      if (move == PolicyMove::None) continue;
      const std::string& where = each ? w.country.places[place].name : std::string();
      const Action measure = each ? in_place(rule.measure, place, where) : rule.measure;
      if (move == PolicyMove::Apply) {
        const std::string what = apply(measure, w, rng, tick);
        events.add(intervention_event(tick, measure,
                                      fmt::format("policy {}: {} (when {})", rule.id, what,
                                                  condition_text(rule.when, value))));
        on_applied(measure);
      } else {
        events.add(intervention_event(
            tick, measure,
            fmt::format("policy {}: {} (lift {} for {} hours)", rule.id, lift(measure, w),
                        condition_text(*rule.lift, lift_value), rule.lift_hours),
            true));
      }
    }
  }
}

}  // namespace unrest::uprising
