#include "unrest/models/epstein/model.hpp"

#include <algorithm>
#include <cmath>

#include "unrest/core/tick_loop.hpp"
#include "unrest/models/epstein/observe.hpp"
#include "unrest/models/epstein/step.hpp"
#include "unrest/scenario/load_params.hpp"
#include "unrest/scenario/schedule_reader.hpp"

namespace unrest::epstein {

RunPlan resolve(const Scenario& scenario) {
  const RunSettings settings = scenario.run_settings();
  RunPlan plan;
  const Params params =
      load_params(scenario, param_table(),
                  [](const Params& p, const std::set<std::string>&) { return validate(p); });
  plan.schedule =
      read_schedule(scenario.schedule(), settings.calendar, action_kinds(), {}, settings.ticks);
  plan.ticks = settings.ticks;
  plan.seed = settings.seed;
  plan.calendar = settings.calendar;
  return with_params(std::move(plan), params);
}

RunPlan with_params(RunPlan plan, Params params) {
  plan.params = std::move(params);
  return plan;
}

RunResult simulate(const RunPlan& plan, const RunOptions& options) {
  const Params& p = plan.params;
  const RandomStream rng(plan.seed, options.run);
  World world = make_world(p, rng);

  RunResult result;
  result.model = kModelName;
  result.seed = plan.seed;
  result.run = options.run;
  result.ticks = plan.ticks;
  result.calendar = plan.calendar;
  result.parameters = resolve_params(param_table(), p);
  result.series = TimeSeries(series_columns());

  OutburstTracker outbursts(p.outburst_level);
  StepBuffers buffers;
  TickTally tally;
  run_ticks(
      plan.ticks, plan.schedule,
      [&](std::int64_t tick, const Action& action) {
        result.events.add(intervention_event(tick, action, apply(action, world, rng, tick)));
      },
      [&](std::int64_t tick) {
        tally = step_world(world, TickContext{p, rng, tick}, buffers);
      },
      [&](std::int64_t tick) {
        record_tick(result.series, world, tick, tally);
        if (tick > 0) outbursts.observe(tick, result.series.column("active").back(), result.events);
        if (options.on_tick) options.on_tick(tick, plan.ticks);
      });
  result.summary = summarise(result.series, world, p);
  for (auto& item : theory(p)) result.summary.push_back(std::move(item));
  return result;
}

std::vector<SummaryItem> theory(const Params& p) {
  // With G = H(1 - L) scaled by (1 - T) under Ascape's rule, G > T needs
  // H > T / ((1 - L) s); H is uniform on [0, 1].
  const double scale = p.grievance_rule == GrievanceRule::Ascape ? 1 - p.threshold : 1.0;
  const double room = (1 - p.legitimacy) * scale;
  const double cutoff = room > 0 ? p.threshold / room : INFINITY;
  return {{"hardship_cutoff", std::min(cutoff, 1.0),
           "only citizens with hardship above this can ever be active"},
          {"max_ever_active_share", std::max(0.0, 1 - cutoff),
           "expected share of citizens able to be active at this legitimacy"}};
}

RunResult run(const Scenario& scenario, const RunOptions& options) {
  return simulate(resolve(scenario), options);
}

}  // namespace unrest::epstein
