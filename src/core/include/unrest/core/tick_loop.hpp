#pragma once
/// \file
/// The tick scheduler every model runs on. Tick 0 is the initial state: the
/// actions scheduled at tick 0 are applied and the state recorded. Then for
/// each tick t = 1..ticks: the actions due at t are applied, the model steps,
/// and the state is recorded. So a row of the time series shows the state at
/// the end of its tick, with that tick's interventions in force.

#include <cstdint>

#include "unrest/core/schedule.hpp"

namespace unrest {

/// apply(tick, action), step(tick) and record(tick) are the model's.
template <class Action, class Apply, class Step, class Record>
void run_ticks(std::int64_t ticks, const Schedule<Action>& schedule, Apply&& apply, Step&& step,
               Record&& record) {
  schedule.for_each_due(0, [&](const Action& a) { apply(std::int64_t{0}, a); });
  record(std::int64_t{0});
  for (std::int64_t tick = 1; tick <= ticks; ++tick) {
    schedule.for_each_due(tick, [&](const Action& a) { apply(tick, a); });
    step(tick);
    record(tick);
  }
}

}  // namespace unrest
