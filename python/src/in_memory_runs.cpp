#include "in_memory_runs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <nlohmann/json.hpp>

#include "unrest/core/error.hpp"
#include "unrest/core/threads.hpp"
#include "unrest/core/version.hpp"
#include "unrest/ensemble/communicator.hpp"
#include "unrest/ensemble/comparison.hpp"
#include "unrest/ensemble/digest.hpp"
#include "unrest/ensemble/ensemble_summary.hpp"
#include "unrest/ensemble/job_runner.hpp"
#include "unrest/ensemble/score_config.hpp"
#include "unrest/io/csv.hpp"
#include "unrest/io/run_outputs.hpp"
#include "unrest/io/score_json.hpp"

namespace unrest::python {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

/// This process alone. Python started by `mpirun -n K` would make K
/// processes that each wait for the others' replicates: refused.
const ensemble::Communicator& single_process() {
  static int argc = 0;
  static char** argv = nullptr;
  static const ensemble::Communicator communicator(argc, argv);
  if (communicator.size() > 1) {
    throw InputError(SourceLocation{"mpirun", 0, 0},
                     "the Python package runs in one process; start Python without mpirun "
                     "and use threads=, or run the command line under mpirun");
  }
  return communicator;
}

/// The digests of replicates 0..runs-1, spread over the threads by the
/// ensemble layer's job runner and read back from their stored form, as the
/// command line's ensembles are.
std::vector<ensemble::ReplicateDigest> replicate_digests(const LoadedScenario& loaded, int runs,
                                                         int threads) {
  std::vector<std::uint64_t> jobs(static_cast<std::size_t>(runs));
  for (std::size_t i = 0; i < jobs.size(); ++i) jobs[i] = i;
  std::map<std::uint64_t, std::string> records;
  ensemble::run_jobs(
      single_process(), jobs, threads,
      [&](std::uint64_t job) {
        return ensemble::digest_of(loaded.plan.simulate(RunOptions{job})).to_json();
      },
      [&](std::uint64_t job, std::string record) { records[job] = std::move(record); });
  std::vector<ensemble::ReplicateDigest> digests;
  for (const auto& [job, record] : records) {
    digests.push_back(ensemble::ReplicateDigest::from_json(record));
  }
  return digests;
}

void add_table(Files& files, const std::string& folder, const Table& table,
               const Calendar& calendar) {
  files.emplace_back(folder + table.file, table_csv(table, calendar));
}

void add_summaries(Files& files, const std::string& folder,
                   const std::vector<ensemble::ReplicateDigest>& digests,
                   const Calendar& calendar) {
  const ensemble::EnsembleSummary summary = ensemble::summarize_ensemble(digests, calendar);
  for (const Table* t : {&summary.series, &summary.outcomes, &summary.replicates}) {
    add_table(files, folder, *t, calendar);
  }
  if (!summary.first_protests.rows.empty()) {
    add_table(files, folder, summary.first_protests, calendar);
  }
}

void check_runs(int runs) {
  if (runs < 1) {
    throw InputError(SourceLocation{"runs", 0, 0}, "runs",
                     fmt::format("{} runs; expected a whole number of at least 1", runs));
  }
}

/// The names a comparison shows: the model's compared outcomes when every
/// replicate reports them, otherwise every summary value (as `unrest compare`).
std::vector<std::string> compared_outcomes(const ModelEntry& model,
                                           const ensemble::ReplicateDigest& digest) {
  std::vector<std::string> names(model.compared_outcomes.begin(), model.compared_outcomes.end());
  const bool all = !names.empty() && std::all_of(names.begin(), names.end(), [&](const auto& o) {
    return digest.has_value(o);
  });
  if (all) return names;
  names.clear();
  for (const auto& s : digest.summary) names.push_back(s.name);
  return names;
}

}  // namespace

Files run_files(const LoadedScenario& loaded, int threads) {
  set_thread_count(threads);
  RunContext context;
  context.scenario = loaded.scenario.header();
  context.scenario_file = loaded.scenario.file();
  context.overrides = loaded.overrides;
  context.threads = thread_count();
  const auto start = Clock::now();
  const RunResult result = loaded.plan.simulate();
  context.wall_seconds = seconds_since(start);
  return render_run_outputs(result, context);
}

Files ensemble_files(const LoadedScenario& loaded, int runs, int threads) {
  check_runs(runs);
  const auto start = Clock::now();
  set_thread_count(threads);
  const RunSettings settings = loaded.scenario.run_settings();
  const auto digests = replicate_digests(loaded, runs, thread_count());
  Files files;
  add_summaries(files, "", digests, settings.calendar);
  const nlohmann::json fit =
      ensemble_fit_json(digests, ensemble::read_score_config(loaded.scenario).level);
  if (!fit.is_null()) files.emplace_back("fit.json", fit.dump(2) + "\n");
  const ScenarioHeader header = loaded.scenario.header();
  const nlohmann::json manifest = {
      {"kind", "ensemble"},
      {"unrest_version", std::string(version())},
      {"git_commit", std::string(git_commit())},
      {"scenario",
       {{"name", header.name}, {"file", loaded.scenario.file()}, {"model", header.model}}},
      {"overrides", loaded.overrides},
      {"seed", settings.seed},
      {"runs", runs},
      {"replicates", fmt::format("run index 0 to {} of seed {}", runs - 1, settings.seed)},
      {"threads_per_rank", thread_count()},
      {"wall_seconds", seconds_since(start)}};
  files.emplace_back("ensemble.json", manifest.dump(2) + "\n");
  return files;
}

Files compare_files(const std::vector<LoadedScenario>& scenarios, int runs, int threads) {
  check_runs(runs);
  if (scenarios.size() < 2) {
    throw InputError(SourceLocation{"compare", 0, 0}, "others",
                     "nothing to compare; expected a base scenario and at least one other");
  }
  const auto start = Clock::now();
  set_thread_count(threads);
  const LoadedScenario& base = scenarios.front();
  std::vector<std::string> names;
  std::vector<std::vector<ensemble::ReplicateDigest>> ensembles;
  Files files;
  for (const auto& s : scenarios) {
    if (&s.plan.model() != &base.plan.model()) {
      throw InputError(
          SourceLocation{s.scenario.file(), 0, 0}, "scenario.model",
          fmt::format("cannot compare a {} scenario with the {} scenario {}: "
                      "compare scenarios of one model",
                      s.plan.model().name, base.plan.model().name, base.scenario.file()));
    }
    const std::string name = s.scenario.header().name;
    if (std::find(names.begin(), names.end(), name) != names.end()) {
      throw InputError(SourceLocation{s.scenario.file(), 0, 0}, "scenario.name",
                       fmt::format("two scenarios to compare are both named \"{}\"", name));
    }
    names.push_back(name);
    ensembles.push_back(replicate_digests(s, runs, thread_count()));
    add_summaries(files, name + "/", ensembles.back(), s.scenario.run_settings().calendar);
  }
  const auto outcomes = compared_outcomes(base.plan.model(), ensembles.front().front());
  std::vector<std::vector<ensemble::OutcomeDifference>> rows;
  for (std::size_t s = 1; s < ensembles.size(); ++s) {
    rows.push_back(ensemble::compare_outcomes(ensembles.front(), ensembles[s], outcomes));
  }
  const std::vector<std::string> others(names.begin() + 1, names.end());
  add_table(files, "", ensemble::comparison_table(others, rows),
            base.scenario.run_settings().calendar);
  add_table(files, "", ensemble::comparison_series(names, ensembles),
            base.scenario.run_settings().calendar);
  const nlohmann::json manifest = {{"kind", "compare"},
                                   {"base", names.front()},
                                   {"others", others},
                                   {"runs", runs},
                                   {"overrides", base.overrides},
                                   {"threads_per_rank", thread_count()},
                                   {"wall_seconds", seconds_since(start)}};
  files.emplace_back("compare.json", manifest.dump(2) + "\n");
  return files;
}

Files summary_files(const LoadedScenario& loaded, const std::vector<std::string>& digests) {
  if (digests.empty()) {
    throw InputError(SourceLocation{"digests", 0, 0}, "no replicates to summarise");
  }
  std::vector<ensemble::ReplicateDigest> read;
  for (const auto& text : digests) read.push_back(ensemble::ReplicateDigest::from_json(text));
  Files files;
  add_summaries(files, "", read, loaded.scenario.run_settings().calendar);
  return files;
}

}  // namespace unrest::python
