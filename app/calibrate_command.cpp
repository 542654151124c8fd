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
#include "unrest/core/error.hpp"
#include "unrest/core/threads.hpp"
#include "unrest/ensemble/calibration.hpp"
#include "unrest/ensemble/calibration_tables.hpp"
#include "unrest/ensemble/distance.hpp"
#include "unrest/ensemble/ensemble_summary.hpp"
#include "unrest/ensemble/score_config.hpp"
#include "unrest/ensemble/score_tables.hpp"
#include "unrest/io/atomic_file.hpp"
#include "unrest/io/result_store.hpp"
#include "unrest/io/run_outputs.hpp"
#include "unrest/report/progress.hpp"

namespace unrest::cli {

namespace {

using ensemble::Prior;

std::string value_text(double x) {
  if (!std::isfinite(x)) return "NA";
  return fmt::format("{:.4g}", x);
}

/// What the posterior-predictive runs of one scenario are written as.
struct PredictiveCheck {
  std::vector<FitStatistic> record;             ///< the record's statistics (or the truth's)
  std::vector<ensemble::ScoredVariant> scores;  ///< the runs scored, with the baselines
};

/// Writes the posterior-predictive files of one scenario's runs, named from
/// `prefix` ("predictive": predictive.csv, predictive_outcomes.csv,
/// predictive_first_protest.csv, predictive_score_groups.csv,
/// predictive_score_targets.csv).
PredictiveCheck write_predictive(const std::filesystem::path& folder, const std::string& prefix,
                                 const std::vector<ensemble::ReplicateDigest>& digests,
                                 const Scenario& scenario, const std::vector<FitStatistic>& truth) {
  PredictiveCheck check;
  if (digests.empty()) return check;
  const Calendar& calendar = scenario.run_settings().calendar;
  check.record = digests.front().statistics;
  if (!truth.empty()) check.record = ensemble::against_truth(check.record, truth);
  Table predictive = ensemble::predictive_table(digests, check.record);
  predictive.file = prefix + ".csv";
  write_table(folder, predictive, calendar);
  const ensemble::EnsembleSummary summary = ensemble::summarize_ensemble(digests, calendar);
  Table outcomes = summary.outcomes;
  outcomes.file = prefix + "_outcomes.csv";
  write_table(folder, outcomes, calendar);
  if (!summary.first_protests.rows.empty()) {
    Table firsts = summary.first_protests;
    firsts.file = prefix + "_first_protest.csv";
    write_table(folder, firsts, calendar);
  }
  if (truth.empty() && !digests.front().targets.empty()) {
    // The posterior-predictive check per score: the runs scored as
    // `unrest score` scores the model, beside the record's baselines.
    const ensemble::ScoreConfig fit = ensemble::read_score_config(scenario);
    check.scores.push_back(ensemble::score_ensemble(
        "posterior_predictive", "model", "runs drawn from the posterior", digests, fit.level));
    for (const auto& b : ensemble::record_baselines(digests.front().targets, "first_protest")) {
      check.scores.push_back(ensemble::score_baseline(b, fit.level));
    }
    for (Table t : {ensemble::groups_table(check.scores), ensemble::targets_table(check.scores)}) {
      t.file = prefix + "_" + t.file;
      write_table(folder, t, calendar);
    }
  }
  return check;
}

/// Prints the per-score predictive check of one scenario.
void print_predictive_scores(const std::string& title, std::size_t runs,
                             const std::vector<ensemble::ScoredVariant>& scores) {
  if (scores.empty()) return;
  std::cout << fmt::format(
      "  {} ({} runs, as `unrest score` scores them):\n"
      "    {:<24} {:>8} {:>8} {:>8} {:>9} {:>9}\n",
      title, runs, "group", "MAE", "CRPS", "covered", "on target", "Spearman");
  for (const auto& g : scores.front().groups) {
    std::cout << fmt::format("    {:<24} {:>8.1f} {:>8.1f} {:>8.0f}% {:>8.0f}% {:>9}\n", g.group,
                             g.mean_abs_error, g.crps, 100 * g.coverage, 100 * g.on_target,
                             std::isfinite(g.rank_correlation)
                                 ? fmt::format("{:.2f}", g.rank_correlation)
                                 : std::string("-"));
  }
}

}  // namespace

int calibrate_command(const CalibrateArgs& args, const ensemble::Communicator& communicator) {
  const auto start = std::chrono::steady_clock::now();
  const PreparedScenario prepared =
      prepare_scenario(args.scenario, args.overrides, args.seed, args.scale);
  const Scenario& scenario = prepared.scenario;
  const ModelEntry& model = prepared.model();
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
  ensemble::check_prior_ends(prepared.plan, priors);

  // The scenarios fitted jointly: the same overrides, scale and seed.
  if (!args.with.empty() && !args.truth.empty()) {
    throw InputError(SourceLocation{"--with", 0, 0},
                     "a synthetic record (--truth) is one scenario's: leave out --with");
  }
  std::vector<ensemble::FittedModel> fitted = {{scenario.header().name, prepared.plan}};
  std::vector<PreparedScenario> joined;
  for (const auto& name : args.with) {
    joined.push_back(prepare_scenario(name, args.overrides, args.seed, args.scale));
    const std::string& joined_name = joined.back().scenario.header().name;
    for (const auto& f : fitted) {
      if (f.name == joined_name) {
        throw InputError(SourceLocation{"--with", 0, 0}, name,
                         fmt::format("the scenario \"{}\" is fitted already", joined_name));
      }
    }
    ensemble::check_prior_ends(joined.back().plan, priors);
    fitted.push_back({joined_name, joined.back().plan});
  }

  // A synthetic record: the statistics of one run with known values. It is
  // a record of statistics, so such a calibration judges runs by them.
  if (!args.truth.empty()) config.distance = ensemble::CalibrationDistance::Statistics;
  ensemble::SyntheticRecord truth;
  if (!args.truth.empty()) {
    std::vector<std::string> overrides = args.overrides;
    overrides.insert(overrides.end(), args.truth.begin(), args.truth.end());
    std::map<std::string, std::string> labels;
    for (const auto& a : args.truth) labels[a] = "--truth '" + a + "'";
    truth = ensemble::synthetic_record(
        prepare_scenario(args.scenario, overrides, args.seed, args.scale, labels).plan, priors);
  }

  // What decides the simulations: not the stopping rules (generations,
  // min_acceptance) nor the number of predictive runs, so a calibration may
  // be carried further, or cut shorter, on the same stored batches.
  std::string settings_text = fmt::format("population={} quantile={}", config.settings.population,
                                          config.settings.quantile);
  for (const auto& p : priors) settings_text += " " + p.parameter + "~" + p.describe();
  for (const auto& a : args.truth) settings_text += " truth:" + a;
  for (const auto& j : joined) settings_text += " with:" + j.scenario.fingerprint();
  const std::string hash = configuration_hash(scenario, settings_text);
  nlohmann::json description = many_run_manifest("calibration", scenario, prepared.overrides, hash,
                                                 communicator, args.threads);
  description["settings"] = settings_text;
  description["generations"] = config.settings.max_generations;
  description["min_acceptance"] = config.settings.min_acceptance;
  description["predictive"] = config.predictive;
  if (!joined.empty()) {
    description["with"] = nlohmann::json::array();
    for (std::size_t m = 1; m < fitted.size(); ++m) description["with"].push_back(fitted[m].name);
  }
  const std::filesystem::path folder = output_folder(args.out, scenario, "calibration");
  std::optional<ResultStore> store;
  if (communicator.is_root()) {
    store.emplace(folder, "calibration", hash, description, "record.json");
  }
  set_thread_count(args.threads);
  const int threads = thread_count();

  ProgressBars progress(progress_mode_for_stderr(args.quiet));
  const ensemble::CalibrationResult calibration = ensemble::calibrate(
      communicator, store ? &*store : nullptr, fitted, config, truth.statistics, threads, progress);
  if (!communicator.is_root()) return 0;
  const ensemble::AbcResult& result = calibration.abc;
  const std::vector<ensemble::ReplicateDigest>& digests = calibration.predictive.front();

  const auto parameters = ensemble::summarize_posterior(priors, result, truth.values);
  const Calendar& calendar = run_settings.calendar;
  IncompleteMark mark(folder);  // until the manifest is written
  write_table(folder, ensemble::posterior_table(priors, result), calendar);
  write_table(folder, ensemble::trace_table(priors, result), calendar);
  write_table(folder, ensemble::posterior_summary_table(parameters), calendar);
  const PredictiveCheck check =
      write_predictive(folder, "predictive", digests, scenario, truth.statistics);
  const std::vector<FitStatistic>& record = check.record;
  const std::vector<ensemble::ScoredVariant>& predictive_scores = check.scores;
  std::vector<PredictiveCheck> joined_checks;
  for (std::size_t m = 1; m < fitted.size(); ++m) {
    joined_checks.push_back(write_predictive(folder, "predictive_" + fitted[m].name,
                                             calibration.predictive[m], joined[m - 1].scenario,
                                             {}));
  }
  nlohmann::json manifest = description;
  manifest["generations_run"] = result.trace.size();
  manifest["stop_reason"] = result.trace.back().stop_reason;
  manifest["wall_seconds"] =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  write_file_atomically(folder / "calibration.json", manifest.dump(2) + "\n");
  mark.complete();

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
      const Table t = ensemble::predictive_table(digests, record);
      for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const double low = t.number(r, "record_low"), high = t.number(r, "record_high");
        std::cout << fmt::format("    {:<40} record {:>8}  runs {:>8} [{}, {}]  inside {:.0f}%\n",
                                 t.text(r, "statistic"),
                                 low == high
                                     ? value_text(low)
                                     : fmt::format("[{}, {}]", value_text(low), value_text(high)),
                                 value_text(t.number(r, "median")), value_text(t.number(r, "q05")),
                                 value_text(t.number(r, "q95")), t.number(r, "share_inside") * 100);
      }
    }
    print_predictive_scores(fitted.size() > 1
                                ? "Posterior-predictive check per score of " + fitted[0].name
                                : "Posterior-predictive check per score",
                            digests.size(), predictive_scores);
    for (std::size_t m = 1; m < fitted.size(); ++m) {
      print_predictive_scores("Posterior-predictive check per score of " + fitted[m].name,
                              calibration.predictive[m].size(), joined_checks[m - 1].scores);
    }
    std::cout << fmt::format(
        "  files in {}/ (calibration.json, posterior.csv, posterior_summary.csv, trace.csv, "
        "predictive.csv, predictive_outcomes.csv{}{})\n",
        folder.string(),
        predictive_scores.empty() ? ""
                                  : ", predictive_score_groups.csv, "
                                    "predictive_score_targets.csv",
        fitted.size() > 1 ? ", and the same as predictive_<scenario>*.csv for each --with" : "");
  }
  write_report_if_asked(args.report, folder, args.quiet);
  return 0;
}

}  // namespace unrest::cli
