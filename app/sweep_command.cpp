// `unrest sweep`: a grid or Latin hypercube over named parameters, with
// replicates per point.

#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "commands.hpp"
#include "ensemble_outputs.hpp"
#include "prepared_scenario.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/core/threads.hpp"
#include "unrest/ensemble/quantiles.hpp"
#include "unrest/ensemble/stored_runs.hpp"
#include "unrest/ensemble/sweep_design.hpp"
#include "unrest/ensemble/sweep_tables.hpp"
#include "unrest/io/atomic_file.hpp"
#include "unrest/io/result_store.hpp"
#include "unrest/io/run_outputs.hpp"
#include "unrest/report/progress.hpp"

namespace unrest::cli {

int sweep_command(const SweepArgs& args, const ensemble::Communicator& communicator) {
  const auto start = std::chrono::steady_clock::now();
  const PreparedScenario prepared =
      prepare_scenario(args.scenario, args.overrides, args.seed, args.scale);
  const Scenario& scenario = prepared.scenario;
  const ModelEntry& model = prepared.model();
  const std::vector<std::string> known = parameter_names(model);

  std::vector<ensemble::SweepParameter> parameters;
  for (const auto& spec : args.parameters) {
    try {
      parameters.push_back(ensemble::parse_sweep_parameter(spec));
    } catch (const std::invalid_argument& e) {
      throw InputError(SourceLocation{"--param", 0, 0}, e.what());
    }
    const std::string& name = parameters.back().name;
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      throw InputError(SourceLocation{"--param", 0, 0}, name,
                       fmt::format("is not a parameter of the {} model{}", model.name,
                                   did_you_mean(name, known)));
    }
  }
  const auto design =
      args.design == "lhs" ? ensemble::SweepDesign::LatinHypercube : ensemble::SweepDesign::Grid;
  std::vector<std::vector<double>> points;
  try {
    points = ensemble::sweep_points(parameters, design, args.points, args.design_seed);
  } catch (const std::invalid_argument& e) {
    throw InputError(SourceLocation{"--param", 0, 0}, e.what());
  }
  // Every point's plan, checked before any run.
  std::vector<PreparedModel> plans;
  for (const auto& point : points) {
    PreparedModel plan = prepared.plan;
    for (std::size_t k = 0; k < parameters.size(); ++k) {
      plan = plan.with(parameters[k].name, point[k], "--param '" + args.parameters[k] + "'");
    }
    plans.push_back(std::move(plan));
  }

  std::string design_text =
      fmt::format("{} points={} seed={}", args.design, points.size(), args.design_seed);
  for (const auto& spec : args.parameters) design_text += " " + spec;
  const std::string hash = configuration_hash(scenario, design_text);
  nlohmann::json description =
      many_run_manifest("sweep", scenario, prepared.overrides, hash, communicator, args.threads);
  description["design"] = design_text;
  const std::filesystem::path folder = output_folder(args.out, scenario, "sweep");

  const std::size_t runs = static_cast<std::size_t>(args.runs);
  std::vector<std::uint64_t> jobs(points.size() * runs);
  for (std::size_t i = 0; i < jobs.size(); ++i) jobs[i] = i;
  const auto key = [runs](std::uint64_t j) {
    return fmt::format("points/{:04}/{:03}", j / runs, j % runs);
  };
  std::optional<ResultStore> store;
  if (communicator.is_root())
    store.emplace(folder, "sweep", hash, description, ensemble::kDigestFile);
  set_thread_count(args.threads);
  ensemble::StoredRuns plan;
  plan.key = key;
  plan.label = fmt::format("sweep: {} points x {} runs", points.size(), runs);
  // Replicate r of every point uses run index r: common random numbers, so
  // differences between points are the parameters', not the draw's.
  plan.run = [&](std::uint64_t j) { return plans[j / runs].simulate(RunOptions{j % runs}); };
  ProgressBars progress(progress_mode_for_stderr(args.quiet));
  const auto digests = ensemble::run_stored(communicator, store ? &*store : nullptr, jobs, plan,
                                            thread_count(), progress);
  if (!communicator.is_root()) return 0;

  const Calendar calendar = scenario.run_settings().calendar;
  IncompleteMark mark(folder);  // until the manifest is written
  write_table(folder, ensemble::sweep_rows(parameters, points, runs, digests), calendar);
  write_table(folder, ensemble::point_summary(parameters, points, runs, digests), calendar);
  nlohmann::json manifest = description;
  manifest["points"] = points.size();
  manifest["runs_per_point"] = runs;
  manifest["wall_seconds"] =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  write_file_atomically(folder / "sweep.json", manifest.dump(2) + "\n");
  mark.complete();
  if (!args.quiet) {
    std::cout << fmt::format(
        "unrest sweep: {} ({} model), {} design, {} points x {} runs; files in {}/ (sweep.json, "
        "sweep.csv, sweep_summary.csv)\n",
        scenario.header().name, model.name, args.design, points.size(), runs, folder.string());
  }
  write_report_if_asked(args.report, folder, args.quiet);
  return 0;
}

}  // namespace unrest::cli
