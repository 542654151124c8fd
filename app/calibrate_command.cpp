// `unrest calibrate`: fits chosen parameters to the scenario's record by
// ABC-SMC and writes the posterior sample, the tolerance trace and the
// posterior-predictive fit.

#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "ensemble_outputs.hpp"
#include "prepared_scenario.hpp"
#include "stored_runs.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/random.hpp"
#include "unrest/core/threads.hpp"
#include "unrest/ensemble/abc_smc.hpp"
#include "unrest/ensemble/calibration_config.hpp"
#include "unrest/ensemble/distance.hpp"
#include "unrest/ensemble/ensemble_summary.hpp"
#include "unrest/ensemble/job_runner.hpp"
#include "unrest/io/atomic_file.hpp"

namespace unrest::cli {

namespace {

using ensemble::Prior;
using nlohmann::json;

enum class CalibrationPurpose : std::uint32_t { PredictiveDraw = 1 };

// Run indices of calibration runs, far from the replicates 0, 1, 2, ... of
// `unrest run --runs`: generation g's attempt a, the synthetic truth, and the
// posterior-predictive runs.
std::uint64_t attempt_run(std::size_t generation, std::uint64_t attempt) {
  return (static_cast<std::uint64_t>(generation) + 1) << 32 | attempt;
}
constexpr std::uint64_t kTruthRun = 0xfffeULL << 32;
constexpr std::uint64_t kPredictiveRun = 0xffffULL << 32;

// The scenario with the parameters set to `theta`, loaded afresh (a copy of
// a TOML tree would lose the file and line of each key).
Scenario with_values(const CalibrateArgs& args, const std::vector<Prior>& priors,
                     const std::vector<double>& theta) {
  std::vector<std::string> overrides = args.overrides;
  for (std::size_t k = 0; k < priors.size(); ++k) {
    overrides.push_back(fmt::format("{}={}", priors[k].parameter, theta[k]));
  }
  return prepare_scenario(args.scenario, overrides, args.seed, args.scale).scenario;
}

double json_number(const json& j) {
  return j.is_number() ? j.get<double>() : INFINITY;
}

Table posterior_table(const std::vector<Prior>& priors, const ensemble::AbcResult& result) {
  Table t;
  t.file = "posterior.csv";
  t.columns = {{"particle", ColumnKind::Integer, "particle of the final population"},
               {"weight", ColumnKind::Real, "normalised importance weight"},
               {"distance", ColumnKind::Real, "distance of its run to the record"}};
  for (const auto& p : priors) t.columns.push_back({p.parameter, ColumnKind::Real, p.describe()});
  for (std::size_t i = 0; i < result.population.size(); ++i) {
    const auto& particle = result.population[i];
    std::vector<Cell> row = {static_cast<double>(i), particle.weight, particle.distance};
    for (const double v : particle.theta) row.emplace_back(v);
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table trace_table(const std::vector<Prior>& priors, const ensemble::AbcResult& result) {
  Table t;
  t.file = "trace.csv";
  t.columns = {{"generation", ColumnKind::Integer, "0: the prior"},
               {"epsilon", ColumnKind::Real, "tolerance: largest accepted distance"},
               {"attempts", ColumnKind::Integer, "proposals made"},
               {"simulated", ColumnKind::Integer, "proposals simulated"},
               {"accepted", ColumnKind::Integer, "proposals kept"},
               {"acceptance_rate", ColumnKind::Real, "kept over proposals"},
               {"ess", ColumnKind::Real, "effective sample size"},
               {"filled", ColumnKind::Integer, "1 if the generation filled its population"}};
  for (const auto& p : priors) {
    t.columns.push_back({p.parameter + "_q05", ColumnKind::Real, "5% posterior quantile"});
    t.columns.push_back({p.parameter + "_median", ColumnKind::Real, "posterior median"});
    t.columns.push_back({p.parameter + "_q95", ColumnKind::Real, "95% posterior quantile"});
  }
  t.columns.push_back({"stop_reason", ColumnKind::Text, "why the algorithm stopped here"});
  for (const auto& g : result.trace) {
    std::vector<Cell> row = {static_cast<double>(g.generation),
                             g.epsilon,
                             static_cast<double>(g.attempts),
                             static_cast<double>(g.simulated),
                             static_cast<double>(g.accepted),
                             g.acceptance_rate,
                             g.ess,
                             g.filled ? 1.0 : 0.0};
    for (std::size_t k = 0; k < priors.size(); ++k) {
      row.emplace_back(g.filled ? g.q05[k] : NAN);
      row.emplace_back(g.filled ? g.median[k] : NAN);
      row.emplace_back(g.filled ? g.q95[k] : NAN);
    }
    row.emplace_back(g.stop_reason);
    t.rows.push_back(std::move(row));
  }
  return t;
}

struct ParameterSummary {
  std::string name, prior;
  double prior_q05, prior_q95, mean, q05, median, q95, truth;
};

std::vector<ParameterSummary> summarize_posterior(const std::vector<Prior>& priors,
                                                  const ensemble::AbcResult& result,
                                                  const std::vector<double>& truth) {
  std::vector<ParameterSummary> out;
  for (std::size_t k = 0; k < priors.size(); ++k) {
    std::vector<double> values, weights;
    double mean = 0;
    for (const auto& p : result.population) {
      values.push_back(p.theta[k]);
      weights.push_back(p.weight);
      mean += p.weight * p.theta[k];
    }
    out.push_back(
        {priors[k].parameter, priors[k].describe(), priors[k].quantile(0.05),
         priors[k].quantile(0.95), mean, ensemble::weighted_quantile(values, weights, 0.05),
         ensemble::weighted_quantile(values, weights, 0.5),
         ensemble::weighted_quantile(values, weights, 0.95), truth.empty() ? NAN : truth[k]});
  }
  return out;
}

Table posterior_summary_table(const std::vector<ParameterSummary>& rows) {
  Table t;
  t.file = "posterior_summary.csv";
  t.columns = {{"parameter", ColumnKind::Text, "fitted parameter"},
               {"prior_q05", ColumnKind::Real, "5% prior quantile"},
               {"prior_q95", ColumnKind::Real, "95% prior quantile"},
               {"mean", ColumnKind::Real, "posterior mean"},
               {"q05", ColumnKind::Real, "5% posterior quantile"},
               {"median", ColumnKind::Real, "posterior median"},
               {"q95", ColumnKind::Real, "95% posterior quantile"},
               {"interval_ratio", ColumnKind::Real,
                "posterior 90% interval over the prior's (1: the record says nothing)"},
               {"truth", ColumnKind::Real, "the synthetic record's value (--truth), if any"},
               {"prior", ColumnKind::Text, "its prior"}};
  for (const auto& r : rows) {
    t.rows.push_back({r.name, r.prior_q05, r.prior_q95, r.mean, r.q05, r.median, r.q95,
                      (r.q95 - r.q05) / (r.prior_q95 - r.prior_q05), r.truth, r.prior});
  }
  return t;
}

// The posterior-predictive check: how the record's statistics fall in runs
// whose parameters are drawn from the posterior.
Table predictive_table(const std::vector<ensemble::ReplicateDigest>& digests,
                       const std::vector<FitStatistic>& record) {
  Table t;
  t.file = "predictive.csv";
  t.columns = {
      {"statistic", ColumnKind::Text, "statistic of the record"},
      {"record_low", ColumnKind::Real, "the record's value (or interval low end)"},
      {"record_high", ColumnKind::Real, "interval high end"},
      {"q05", ColumnKind::Real, "5% quantile in posterior runs"},
      {"median", ColumnKind::Real, "median in posterior runs"},
      {"q95", ColumnKind::Real, "95% quantile in posterior runs"},
      {"share_inside", ColumnKind::Real, "share of posterior runs inside the record's interval"}};
  for (std::size_t k = 0; k < record.size(); ++k) {
    std::vector<double> sample;
    double inside = 0;
    for (const auto& d : digests) {
      const double v = k < d.statistics.size() ? d.statistics[k].simulated : NAN;
      sample.push_back(v);
      inside += v >= record[k].low && v <= record[k].high;
    }
    const ensemble::Distribution dist = ensemble::describe(sample);
    t.rows.push_back({record[k].name, record[k].low, record[k].high, dist.low90(), dist.median(),
                      dist.high90(), inside / static_cast<double>(digests.size())});
  }
  return t;
}

std::string value_text(double x) {
  if (!std::isfinite(x)) return "NA";
  return fmt::format("{:.4g}", x);
}

}  // namespace

int calibrate_command(const CalibrateArgs& args, const ensemble::Communicator& communicator) {
  const auto start = std::chrono::steady_clock::now();
  const PreparedScenario prepared =
      prepare_scenario(args.scenario, args.overrides, args.seed, args.scale);
  const Scenario& scenario = prepared.scenario;
  const ModelEntry& model = *prepared.model;
  ensemble::CalibrationConfig config = ensemble::read_calibration(scenario, parameter_names(model));
  if (!args.fit.empty()) {
    std::vector<Prior> chosen;
    for (const auto& name : args.fit) {
      const auto it = std::find_if(config.priors.begin(), config.priors.end(),
                                   [&](const Prior& p) { return p.parameter == name; });
      if (it == config.priors.end()) {
        throw InputError(SourceLocation{"--fit", 0, 0}, name,
                         "has no prior in the scenario's [calibration.priors]");
      }
      chosen.push_back(*it);
    }
    config.priors = chosen;
  }
  if (args.population > 0) config.settings.population = static_cast<std::size_t>(args.population);
  if (args.generations > 0) {
    config.settings.max_generations = static_cast<std::size_t>(args.generations);
  }
  if (args.predictive >= 0) config.predictive = static_cast<std::size_t>(args.predictive);
  const RunSettings run_settings = scenario.run_settings();
  config.settings.seed = run_settings.seed;
  const std::vector<Prior>& priors = config.priors;
  // Each prior's finite ends must be values the model accepts.
  for (const auto& p : priors) {
    for (const double end : {p.low, p.high}) {
      if (!std::isfinite(end)) continue;
      std::vector<std::string> overrides = args.overrides;
      overrides.push_back(fmt::format("{}={}", p.parameter, end));
      (void)prepare_scenario(args.scenario, overrides, args.seed, args.scale);
    }
  }

  // A synthetic record: the statistics of one run with known values.
  std::vector<double> truth_values(priors.size(), NAN);
  std::vector<FitStatistic> truth;
  if (!args.truth.empty()) {
    std::vector<std::string> overrides = args.overrides;
    overrides.insert(overrides.end(), args.truth.begin(), args.truth.end());
    std::map<std::string, std::string> labels;
    for (const auto& a : args.truth) labels[a] = "--truth '" + a + "'";
    const Scenario truth_scenario =
        prepare_scenario(args.scenario, overrides, args.seed, args.scale, labels).scenario;
    const RunResult truth_run = model.run(truth_scenario, RunOptions{kTruthRun});
    truth = truth_run.fit.statistics;
    for (std::size_t k = 0; k < priors.size(); ++k) {
      for (const auto& rp : truth_run.parameters) {
        if (rp.key == priors[k].parameter) {
          if (const auto* v = std::get_if<double>(&rp.value)) truth_values[k] = *v;
        }
      }
    }
  }

  // What decides the simulations: not the stopping rules (generations,
  // min_acceptance) nor the number of predictive runs, so a calibration may
  // be carried further, or cut shorter, on the same stored batches.
  std::string settings_text = fmt::format("population={} quantile={}", config.settings.population,
                                          config.settings.quantile);
  for (const auto& p : priors) settings_text += " " + p.parameter + "~" + p.describe();
  for (const auto& a : args.truth) settings_text += " truth:" + a;
  const std::string hash = configuration_hash(scenario, settings_text);
  nlohmann::json description = many_run_manifest("calibration", scenario, prepared.overrides, hash,
                                                 communicator, args.threads);
  description["settings"] = settings_text;
  description["generations"] = config.settings.max_generations;
  description["min_acceptance"] = config.settings.min_acceptance;
  description["predictive"] = config.predictive;
  const std::filesystem::path folder = output_folder(args.out, scenario, "calibration");
  std::optional<ResultStore> store;
  if (communicator.is_root()) {
    store.emplace(folder, "calibration", hash, description, "record.json");
  }
  set_thread_count(args.threads);
  const int threads = thread_count();
  const ProgressMode mode = progress_mode_for_stderr(args.quiet);

  const auto evaluate = [&](const std::vector<ensemble::Proposal>& batch) {
    const std::string key = fmt::format("generation_{:02}/attempt_{:07}", batch.front().generation,
                                        batch.front().attempt);
    std::string cached = communicator.is_root() && store->has(key) ? "1" : "0";
    communicator.broadcast(cached);
    std::string distances_text;
    if (cached == "1") {
      if (communicator.is_root()) {
        const json record = json::parse(store->record(key));
        json distances = json::array();
        for (const auto& p : record.at("proposals")) distances.push_back(p.at("distance"));
        if (distances.size() != batch.size()) {
          throw std::runtime_error(fmt::format("stored batch {} does not match this run", key));
        }
        distances_text = distances.dump();
      }
    } else {
      std::vector<std::uint64_t> jobs(batch.size());
      for (std::size_t i = 0; i < jobs.size(); ++i) jobs[i] = i;
      std::vector<json> results(batch.size());
      std::optional<Progress> progress;
      if (communicator.is_root()) {
        progress.emplace(fmt::format("calibrate: generation {}, attempts from {}",
                                     batch.front().generation, batch.front().attempt),
                         batch.size(), 0, "runs", mode);
      }
      ensemble::run_jobs(
          communicator, jobs, threads,
          [&](std::uint64_t i) {
            const auto& proposal = batch[i];
            const Scenario s = with_values(args, priors, proposal.theta);
            const RunResult r =
                model.run(s, RunOptions{attempt_run(proposal.generation, proposal.attempt)});
            if (r.fit.statistics.empty()) {
              throw std::runtime_error(fmt::format(
                  "the {} model compares no statistic with a record: nothing to calibrate to",
                  model.name));
            }
            const auto statistics =
                truth.empty() ? r.fit.statistics : ensemble::against_truth(r.fit.statistics, truth);
            json stats = json::object();
            for (const auto& st : statistics) stats[st.name] = st.simulated;
            const double d = ensemble::distance_to_record(statistics);
            return json{{"attempt", proposal.attempt},
                        {"theta", proposal.theta},
                        {"distance", std::isfinite(d) ? json(d) : json(nullptr)},
                        {"statistics", stats}}
                .dump();
          },
          [&](std::uint64_t i, std::string message) {
            results[i] = json::parse(message);
            progress->advance();
          });
      if (communicator.is_root()) {
        progress->finish();
        json record = {{"generation", batch.front().generation},
                       {"first_attempt", batch.front().attempt},
                       {"proposals", results}};
        store->put(key, {{"record.json", record.dump() + "\n"}});
        json distances = json::array();
        for (const auto& r : results) distances.push_back(r.at("distance"));
        distances_text = distances.dump();
      }
    }
    communicator.broadcast(distances_text);
    std::vector<double> distances;
    for (const auto& d : json::parse(distances_text)) distances.push_back(json_number(d));
    return distances;
  };
  const ensemble::AbcResult result = ensemble::abc_smc(priors, config.settings, evaluate);

  // The posterior-predictive runs: parameters drawn from the final population
  // by weight.
  const RandomStream stream(run_settings.seed, kPredictiveRun);
  std::vector<Scenario> predictive_scenarios;
  for (std::size_t i = 0; i < config.predictive; ++i) {
    const double u = stream.draw(0, i, CalibrationPurpose::PredictiveDraw).uniform();
    double cumulative = 0;
    std::size_t chosen = result.population.size() - 1;
    for (std::size_t k = 0; k < result.population.size(); ++k) {
      cumulative += result.population[k].weight;
      if (u < cumulative) {
        chosen = k;
        break;
      }
    }
    predictive_scenarios.push_back(with_values(args, priors, result.population[chosen].theta));
  }
  std::vector<std::uint64_t> jobs(config.predictive);
  for (std::size_t i = 0; i < jobs.size(); ++i) jobs[i] = i;
  StoredRuns plan;
  plan.record_file = "record.json";
  plan.label = "calibrate: posterior-predictive runs";
  plan.key = [](std::uint64_t i) { return fmt::format("predictive/{:04}", i); };
  plan.run = [&](std::uint64_t i) {
    return model.run(predictive_scenarios[i], RunOptions{kPredictiveRun + i});
  };
  const auto digests =
      run_stored(communicator, store ? &*store : nullptr, jobs, plan, threads, mode);
  if (!communicator.is_root()) return 0;

  const std::vector<double> truth_for_table =
      args.truth.empty() ? std::vector<double>{} : truth_values;
  const auto parameters = summarize_posterior(priors, result, truth_for_table);
  const Calendar& calendar = run_settings.calendar;
  write_table(folder, posterior_table(priors, result), calendar);
  write_table(folder, trace_table(priors, result), calendar);
  write_table(folder, posterior_summary_table(parameters), calendar);
  std::vector<FitStatistic> record;
  if (!digests.empty()) {
    record = digests.front().statistics;
    if (!truth.empty()) record = ensemble::against_truth(record, truth);
    write_table(folder, predictive_table(digests, record), calendar);
    const ensemble::EnsembleSummary summary = ensemble::summarize_ensemble(digests, calendar);
    Table outcomes = summary.outcomes;
    outcomes.file = "predictive_outcomes.csv";
    write_table(folder, outcomes, calendar);
    if (!summary.first_protests.rows.empty()) {
      Table firsts = summary.first_protests;
      firsts.file = "predictive_first_protest.csv";
      write_table(folder, firsts, calendar);
    }
  }
  nlohmann::json manifest = description;
  manifest["generations_run"] = result.trace.size();
  manifest["stop_reason"] = result.trace.back().stop_reason;
  manifest["wall_seconds"] =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  write_file_atomically(folder / "calibration.json", manifest.dump(2) + "\n");

  if (!args.quiet) {
    std::cout << fmt::format(
        "unrest calibrate: {} ({} model), ABC-SMC, {} particles, {} generations ({})\n",
        scenario.header().name, model.name, config.settings.population, result.trace.size(),
        result.trace.back().stop_reason);
    std::cout << "  generation  tolerance  accepted/simulated\n";
    for (const auto& g : result.trace) {
      std::cout << fmt::format("  {:>10}  {:>9}  {}/{}\n", g.generation, value_text(g.epsilon),
                               g.accepted, g.simulated);
    }
    std::cout << "  Posterior: median [90% interval] (prior 90% interval)"
              << (args.truth.empty() ? "" : " truth") << "\n";
    for (const auto& p : parameters) {
      std::cout << fmt::format(
          "    {:<24} {:>10} [{}, {}]  ({}, {}){}\n", p.name, value_text(p.median),
          value_text(p.q05), value_text(p.q95), value_text(p.prior_q05), value_text(p.prior_q95),
          std::isfinite(p.truth)
              ? fmt::format("  {} {}", value_text(p.truth),
                            p.truth >= p.q05 && p.truth <= p.q95 ? "inside" : "OUTSIDE")
              : std::string());
    }
    if (!digests.empty()) {
      std::cout << fmt::format("  Posterior-predictive check, {} runs: the record's statistics\n",
                               digests.size());
      const Table t = predictive_table(digests, record);
      for (const auto& row : t.rows) {
        std::cout << fmt::format(
            "    {:<40} record {:>8}  runs {:>8} [{}, {}]  inside {:.0f}%\n",
            std::get<std::string>(row[0]),
            std::get<double>(row[1]) == std::get<double>(row[2])
                ? value_text(std::get<double>(row[1]))
                : fmt::format("[{}, {}]", value_text(std::get<double>(row[1])),
                              value_text(std::get<double>(row[2]))),
            value_text(std::get<double>(row[4])), value_text(std::get<double>(row[3])),
            value_text(std::get<double>(row[5])), std::get<double>(row[6]) * 100);
      }
    }
    std::cout << fmt::format(
        "  files in {}/ (calibration.json, posterior.csv, posterior_summary.csv, trace.csv, "
        "predictive.csv, predictive_outcomes.csv)\n",
        folder.string());
  }
  return 0;
}

}  // namespace unrest::cli
