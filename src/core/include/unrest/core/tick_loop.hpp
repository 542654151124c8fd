#pragma once
/// \file
/// The tick scheduler every model runs on. Tick 0 is the initial state: the
/// actions scheduled at tick 0 are applied and the state recorded. Then for
/// each tick t = 1..ticks: the actions due at t are applied, the model steps,
/// and the state is recorded. So a row of the time series shows the state at
/// the end of its tick, with that tick's interventions in force.

#include <cstdint>
#include <utility>
#include <vector>

#include "unrest/core/schedule.hpp"

namespace unrest {

/// Applies the entries due at `tick`; `holds(i)` says whether entry i's
/// condition holds now, `fired[i]` remembers the one-off entries done.
template <class Action, class Holds, class Apply>
void apply_due(const Schedule<Action>& schedule, std::int64_t tick, Holds& holds,
               std::vector<char>& fired, Apply& apply) {
  const auto& entries = schedule.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    if (!e.when) {
      if (e.timing.due(tick)) apply(tick, e.action, i);
      continue;
    }
    if (e.timing.every == 0) {
      if (fired[i] || tick < e.timing.first || tick > e.timing.last || !holds(i)) continue;
      fired[i] = 1;
      apply(tick, e.action, i);
    } else if (e.timing.due(tick) && holds(i)) {
      apply(tick, e.action, i);
    }
  }
}

/// holds(entry index), apply(tick, action, entry index), step(tick) and
/// record(tick) are the model's. A condition sees the state recorded at the
/// end of the previous tick.
template <class Action, class Holds, class Apply, class Step, class Record>
void run_ticks(std::int64_t ticks, const Schedule<Action>& schedule, Holds&& holds, Apply&& apply,
               Step&& step, Record&& record) {
  std::vector<char> fired(schedule.entries().size(), 0);
  apply_due(schedule, 0, holds, fired, apply);
  record(std::int64_t{0});
  for (std::int64_t tick = 1; tick <= ticks; ++tick) {
    apply_due(schedule, tick, holds, fired, apply);
    step(tick);
    record(tick);
  }
}

/// The same for a model whose actions never wait for a condition.
template <class Action, class Apply, class Step, class Record>
void run_ticks(std::int64_t ticks, const Schedule<Action>& schedule, Apply&& apply, Step&& step,
               Record&& record) {
  run_ticks(
      ticks, schedule, [](std::size_t) { return true; },
      [&](std::int64_t tick, const Action& a, std::size_t) { apply(tick, a); },
      std::forward<Step>(step), std::forward<Record>(record));
}

}  // namespace unrest
