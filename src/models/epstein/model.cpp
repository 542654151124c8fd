#include "unrest/models/epstein/model.hpp"

#include "unrest/core/tick_loop.hpp"
#include "unrest/models/epstein/observe.hpp"
#include "unrest/models/epstein/step.hpp"
#include "unrest/scenario/bind_params.hpp"
#include "unrest/scenario/schedule_reader.hpp"

namespace unrest::epstein {

RunPlan resolve(const Scenario& scenario) {
  const RunSettings settings = scenario.run_settings();
  RunPlan plan;
  plan.params = bind_params(scenario.table("params"), param_table(), "params");
  throw_param_problem(validate(plan.params), scenario.table("params"), "params", scenario.file());
  plan.schedule = read_schedule(scenario.schedule(), settings.calendar, action_kinds());
  plan.ticks = settings.ticks;
  plan.seed = settings.seed;
  plan.calendar = settings.calendar;
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
        result.events.add(tick, "intervention", "grid", apply(action, world, rng, tick));
      },
      [&](std::int64_t tick) {
        tally = step_world(world, TickContext{p, rng, tick}, buffers);
      },
      [&](std::int64_t tick) {
        record_tick(result.series, world, tick, tally);
        if (tick > 0) outbursts.observe(tick, result.series.column("active").back(), result.events);
      });
  result.summary = summarise(result.series, world, p);
  return result;
}

RunResult run(const Scenario& scenario, const RunOptions& options) {
  return simulate(resolve(scenario), options);
}

}  // namespace unrest::epstein
