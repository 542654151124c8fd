// `unrest run --runs N`: N replicates and their distributions.

#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "commands.hpp"
#include "ensemble_outputs.hpp"
#include "prepared_scenario.hpp"
#include "unrest/core/threads.hpp"
#include "unrest/ensemble/ensemble_summary.hpp"
#include "unrest/ensemble/score_config.hpp"
#include "unrest/ensemble/stored_runs.hpp"
#include "unrest/io/atomic_file.hpp"
#include "unrest/io/result_store.hpp"
#include "unrest/io/run_outputs.hpp"
#include "unrest/io/score_json.hpp"
#include "unrest/report/progress.hpp"

namespace unrest::cli {

int ensemble_command(const RunArgs& args, const ensemble::Communicator& communicator) {
  const auto start = std::chrono::steady_clock::now();
  const PreparedScenario prepared =
      prepare_scenario(args.scenario, args.overrides, args.seed, args.scale);
  const Scenario& scenario = prepared.scenario;
  const ModelEntry& model = prepared.model();
  const ScenarioHeader header = scenario.header();
  const RunSettings settings = scenario.run_settings();
  const std::filesystem::path folder = output_folder(args.out, scenario, "ensemble");
  // The replicate count is not part of the configuration: replicate i is the
  // same whatever N, so a larger N later adds to the replicates there.
  const std::string hash = configuration_hash(scenario);
  const nlohmann::json description =
      many_run_manifest("ensemble", scenario, prepared.overrides, hash, communicator, args.threads);

  std::optional<ResultStore> store;
  std::vector<std::uint64_t> jobs(static_cast<std::size_t>(args.runs));
  for (std::size_t i = 0; i < jobs.size(); ++i) jobs[i] = i;
  const auto key = [](std::uint64_t i) { return fmt::format("replicates/{:04}", i); };
  if (communicator.is_root()) {
    store.emplace(folder, "ensemble", hash, description, ensemble::kDigestFile);
  }
  set_thread_count(args.threads);
  const int threads = thread_count();

  RunContext context;
  context.scenario = header;
  context.scenario_file = scenario.file();
  context.overrides = prepared.overrides;
  context.threads = 1;
  ensemble::StoredRuns plan;
  plan.key = key;
  plan.label = fmt::format("{}: {} runs", header.name, args.runs);
  plan.run = [&](std::uint64_t i) { return prepared.plan.simulate(RunOptions{i}); };
  plan.files = [&](const RunResult& result) { return render_run_outputs(result, context); };
  ProgressBars progress(progress_mode_for_stderr(args.quiet));
  const auto digests =
      ensemble::run_stored(communicator, store ? &*store : nullptr, jobs, plan, threads, progress);
  if (!communicator.is_root()) return 0;

  const ensemble::EnsembleSummary summary =
      ensemble::summarize_ensemble(digests, settings.calendar);
  IncompleteMark mark(folder);  // until the manifest is written
  for (const Table* t : {&summary.series, &summary.outcomes, &summary.replicates}) {
    write_table(folder, *t, settings.calendar);
  }
  if (!summary.first_protests.rows.empty()) {
    write_table(folder, summary.first_protests, settings.calendar);
  }
  const nlohmann::json fit =
      ensemble_fit_json(digests, ensemble::read_score_config(scenario).level);
  if (!fit.is_null()) write_file_atomically(folder / "fit.json", fit.dump(2) + "\n");
  nlohmann::json manifest = description;
  manifest["runs"] = args.runs;
  manifest["replicates"] =
      fmt::format("run index 0 to {} of seed {}", args.runs - 1, settings.seed);
  manifest["wall_seconds"] =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  write_file_atomically(folder / "ensemble.json", manifest.dump(2) + "\n");
  mark.complete();

  if (!args.quiet) {
    std::cout << fmt::format("unrest: {} ({} model), {} replicates of seed {}\n", header.name,
                             model.name, args.runs, settings.seed);
    for (const auto& line : summary.report) std::cout << line << "\n";
    std::cout << fmt::format(
        "  files in {}/ (ensemble.json, ensemble_timeseries.csv, ensemble_outcomes.csv, {}"
        "replicates.csv, {}replicates/NNNN/)\n",
        folder.string(), summary.first_protests.rows.empty() ? "" : "ensemble_first_protest.csv, ",
        digests.front().targets.empty() ? "" : "fit.json, ");
  }
  write_report_if_asked(args.report, folder, args.quiet);
  return 0;
}

}  // namespace unrest::cli
