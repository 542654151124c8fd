// `unrest sweep`: a grid or Latin hypercube over named parameters, with
// replicates per point.

#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "commands.hpp"
#include "ensemble_outputs.hpp"
#include "prepared_scenario.hpp"
#include "stored_runs.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/core/threads.hpp"
#include "unrest/ensemble/quantiles.hpp"
#include "unrest/ensemble/sweep_design.hpp"
#include "unrest/io/atomic_file.hpp"

namespace unrest::cli {

namespace {

using ensemble::ReplicateDigest;

std::string assignment(const std::string& name, double value) {
  return fmt::format("{}={}", name, value);
}

Table sweep_rows(const std::vector<ensemble::SweepParameter>& parameters,
                 const std::vector<std::vector<double>>& points, std::size_t runs,
                 const std::vector<ReplicateDigest>& digests) {
  Table t;
  t.file = "sweep.csv";
  t.columns = {{"point", ColumnKind::Integer, "design point"},
               {"replicate", ColumnKind::Integer, "replicate (run index) at the point"}};
  for (const auto& p : parameters) t.columns.push_back({p.name, ColumnKind::Real, "swept value"});
  t.columns.push_back({"statistic", ColumnKind::Text, "summary value or fit score"});
  t.columns.push_back({"value", ColumnKind::Real, "its value in this run"});
  for (std::size_t point = 0; point < points.size(); ++point) {
    for (std::size_t r = 0; r < runs; ++r) {
      const ReplicateDigest& d = digests[point * runs + r];
      const auto add = [&](const std::string& name, double value) {
        std::vector<Cell> row = {static_cast<double>(point), static_cast<double>(r)};
        for (const double v : points[point]) row.emplace_back(v);
        row.emplace_back(name);
        row.emplace_back(value);
        t.rows.push_back(std::move(row));
      };
      for (const auto& s : d.summary) add(s.name, s.value);
      for (const auto& s : d.scores) add(s.name, s.value);
    }
  }
  return t;
}

Table point_summary(const std::vector<ensemble::SweepParameter>& parameters,
                    const std::vector<std::vector<double>>& points, std::size_t runs,
                    const std::vector<ReplicateDigest>& digests) {
  Table t;
  t.file = "sweep_summary.csv";
  t.columns = {{"point", ColumnKind::Integer, "design point"}};
  for (const auto& p : parameters) t.columns.push_back({p.name, ColumnKind::Real, "swept value"});
  t.columns.push_back({"statistic", ColumnKind::Text, "summary value or fit score"});
  t.columns.push_back({"replicates", ColumnKind::Integer, "runs at the point"});
  t.columns.push_back({"mean", ColumnKind::Real, "mean over the replicates"});
  t.columns.push_back({"q05", ColumnKind::Real, "5% quantile"});
  t.columns.push_back({"median", ColumnKind::Real, "median"});
  t.columns.push_back({"q95", ColumnKind::Real, "95% quantile"});
  const ReplicateDigest& first = digests.front();
  std::vector<std::string> names;
  for (const auto& s : first.summary) names.push_back(s.name);
  for (const auto& s : first.scores) names.push_back(s.name);
  for (std::size_t point = 0; point < points.size(); ++point) {
    for (const auto& name : names) {
      std::vector<double> sample;
      for (std::size_t r = 0; r < runs; ++r) {
        const ReplicateDigest& d = digests[point * runs + r];
        sample.push_back(d.has_value(name) ? d.value(name) : NAN);
      }
      const ensemble::Distribution dist = ensemble::describe(sample);
      std::vector<Cell> row = {static_cast<double>(point)};
      for (const double v : points[point]) row.emplace_back(v);
      row.emplace_back(name);
      row.emplace_back(static_cast<double>(dist.n));
      row.emplace_back(dist.mean);
      row.emplace_back(dist.low90());
      row.emplace_back(dist.median());
      row.emplace_back(dist.high90());
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

}  // namespace

int sweep_command(const SweepArgs& args, const ensemble::Communicator& communicator) {
  const auto start = std::chrono::steady_clock::now();
  const PreparedScenario prepared =
      prepare_scenario(args.scenario, args.overrides, args.seed, args.scale);
  const Scenario& scenario = prepared.scenario;
  const ModelEntry& model = *prepared.model;
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
  // Every point's scenario, checked before any run.
  // (Loaded afresh rather than copied: a copy of a TOML tree loses the file
  // and line of each key that error messages need.)
  std::vector<Scenario> scenarios;
  for (const auto& point : points) {
    std::vector<std::string> overrides = args.overrides;
    std::map<std::string, std::string> labels;
    for (std::size_t k = 0; k < parameters.size(); ++k) {
      overrides.push_back(assignment(parameters[k].name, point[k]));
      labels[overrides.back()] = "--param '" + args.parameters[k] + "'";
    }
    scenarios.push_back(
        prepare_scenario(args.scenario, overrides, args.seed, args.scale, labels).scenario);
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
  if (communicator.is_root()) store.emplace(folder, "sweep", hash, description, kDigestFile);
  set_thread_count(args.threads);
  StoredRuns plan;
  plan.key = key;
  plan.label = fmt::format("sweep: {} points x {} runs", points.size(), runs);
  // Replicate r of every point uses run index r: common random numbers, so
  // differences between points are the parameters', not the draw's.
  plan.run = [&](std::uint64_t j) { return model.run(scenarios[j / runs], RunOptions{j % runs}); };
  const auto digests = run_stored(communicator, store ? &*store : nullptr, jobs, plan,
                                  thread_count(), progress_mode_for_stderr(args.quiet));
  if (!communicator.is_root()) return 0;

  const Calendar calendar = scenario.run_settings().calendar;
  write_table(folder, sweep_rows(parameters, points, runs, digests), calendar);
  write_table(folder, point_summary(parameters, points, runs, digests), calendar);
  nlohmann::json manifest = description;
  manifest["points"] = points.size();
  manifest["runs_per_point"] = runs;
  manifest["wall_seconds"] =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  write_file_atomically(folder / "sweep.json", manifest.dump(2) + "\n");
  if (!args.quiet) {
    std::cout << fmt::format(
        "unrest sweep: {} ({} model), {} design, {} points x {} runs; files in {}/ (sweep.json, "
        "sweep.csv, sweep_summary.csv)\n",
        scenario.header().name, model.name, args.design, points.size(), runs, folder.string());
  }
  return 0;
}

}  // namespace unrest::cli
