#include "unrest/models/uprising/model.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "unrest/core/tick_loop.hpp"
#include "unrest/models/uprising/fit.hpp"
#include "unrest/models/uprising/observe.hpp"
#include "unrest/models/uprising/world.hpp"
#include "unrest/scenario/load_params.hpp"
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
    const std::vector<std::string> keys = {"regions",      "region_priors", "cities",
                                           "place_priors", "enterprises",   "security",
                                           "observed"};
    for (const auto& key : keys) (void)r.take(key);
    r.reject_unknown(keys);
  }
  plan.country = load_country(scenario, plan.params);
  plan.schedule =
      read_schedule(scenario.schedule(), settings.calendar, action_kinds(settings.calendar),
                    condition_quantities(), settings.ticks);
  for (auto& entry : plan.schedule.entries()) {
    resolve_scopes(entry.action, plan.country);
    plan.watches.push_back(entry.when
                               ? std::optional<Watch>(resolve_condition(*entry.when, plan.country))
                               : std::nullopt);
  }
  const toml::table* data = scenario.table("data");
  if (data && data->get("observed")) {
    plan.record = load_record(scenario, plan.country);
    // The origin is the place the record has protesting first.
    const auto first =
        std::min_element(plan.record->first_protests.begin(), plan.record->first_protests.end(),
                         [](const ObservedProtest& a, const ObservedProtest& b) {
                           return a.date.days_since_epoch() < b.date.days_since_epoch();
                         });
    if (first != plan.record->first_protests.end())
      plan.origin = plan.country.places[first->place].name;
  }
  plan.ticks = settings.ticks;
  plan.seed = settings.seed;
  plan.calendar = settings.calendar;
  return plan;
}

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
  result.series = TimeSeries(national_columns());
  Table cities{"cities.csv", city_columns(), {}};
  cities.rows.reserve(static_cast<std::size_t>(plan.ticks + 1) * plan.country.places.size());

  RunTrace trace;
  std::int64_t troops_tick = -1, lethal_tick = -1;
  TickCounts counts;
  run_ticks(
      plan.ticks, plan.schedule,
      [&](std::size_t entry) {
        const auto& watch = plan.watches[entry];
        return !watch || watch->condition.holds(world.observe(*watch));
      },
      [&](std::int64_t tick, const Action& action, std::size_t entry) {
        if (std::holds_alternative<ForeignTroops>(action) && troops_tick < 0) troops_tick = tick;
        if (const auto* f = std::get_if<ForcePolicy>(&action);
            f && f->level == ForceLevel::Lethal && lethal_tick < 0) {
          lethal_tick = tick;
        }
        std::string what = apply(action, world, rng, tick);
        if (const auto& watch = plan.watches[entry]) {
          const Condition& c = watch->condition;
          what += fmt::format(" (when {} {} {}: {:.0f})", c.quantity, c.at_least ? ">=" : "<",
                              c.threshold, world.observe(*watch));
        }
        result.events.add(tick, "intervention", "", what);
      },
      [&](std::int64_t tick) { counts = step(world, rng, tick, plan.calendar, result.events); },
      [&](std::int64_t tick) {
        record_tick(world, tick, result.series, cities);
        trace.national_protesters.push_back(result.series.column(1).back());
        if (trace.peak_protesters.empty()) trace.peak_protesters.assign(world.places.size(), 0.0);
        for (std::size_t p = 0; p < world.places.size(); ++p) {
          trace.peak_protesters[p] = std::max(trace.peak_protesters[p], world.places[p].protesters);
        }
      });

  const auto& last = [&](const char* column) { return result.series.column(column).back(); };
  trace.killed = last("killed_total");
  trace.injured = last("injured_total");
  trace.detained = last("detained_total");
  if (troops_tick >= 0 && lethal_tick >= 0)
    trace.crackdown_tick = std::max(troops_tick, lethal_tick);
  for (const auto& e : result.events.events()) {
    if (e.kind == "strike_start") {
      trace.first_strike_place = e.where;
      break;
    }
  }

  const auto& protesters = result.series.column("protesters");
  const auto peak = std::max_element(protesters.begin(), protesters.end());
  const auto peak_tick = peak - protesters.begin();
  result.summary = {
      {"agents", static_cast<double>(world.pop.size()), "agents simulated"},
      {"people", plan.country.population(), "people represented"},
      {"peak_protesters", *peak, "most people protesting in one hour"},
      {"peak_day",
       static_cast<double>(plan.calendar.time_of(peak_tick).date.days_since_epoch() -
                           plan.calendar.start()->date.days_since_epoch() + 1),
       "day of the run of that peak (1: the start date)"},
      {"places_protested", 0, "places where protest reached protest_min_people"},
      {"killed", trace.killed, "people killed"},
      {"injured", trace.injured, "people injured"},
      {"detained", trace.detained, "people detained"},
      {"strikes", 0, "enterprises that struck"},
  };
  // How long the protests last: from the first hour anyone protests to the
  // last hour with at least 5% of the peak (and 1,000 people) out; a run that
  // ends above that line has not seen them end (the figure is censored).
  const double end_line = std::max(1000.0, 0.05 * *peak);
  std::int64_t first_tick = -1, last_tick = -1;
  for (std::size_t t = 0; t < protesters.size(); ++t) {
    if (protesters[t] > 0 && first_tick < 0) first_tick = static_cast<std::int64_t>(t);
    if (protesters[t] >= end_line) last_tick = static_cast<std::int64_t>(t);
  }
  const double hours = static_cast<double>(plan.calendar.hours_per_tick());
  result.summary.push_back(
      {"protest_days",
       first_tick >= 0 && last_tick >= first_tick
           ? static_cast<double>(last_tick - first_tick + 1) * hours / 24.0
           : 0.0,
       "days from the first protest to the last hour with 5% of the peak (and 1,000) out"});
  result.summary.push_back(
      {"protest_ongoing_at_end",
       last_tick >= 0 && last_tick + 24 / static_cast<std::int64_t>(hours) >=
                             static_cast<std::int64_t>(protesters.size())
           ? 1.0
           : 0.0,
       "1 if that line was crossed in the run's last day (protest_days is then censored)"});
  double protested = 0;
  for (const auto& s : world.places) protested += s.first_protest >= 0;
  result.summary[4].value = protested;
  double struck = 0;
  for (const auto& e : result.events.events()) struck += e.kind == "strike_start";
  result.summary[8].value = struck;

  result.report = daily_report(result.series, plan.calendar);
  if (plan.record) {
    result.fit = score_fit(world, *plan.record, trace, plan.calendar, plan.origin);
    result.report.push_back("  First protest per city named by the record (observed / simulated):");
    for (const auto& row : result.fit.details.rows) {
      result.report.push_back(fmt::format("    {:<18} {}  {}", std::get<std::string>(row[0]),
                                          std::get<std::string>(row[1]),
                                          std::get<std::string>(row[3])));
    }
    result.report.push_back(fmt::format(
        "  Totals (simulated / record): killed {:.0f} / {}, injured {:.0f} / {}, detained {:.0f} / "
        "{}, "
        "peak protesters {:.0f}",
        trace.killed, plan.record->killed >= 0 ? fmt::format("{:.0f}", plan.record->killed) : "n/a",
        trace.injured,
        plan.record->injured >= 0 ? fmt::format("over {:.0f}", plan.record->injured) : "n/a",
        trace.detained,
        plan.record->detained >= 0 ? fmt::format("{:.0f}", plan.record->detained) : "n/a", *peak));
  }
  result.tables.push_back(std::move(cities));
  return result;
}

RunResult run(const Scenario& scenario, const RunOptions& options) {
  return simulate(resolve(scenario), options);
}

}  // namespace unrest::uprising
