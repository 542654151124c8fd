// The event of an applied action: where it acts, its action and its values as
// the schedule names them, so events.csv reads them without parsing the line.

#include "actions/shared.hpp"
#include "unrest/models/uprising/interventions.hpp"

namespace unrest::uprising {

namespace {

/// How long a condition lasts: its end as a tick, or its length in hours.
void add_duration(std::vector<EventValue>& values, std::int64_t end, std::int64_t hours) {
  if (hours > 0) values.push_back({"hours", hours});
  if (end != kForever) values.push_back({"end", end});
}

struct Values {
  std::vector<EventValue> operator()(const SetPrice& a) const {
    std::vector<EventValue> values = {{"price", a.price}, {"cap", a.cap}};
    if (a.felt_at_once) values.push_back({"felt_at_once", true});
    if (!a.product_name.empty()) values.push_back({"product", a.product_name});
    return values;
  }
  std::vector<EventValue> operator()(const Concession& a) const {
    return {{"legitimacy", a.legitimacy}, {"what", a.what}};
  }
  std::vector<EventValue> operator()(const Dismissal& a) const {
    return {{"official", a.official}, {"legitimacy", a.legitimacy}};
  }
  std::vector<EventValue> operator()(const Emergency& a) const {
    std::vector<EventValue> v = {{"curfew_from", std::int64_t{a.curfew_from}},
                                 {"curfew_to", std::int64_t{a.curfew_to}}};
    add_duration(v, a.end, a.hours);
    return v;
  }
  std::vector<EventValue> operator()(const Internet& a) const {
    std::vector<EventValue> v = {{"level", a.level}};
    add_duration(v, a.end, a.hours);
    return v;
  }
  std::vector<EventValue> operator()(const Deploy& a) const {
    return {{"force", std::string(kForceKindKeys[static_cast<std::size_t>(a.force)])},
            {"personnel", a.personnel}};
  }
  std::vector<EventValue> operator()(const ForeignTroops& a) const {
    return {{"personnel", a.personnel}};
  }
  std::vector<EventValue> operator()(const ForcePolicy& a) const {
    return {{"level", std::string(force_level_key(a.level))},
            {"without_warning", a.without_warning}};
  }
  std::vector<EventValue> operator()(const Release& a) const { return {{"share", a.share}}; }
  std::vector<EventValue> operator()(const Call& a) const {
    std::vector<EventValue> v = {{"organisation", a.organisation}};
    if (!a.segments.empty()) v.push_back({"segments", segment_keys(a.segments, ",")});
    add_duration(v, a.end, a.hours);
    return v;
  }
};

}  // namespace

Event intervention_event(std::int64_t tick, const Action& action, std::string detail, bool lifted) {
  Event e;
  e.tick = tick;
  e.kind = "intervention";
  e.where = std::visit(
      [](const auto& a) {
        if constexpr (requires { a.scope; }) {
          return scope_text(a.scope);
        } else {
          return std::string("nation");
        }
      },
      action);
  e.detail = std::move(detail);
  // The names of action_kinds(), in the order of Action; `end` is not read.
  e.action = action_kinds(Calendar())[action.index()].name;
  e.values = std::visit(Values{}, action);
  if (lifted) e.values.push_back({"lifted", true});
  return e;
}

}  // namespace unrest::uprising
