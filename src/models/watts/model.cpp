#include "unrest/models/watts/model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "unrest/core/distributions.hpp"
#include "unrest/core/random.hpp"
#include "unrest/models/watts/cascade.hpp"
#include "unrest/models/watts/theory.hpp"
#include "unrest/scenario/load_params.hpp"

namespace unrest::watts {

namespace {

struct Trial {
  CascadeResult cascade;
  double mean_degree = 0;
};

Graph make_graph(const Params& p, const RandomStream& rng, std::uint64_t trial) {
  if (p.graph == GraphKind::Configuration) {
    std::vector<std::uint32_t> degrees(p.degrees.begin(), p.degrees.end());
    return configuration_model(degrees, rng, trial);
  }
  return erdos_renyi(static_cast<NodeIndex>(p.nodes), p.mean_degree, rng, trial);
}

double draw_phi(const Params& p, const RandomStream& rng, std::uint64_t trial, NodeIndex v) {
  if (p.threshold == ThresholdKind::Fixed) return p.phi;
  const double u = open_unit(rng.draw(trial, v, Purpose::Threshold).words[0]);
  if (p.threshold == ThresholdKind::Normal) return p.phi + p.phi_sd * normal_quantile(u);
  return p.phi_low + (p.phi_high - p.phi_low) * u;
}

Trial run_trial(const Params& p, const RandomStream& rng, std::uint64_t trial,
                std::int64_t max_rounds) {
  const Graph graph = make_graph(p, rng, trial);
  const NodeIndex n = graph.nodes();
  std::vector<std::uint32_t> required(n);
#pragma omp parallel for schedule(static) if (n > 100'000)
  for (std::int64_t v = 0; v < static_cast<std::int64_t>(n); ++v) {
    const auto node = static_cast<NodeIndex>(v);
    required[node] = required_active(draw_phi(p, rng, trial, node), graph.degree(node));
  }
  // Distinct seeds, uniformly: numbered draws, repeats skipped.
  std::vector<NodeIndex> seeds;
  for (std::uint32_t k = 0; seeds.size() < static_cast<std::size_t>(p.seeds); ++k) {
    const auto v = static_cast<NodeIndex>(rng.draw(trial, 0, Purpose::Seed, k).below(n));
    if (std::find(seeds.begin(), seeds.end(), v) == seeds.end()) seeds.push_back(v);
  }
  return {run_cascade(graph, required, seeds, max_rounds), graph.mean_degree()};
}

}  // namespace

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
  // A degree sequence is the graph.
  if (plan.params.graph == GraphKind::Configuration) {
    plan.params.nodes = static_cast<int>(plan.params.degrees.size());
  }
  return plan;
}

std::vector<SummaryItem> theory(const Params& p) {
  const CascadeTheory t = cascade_theory(p, degree_distribution(p));
  std::vector<SummaryItem> out = {
      {"cascade_condition", t.condition,
       "sum k(k-1) rho_k p_k / z; global cascades are possible above 1"},
      {"vulnerable_share", t.vulnerable_share, "share of nodes one active neighbour tips"},
      {"predicted_frequency", t.frequency, "share of seeds that start a global cascade (theory)"},
      {"predicted_size", t.size, "share of nodes a global cascade reaches (theory)"},
  };
  if (p.graph == GraphKind::ErdosRenyi) {
    const auto window = cascade_window(p);
    out.push_back({"window_low", window ? window->first : NAN,
                   "smallest mean degree z at which global cascades are possible"});
    out.push_back({"window_high", window ? window->second : NAN,
                   "largest mean degree z at which global cascades are possible"});
  }
  return out;
}

RunResult simulate(const RunPlan& plan, const RunOptions& options) {
  const Params& p = plan.params;
  const RandomStream rng(plan.seed, options.run);
  const auto trials = static_cast<std::size_t>(p.trials);
  std::vector<Trial> results(trials);
  // Small graphs: a trial per thread; large ones: each trial uses all threads.
  // The numbers are the same either way.
  if (p.nodes < 200'000) {
#pragma omp parallel for schedule(dynamic, 1)
    for (std::int64_t t = 0; t < static_cast<std::int64_t>(trials); ++t) {
      results[static_cast<std::size_t>(t)] =
          run_trial(p, rng, static_cast<std::uint64_t>(t), plan.ticks);
    }
  } else {
    for (std::size_t t = 0; t < trials; ++t) results[t] = run_trial(p, rng, t, plan.ticks);
  }

  RunResult result;
  result.model = kModelName;
  result.seed = plan.seed;
  result.run = options.run;
  result.ticks = static_cast<std::int64_t>(trials);
  result.parameters = resolve_params(param_table(), p);
  result.series = TimeSeries({
      {"trial", ColumnKind::Integer, "cascade number (a fresh graph, thresholds and seeds)"},
      {"active", ColumnKind::Integer, "nodes active at the end, seeds included"},
      {"size", ColumnKind::Real, "share of nodes active at the end"},
      {"global", ColumnKind::Integer, "1 if size exceeds global_fraction"},
      {"rounds", ColumnKind::Integer, "synchronous rounds in which some node activated"},
      {"mean_degree", ColumnKind::Real, "realised mean degree of the graph"},
  });
  const auto n = static_cast<double>(p.nodes);
  double globals = 0, global_size = 0, all_size = 0;
  for (std::size_t t = 0; t < trials; ++t) {
    const auto& r = results[t];
    const double size = static_cast<double>(r.cascade.active) / n;
    const bool global = size > p.global_fraction;
    globals += global;
    global_size += global ? size : 0;
    all_size += size;
    result.series.append({static_cast<double>(t), static_cast<double>(r.cascade.active), size,
                          global ? 1.0 : 0.0, static_cast<double>(r.cascade.rounds),
                          r.mean_degree});
  }
  result.summary = {
      {"trials", static_cast<double>(trials), "cascades run"},
      {"global_cascades", globals,
       fmt::format("cascades reaching more than {} of the nodes", p.global_fraction)},
      {"global_frequency", globals / static_cast<double>(trials),
       "share of cascades that were global"},
      {"mean_global_size", globals > 0 ? global_size / globals : NAN,
       "mean share of nodes active in a global cascade"},
      {"mean_size", all_size / static_cast<double>(trials),
       "mean share of nodes active, all cascades"},
  };
  for (auto& item : theory(p)) result.summary.push_back(std::move(item));
  return result;
}

RunResult run(const Scenario& scenario, const RunOptions& options) {
  return simulate(resolve(scenario), options);
}

}  // namespace unrest::watts
