#include "unrest/models/uprising/model.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "unrest/core/tick_loop.hpp"
#include "unrest/models/uprising/fit.hpp"
#include "unrest/models/uprising/observe.hpp"
#include "unrest/models/uprising/summary.hpp"
#include "unrest/models/uprising/world.hpp"
#include "unrest/scenario/load_params.hpp"
#include "unrest/scenario/policy_reader.hpp"
#include "unrest/scenario/schedule_reader.hpp"

namespace unrest::uprising {

RunPlan resolve(const Scenario& scenario) {
  const RunSettings settings = scenario.run_settings();
  RunPlan plan;
  plan.params = load_params(scenario, param_table(), validate);
  if (!settings.calendar.has_dates()) {
    throw InputError(SourceLocation{scenario.file(), 0, 0}, "run.start",
                     "the uprising model needs a dated calendar: set run.start");
  }
  if (settings.calendar.hours_per_tick() != 1) {
    // Its rates and time constants are per hour.
    throw InputError(SourceLocation{scenario.file(), 0, 0}, "run.hours_per_tick",
                     fmt::format("the uprising model steps hourly: expected 1, got {}",
                                 settings.calendar.hours_per_tick()));
  }
  if (const toml::table* data = scenario.table("data")) {
    TableReader r(*data, "data");
    const std::vector<std::string> keys = {
        "products",   "regions",     "region_priors", "cities",   "place_priors",
        "industries", "enterprises", "security",      "observed", "crowds"};
    for (const auto& key : keys) (void)r.take(key);
    r.reject_unknown(keys);
    if (data->get("crowds") && !data->get("observed")) {
      throw r.error("crowds",
                    "reported crowds are scored with the record: [data] observed is "
                    "missing");
    }
  }
  plan.country = load_country(scenario);
  plan.schedule =
      read_schedule(scenario.schedule(), settings.calendar, action_kinds(settings.calendar),
                    condition_quantities(), settings.ticks);
  for (auto& entry : plan.schedule.entries()) {
    resolve_scopes(entry.action, plan.country);
    plan.watches.push_back(entry.when
                               ? std::optional<Watch>(resolve_condition(*entry.when, plan.country))
                               : std::nullopt);
  }
  plan.policy = resolve_policy(
      read_policy(scenario.policy(), action_kinds(settings.calendar), condition_quantities()),
      plan.country);
  plan.fit = read_fit_settings(scenario);
  const toml::table* data = scenario.table("data");
  if (data && data->get("observed")) {
    plan.record = load_record(scenario, plan.country, settings.calendar);
    plan.origin = plan.fit.origin;
    if (plan.origin.empty()) {
      // The place the record has protesting first.
      const auto first =
          std::min_element(plan.record->first_protests.begin(), plan.record->first_protests.end(),
                           [](const ObservedProtest& a, const ObservedProtest& b) {
                             return a.when.first_hour < b.when.first_hour;
                           });
      if (first != plan.record->first_protests.end())
        plan.origin = plan.country.places[first->place].name;
    } else if (plan.country.find_place(plan.origin) == Country::npos) {
      throw InputError(SourceLocation{scenario.file(), 0, 0}, "fit.origin",
                       fmt::format("unknown place \"{}\"", plan.origin));
    }
  }
  plan.ticks = settings.ticks;
  plan.seed = settings.seed;
  plan.calendar = settings.calendar;
  Params params = std::move(plan.params);
  return with_params(std::move(plan), std::move(params));
}

RunPlan with_params(RunPlan plan, Params params) {
  plan.params = std::move(params);
  derive_country(plan.country, plan.params);
  plan.price_rise.assign(plan.country.products.size(), 0.0);
  for (const auto& entry : plan.schedule.entries()) {
    if (const auto* price = std::get_if<SetPrice>(&entry.action); price && price->scope.nation) {
      double& rise = plan.price_rise[price->product];
      rise =
          std::max(rise, price->price / plan.country.products[price->product].reference_price - 1);
    }
  }
  return plan;
}

namespace {

/// Applies a scheduled action; the event line says what it did and, for an
/// action that waited for a condition, the value that met it.
std::string apply_entry(const Action& action, const std::optional<Watch>& watch, World& world,
                        const RandomStream& rng, std::int64_t tick) {
  std::string what = apply(action, world, rng, tick);
  if (watch) {
    const Condition& c = watch->condition;
    what += fmt::format(" (when {} {} {}: {:.0f})", c.quantity, c.at_least ? ">=" : "<",
                        c.threshold, world.observe(*watch));
  }
  return what;
}

/// The outputs of a finished run: summary, report, fit, series and tables.
void conclude(RunResult& result, RunTrace trace, const RunPlan& plan, double agents) {
  result.summary = summarise(trace, plan.calendar, agents, plan.country.population());
  result.report = daily_report(trace.series, plan.calendar);
  if (plan.record) {
    result.fit = score_fit(plan.country, *plan.record, trace, plan.calendar, plan.origin, plan.fit,
                           plan.price_rise);
    for (auto& line : record_report(plan.country, *plan.record, trace, plan.calendar))
      result.report.push_back(std::move(line));
  }
  result.places = place_outcomes(plan.country, trace);
  result.series = std::move(trace.series);
  result.tables.push_back(std::move(trace.cities));
}

}  // namespace

RunResult simulate(const RunPlan& plan, const RunOptions& options) {
  const RandomStream rng(plan.seed, options.run);
  World world(plan.country, plan.params, rng);

  RunResult result;
  result.model = kModelName;
  result.seed = plan.seed;
  result.run = options.run;
  result.ticks = plan.ticks;
  result.calendar = plan.calendar;
  result.parameters = resolve_params(param_table(), plan.params);

  RunObserver observer(plan.country, plan.ticks);
  StatePolicy policy(plan.policy);
  TickCounts counts;
  run_ticks(
      plan.ticks, plan.schedule,
      [&](std::size_t entry) {
        const auto& watch = plan.watches[entry];
        return !watch || watch->condition.holds(world.observe(*watch));
      },
      [&](std::int64_t tick, const Action& action, std::size_t entry) {
        observer.on_action(tick, action);
        result.events.add(intervention_event(
            tick, action, apply_entry(action, plan.watches[entry], world, rng, tick)));
      },
      [&](std::int64_t tick) {
        policy.act(world, rng, tick, result.events,
                   [&](const Action& measure) { observer.on_action(tick, measure); });
        counts = step(world, rng, tick, plan.calendar, result.events);
      },
      [&](std::int64_t tick) {
        observer.record(world, tick, counts);
        if (options.on_tick) options.on_tick(tick, plan.ticks);
      });
  conclude(result, std::move(observer).finish(), plan, static_cast<double>(world.pop.size()));
  return result;
}

RunResult run(const Scenario& scenario, const RunOptions& options) {
  return simulate(resolve(scenario), options);
}

}  // namespace unrest::uprising
