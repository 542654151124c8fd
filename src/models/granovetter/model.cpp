#include "unrest/models/granovetter/model.hpp"

#include <fmt/format.h>

#include <cmath>

#include "unrest/core/random.hpp"
#include "unrest/models/granovetter/crowd.hpp"
#include "unrest/models/granovetter/theory.hpp"
#include "unrest/scenario/load_params.hpp"

namespace unrest::granovetter {

RunPlan resolve(const Scenario& scenario) {
  const RunSettings settings = scenario.run_settings();
  reject_schedule(scenario, kModelName);
  RunPlan plan;
  plan.ticks = settings.ticks;
  plan.seed = settings.seed;
  return with_params(std::move(plan), load_params(scenario, param_table(), validate));
}

RunPlan with_params(RunPlan plan, Params params) {
  plan.params = std::move(params);
  // A list of thresholds is the crowd.
  if (plan.params.distribution == Distribution::List) {
    plan.params.population = static_cast<int>(plan.params.thresholds.size());
  }
  return plan;
}

std::vector<SummaryItem> theory(const Params& p) {
  std::vector<SummaryItem> out;
  out.push_back({"mean_field_equilibrium", mean_field_equilibrium(p),
                 "limit of r(t+1) = N F(r(t)) from 0, F continuous (a list: exact), people"});
  if (p.distribution == Distribution::Normal) {
    const auto critical = mean_field_critical_sd(p);
    out.push_back({"critical_sd", critical.value_or(NAN),
                   "s.d. at which that limit jumps past N/2 (Granovetter: about 12.2), people"});
    const auto quantile = quantile_crowd_critical_sd(p);
    out.push_back({"critical_sd_quantile_crowd", quantile.value_or(NAN),
                   "the jump for the crowd of evenly spaced quantiles, this rounding, people"});
  }
  return out;
}

RunResult simulate(const RunPlan& plan, const RunOptions& options) {
  const Params& p = plan.params;
  const RandomStream rng(plan.seed, options.run);
  const std::vector<double> thresholds = make_thresholds(p, rng);
  const std::vector<std::int64_t> acting = iterate_crowd(thresholds, plan.ticks);

  RunResult result;
  result.model = kModelName;
  result.seed = plan.seed;
  result.run = options.run;
  result.ticks = static_cast<std::int64_t>(acting.size()) - 1;
  result.parameters = resolve_params(param_table(), p);
  result.series = TimeSeries({{"tick", ColumnKind::Integer, "round (0: before anyone acts)"},
                              {"acting", ColumnKind::Integer, "people acting after the round"},
                              {"joined", ColumnKind::Integer, "people who joined in the round"}});
  for (std::size_t t = 0; t < acting.size(); ++t) {
    result.series.append({static_cast<double>(t), static_cast<double>(acting[t]),
                          static_cast<double>(t == 0 ? 0 : acting[t] - acting[t - 1])});
  }
  const bool settled = static_cast<std::int64_t>(acting.size()) - 1 < plan.ticks ||
                       iterate_crowd(thresholds, plan.ticks + 1).size() == acting.size();
  const auto n = static_cast<double>(thresholds.size());
  const double equilibrium = static_cast<double>(acting.back());
  result.events.add(result.ticks, settled ? "equilibrium" : "stopped", "crowd",
                    fmt::format("{} of {} acting", acting.back(), thresholds.size()));
  result.summary = {
      {"population", n, "people in the crowd"},
      {"equilibrium", equilibrium, "people acting at the end"},
      {"equilibrium_share", n > 0 ? equilibrium / n : 0, "share of the crowd acting at the end"},
      {"rounds", static_cast<double>(result.ticks), "rounds until nobody more joins"},
      {"settled", settled ? 1.0 : 0.0, "1 if the run reached equilibrium within run.ticks"},
  };
  for (auto& item : theory(p)) result.summary.push_back(std::move(item));
  return result;
}

RunResult run(const Scenario& scenario, const RunOptions& options) {
  return simulate(resolve(scenario), options);
}

}  // namespace unrest::granovetter
