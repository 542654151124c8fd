#pragma once
/// \file
/// The state as an actor: rules that watch what a government sees and choose
/// a measure, beside the calendar of the schedule. A rule's measure comes
/// `delay_hours` after its condition is first met (deciding, ordering,
/// moving), and, if the rule says how, is lifted once its reason has passed:
/// the `lift` condition has held for `lift_hours` hours on end. A rule with no
/// lift acts once; one with a lift may act again, once its condition has
/// stopped holding and then holds anew (a reason that never passes, such as a
/// building once stormed, does not bring the same measure back and forth).
///
/// A rule may act `each_place`: its conditions are then read in each place of
/// its measure's scope, and the measure comes to that place alone.

#include <cstdint>
#include <optional>
#include <string>

#include "unrest/core/error.hpp"
#include "unrest/core/schedule.hpp"

namespace unrest {

template <class Action>
struct PolicyRule {
  std::string id;
  Action measure;
  Condition when;
  std::optional<Condition> lift;
  std::int64_t delay_hours = 0;
  std::int64_t lift_hours = 1;
  bool each_place = false;
  SourceLocation where;  ///< of the rule's table, for errors
  std::string key;       ///< e.g. "policy[2]"
};

/// What a rule does in an hour, in one place (or nationally).
enum class PolicyMove : std::uint8_t { None, Apply, Lift };

/// The state of one rule in one place (or nationally), hour by hour.
class PolicySlot {
 public:
  /// Advances one hour: `holds` and `lift_holds` are the rule's conditions
  /// as of the end of the last hour.
  PolicyMove step(std::int64_t tick, bool holds, bool lift_holds, std::int64_t delay_hours,
                  bool has_lift, std::int64_t lift_hours) noexcept {
    if (in_force_) {
      if (!has_lift) return PolicyMove::None;
      lift_held_ = lift_holds ? lift_held_ + 1 : 0;
      armed_ = armed_ || !holds;
      if (lift_held_ < lift_hours) return PolicyMove::None;
      in_force_ = false;
      lift_held_ = 0;
      return PolicyMove::Lift;
    }
    if (!holds) armed_ = true;
    if (due_ < 0 && !spent_ && armed_ && holds) due_ = tick + delay_hours;
    if (due_ < 0 || tick < due_) return PolicyMove::None;
    due_ = -1;
    in_force_ = true;
    armed_ = false;  // again only once the reason has passed and come back
    spent_ = !has_lift;
    return PolicyMove::Apply;
  }

  [[nodiscard]] bool in_force() const noexcept { return in_force_; }
  /// The hour the measure is due, -1 when none is decided.
  [[nodiscard]] std::int64_t due() const noexcept { return due_; }

 private:
  std::int64_t due_ = -1;
  std::int64_t lift_held_ = 0;
  bool in_force_ = false;
  bool armed_ = true;
  bool spent_ = false;
};

}  // namespace unrest
