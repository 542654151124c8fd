#pragma once
/// \file
/// The state's policy in the uprising model: the scenario's [[policy]] rules
/// resolved against the country, and their play hour by hour (the generic
/// rule and its states are core/policy.hpp).

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "unrest/core/event_log.hpp"
#include "unrest/core/policy.hpp"
#include "unrest/core/random.hpp"
#include "unrest/models/uprising/interventions.hpp"

namespace unrest::uprising {

struct World;

/// A rule resolved against the country.
struct StateRule {
  PolicyRule<Action> rule;
  Watch when;                 ///< nationally: over its scope; each_place: the quantity only
  std::optional<Watch> lift;  ///< likewise
  /// each_place: the places of the measure's scope, each read and acted on
  /// alone; otherwise empty (the rule acts once for its scope).
  std::vector<std::uint32_t> places;
};

/// Resolves the rules' scopes and checks what only the model can: a lift
/// only on a measure that stands until lifted, each_place only on a measure
/// with a scope. Throws InputError at the rule's key.
std::vector<StateRule> resolve_policy(std::vector<PolicyRule<Action>> rules,
                                      const Country& country);

/// The rules' states over one run.
class StatePolicy {
 public:
  explicit StatePolicy(const std::vector<StateRule>& rules);

  /// Plays one hour (before the model steps; the conditions see the state
  /// the last hour left): measures due are applied and logged as
  /// interventions, measures whose reason has passed are lifted. Each measure
  /// applied is also passed to `on_applied`.
  void act(World& w, const RandomStream& rng, std::int64_t tick, EventLog& events,
           const std::function<void(const Action&)>& on_applied);

 private:
  const std::vector<StateRule>& rules_;
  std::vector<std::vector<PolicySlot>> slots_;  ///< per rule: one, or one per place
};

}  // namespace unrest::uprising
