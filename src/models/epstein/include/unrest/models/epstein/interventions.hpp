#pragma once
/// \file
/// The scheduled actions of the Epstein model: the legitimacy crises and the
/// cop reductions of the paper's Runs 3-5.

#include <string>
#include <variant>
#include <vector>

#include "unrest/core/event_log.hpp"
#include "unrest/core/random.hpp"
#include "unrest/models/epstein/world.hpp"
#include "unrest/scenario/schedule_reader.hpp"

namespace unrest::epstein {

/// L becomes `value` (the paper's "small legitimacy reduction in one jump").
struct SetLegitimacy {
  double value = 0;
};
/// L changes by `by`, kept within [0, 1] (repeated: "in small increments").
struct AdjustLegitimacy {
  double by = 0;
};
/// The cop force is resized to round(value x sites): random cops withdraw, or
/// new cops appear on random empty sites.
struct SetCopDensity {
  double value = 0;
};
/// The target cop density changes by `by` (kept >= 0), and the force follows.
struct AdjustCopDensity {
  double by = 0;
};

using Action = std::variant<SetLegitimacy, AdjustLegitimacy, SetCopDensity, AdjustCopDensity>;

/// The actions a scenario's [[schedule]] may name, with their fields.
const std::vector<ActionKind<Action>>& action_kinds();

/// Applies `action` at `tick`; returns a line for the event log.
std::string apply(const Action& action, World& w, const RandomStream& rng, std::int64_t tick);

/// The event of an applied action, `detail` the line apply returned: it acts
/// on the whole grid, its action and value named as in the schedule.
Event intervention_event(std::int64_t tick, const Action& action, std::string detail);

}  // namespace unrest::epstein
