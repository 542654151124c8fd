// `unrest compare BASE OTHER...`: ensembles of each scenario and the paired
// differences of their outcomes.

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <iostream>

#include "commands.hpp"
#include "ensemble_outputs.hpp"
#include "prepared_scenario.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/threads.hpp"
#include "unrest/ensemble/comparison.hpp"
#include "unrest/ensemble/stored_runs.hpp"
#include "unrest/io/atomic_file.hpp"
#include "unrest/io/result_store.hpp"
#include "unrest/io/run_outputs.hpp"
#include "unrest/report/progress.hpp"

namespace unrest::cli {

namespace {

// The outcomes the model names for comparisons, if it reports them all;
// otherwise every summary value.
std::vector<std::string> outcomes_of(const ModelEntry& model, const ensemble::ReplicateDigest& d) {
  std::vector<std::string> names(model.compared_outcomes.begin(), model.compared_outcomes.end());
  const bool all = !names.empty() && std::all_of(names.begin(), names.end(),
                                                 [&](const auto& o) { return d.has_value(o); });
  if (all) return names;
  names.clear();
  for (const auto& s : d.summary) names.push_back(s.name);
  return names;
}

std::string signed_text(double x) {
  if (!std::isfinite(x)) return "NA";
  if (std::abs(x) >= 100 || x == std::round(x)) return fmt::format("{:+.0f}", x);
  return fmt::format("{:+.3g}", x);
}

std::string plain_text(double x) {
  if (!std::isfinite(x)) return "NA";
  if (std::abs(x) >= 100 || x == std::round(x)) return fmt::format("{:.0f}", x);
  return fmt::format("{:.3g}", x);
}

}  // namespace

int compare_command(const CompareArgs& args, const ensemble::Communicator& communicator) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<PreparedScenario> prepared;
  for (const auto& name : args.scenarios) {
    prepared.push_back(prepare_scenario(name, args.overrides, args.seed, args.scale));
    // Scenarios of different models share no outcomes: the table would be
    // all NA.
    if (&prepared.back().model() != &prepared.front().model()) {
      throw InputError(SourceLocation{prepared.back().scenario.file(), 0, 0}, "scenario.model",
                       fmt::format("cannot compare a {} scenario with the {} scenario {}: "
                                   "compare scenarios of one model",
                                   prepared.back().model().name, prepared.front().model().name,
                                   prepared.front().scenario.file()));
    }
  }
  const std::filesystem::path folder =
      args.out.empty()
          ? std::filesystem::path("out") / ("compare-" + prepared.front().scenario.header().name)
          : std::filesystem::path(args.out);
  set_thread_count(args.threads);
  const int threads = thread_count();
  std::vector<std::uint64_t> jobs(static_cast<std::size_t>(args.runs));
  for (std::size_t i = 0; i < jobs.size(); ++i) jobs[i] = i;
  const auto key = [](std::uint64_t i) { return fmt::format("replicates/{:04}", i); };

  ProgressBars progress(progress_mode_for_stderr(args.quiet));
  std::vector<std::vector<ensemble::ReplicateDigest>> ensembles;
  std::vector<std::string> names;
  for (std::size_t s = 0; s < prepared.size(); ++s) {
    const Scenario& scenario = prepared[s].scenario;
    const std::string name = scenario.header().name;
    if (std::find(names.begin(), names.end(), name) != names.end()) {
      throw InputError(
          SourceLocation{scenario.file(), 0, 0}, "scenario.name",
          fmt::format(
              "two scenarios to compare are both named \"{}\"; give each its own [scenario] name",
              name));
    }
    names.push_back(name);
    const std::string hash = configuration_hash(scenario);
    std::optional<ResultStore> store;
    if (communicator.is_root()) {
      store.emplace(folder / name, "ensemble", hash,
                    many_run_manifest("ensemble", scenario, prepared[s].overrides, hash,
                                      communicator, args.threads),
                    ensemble::kDigestFile);
    }
    ensemble::StoredRuns plan;
    plan.key = key;
    plan.label = fmt::format("compare: {} ({} of {})", name, s + 1, prepared.size());
    plan.run = [&](std::uint64_t i) { return prepared[s].plan.simulate(RunOptions{i}); };
    ensembles.push_back(ensemble::run_stored(communicator, store ? &*store : nullptr, jobs, plan,
                                             threads, progress));
  }
  if (!communicator.is_root()) return 0;

  const std::vector<std::string> outcomes =
      outcomes_of(prepared.front().model(), ensembles.front().front());
  std::vector<std::vector<ensemble::OutcomeDifference>> rows;
  for (std::size_t s = 1; s < ensembles.size(); ++s) {
    rows.push_back(ensemble::compare_outcomes(ensembles.front(), ensembles[s], outcomes));
  }
  const std::vector<std::string> others(names.begin() + 1, names.end());
  const Calendar calendar = prepared.front().scenario.run_settings().calendar;
  IncompleteMark mark(folder);  // until the manifest is written
  write_table(folder, ensemble::comparison_table(others, rows), calendar);
  write_table(folder, ensemble::comparison_series(names, ensembles), calendar);
  nlohmann::json manifest = {
      {"kind", "compare"},          {"base", names.front()},       {"others", others},
      {"runs", args.runs},          {"overrides", args.overrides}, {"ranks", communicator.size()},
      {"threads_per_rank", threads}};
  manifest["wall_seconds"] =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  write_file_atomically(folder / "compare.json", manifest.dump(2) + "\n");
  mark.complete();

  if (!args.quiet) {
    std::cout << fmt::format(
        "unrest compare: {} replicate pairs (replicate i of each scenario shares its random "
        "stream)\n  base: {}\n",
        args.runs, names.front());
    std::cout << fmt::format("  {:<28} {:<17} {:>10} {:>10} {:>28} {:>8}\n", "scenario", "outcome",
                             "base", "scenario", "difference median [90%]", "higher");
    for (std::size_t s = 0; s < rows.size(); ++s) {
      for (const auto& d : rows[s]) {
        std::cout << fmt::format(
            "  {:<28} {:<17} {:>10} {:>10} {:>28} {:>7.0f}%\n", others[s], d.outcome,
            plain_text(d.base.median()), plain_text(d.other.median()),
            fmt::format("{} [{}, {}]", signed_text(d.difference.median()),
                        signed_text(d.difference.low90()), signed_text(d.difference.high90())),
            d.share_higher * 100);
      }
    }
    std::cout << fmt::format(
        "  files in {}/ (compare.csv, compare_timeseries.csv, compare.json, one folder per "
        "scenario)\n",
        folder.string());
  }
  write_report_if_asked(args.report, folder, args.quiet);
  return 0;
}

}  // namespace unrest::cli
