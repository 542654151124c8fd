// unrest: the command line.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <new>

#include "commands.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/version.hpp"
#include "unrest/ensemble/communicator.hpp"

namespace {

using namespace unrest;

constexpr int kExitBadInput = 2;
constexpr int kExitFailure = 1;
constexpr int kExitInternal = 3;

// A whole number in [0, max], as typed: CLI11 would clamp 2^64 to the
// largest integer rather than refuse it.
CLI::Validator whole_number(std::uint64_t max) {
  return CLI::Validator(
      [max](std::string& text) -> std::string {
        const bool digits = !text.empty() && text.size() <= 20 &&
                            text.find_first_not_of("0123456789") == std::string::npos;
        if (digits) {
          errno = 0;
          const unsigned long long v = std::strtoull(text.c_str(), nullptr, 10);
          if (errno == 0 && v <= max) return {};
        }
        return fmt::format("expected a whole number from 0 to {}, got \"{}\"", max, text);
      },
      fmt::format("INT in [0, {}]", max));
}

// A finite number in [low, high] (CLI11's Range lets "nan" through).
CLI::Validator finite_range(double low, double high) {
  return CLI::Validator(
      [low, high](std::string& text) -> std::string {
        char* end = nullptr;
        const double v = std::strtod(text.c_str(), &end);
        if (!text.empty() && end && *end == '\0' && std::isfinite(v) && v >= low && v <= high) {
          return {};
        }
        return fmt::format("expected a number from {} to {}, got \"{}\"", low, high, text);
      },
      fmt::format("NUMBER in [{}, {}]", low, high));
}

// The options every command that runs a scenario takes.
void add_run_options(CLI::App* command, cli::ManyRunArgs& args) {
  command->add_option("--seed", args.seed, "Random seed (overrides run.seed)")
      ->check(whole_number(INT64_MAX));
  command->add_option("--out", args.out, "Output folder")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            return text.empty() ? "expected a folder, got an empty name" : "";
          },
          "DIR"));
  command
      ->add_option("--scale", args.scale,
                   "Agents per person for models of a population (1: one agent per person; "
                   "sets the scale parameter)")
      ->check(finite_range(1e-6, 1.0));
  command
      ->add_option("--set", args.overrides,
                   "Override a value: key=value (a bare key is a model parameter; run.ticks=N "
                   "reaches [run])")
      ->allow_extra_args(false);
  command->add_option("--threads", args.threads, "OpenMP threads per process (default: all cores)")
      ->check(whole_number(4096));
  command->add_flag("--quiet,-q", args.quiet, "Print nothing on success, and no progress");
  command->add_flag("--report", args.report,
                    "Also write report.html: a map and charts of the outputs (docs/report.md)");
}

int dispatch(int argc, char** argv, const ensemble::Communicator& communicator) {
  CLI::App app{"unrest: agent-based simulation of price-shock unrest and the state's response"};
  app.set_version_flag("--version", fmt::format("unrest {} (commit {})", version(), git_commit()));
  app.require_subcommand(1);

  cli::ManyRunArgs run_common;
  cli::RunArgs run_args;
  auto* run =
      app.add_subcommand("run", "Run a scenario (or --runs N replicates) and write the outputs");
  run->add_option("scenario", run_args.scenario,
                  "Scenario file, or the name of a shipped scenario (default: the embedded "
                  "default)");
  add_run_options(run, run_common);
  run->add_option("--runs", run_args.runs,
                  "Replicates: run N and summarise their distributions (out/<scenario>/ensemble)")
      ->check(CLI::Range(1LL, 1000000LL));

  cli::SweepArgs sweep_args;
  auto* sweep = app.add_subcommand("sweep", "Run a grid or Latin hypercube over parameters");
  sweep->add_option("scenario", sweep_args.scenario, "Scenario file or shipped scenario")
      ->required();
  sweep
      ->add_option("--param", sweep_args.parameters,
                   "A swept parameter: name=low:high[:levels][:log] or name=v1,v2,...")
      ->required()
      ->allow_extra_args(false);
  sweep->add_option("--design", sweep_args.design, "grid (every combination) or lhs")
      ->check(CLI::IsMember({"grid", "lhs"}));
  sweep->add_option("--points", sweep_args.points, "Points of a Latin hypercube");
  sweep->add_option("--design-seed", sweep_args.design_seed, "Seed of the Latin hypercube");
  sweep->add_option("--runs", sweep_args.runs, "Replicates per point")
      ->check(CLI::Range(1LL, 1000000LL));
  add_run_options(sweep, sweep_args);

  cli::CompareArgs compare_args;
  auto* compare =
      app.add_subcommand("compare", "Ensembles of scenarios and their paired differences");
  compare->add_option("scenarios", compare_args.scenarios, "BASE OTHER...: files or shipped names")
      ->required()
      ->expected(2, 1000);
  compare->add_option("--runs", compare_args.runs, "Replicates of each scenario")
      ->check(CLI::Range(1LL, 1000000LL));
  add_run_options(compare, compare_args);

  cli::ScoreArgs score_args;
  auto* score = app.add_subcommand(
      "score", "Score an ensemble against every row of the record, beside baselines and ablations");
  score->add_option("scenario", score_args.scenario,
                    "Scenario file or shipped scenario (default: the embedded default)");
  score->add_option("--runs", score_args.runs, "Replicates per variant (default: [fit] runs)")
      ->check(CLI::Range(1LL, 1000000LL));
  score->add_flag("--ablation", score_args.ablation,
                  "Also run every [[fit.ablation]] and print what each contributes");
  add_run_options(score, score_args);

  cli::CalibrateArgs calibrate_args;
  auto* calibrate = app.add_subcommand(
      "calibrate", "Fit parameters to the scenario's record by ABC-SMC (posterior sample)");
  calibrate->add_option("scenario", calibrate_args.scenario, "Scenario file or shipped scenario")
      ->required();
  calibrate
      ->add_option("--fit", calibrate_args.fit,
                   "Parameters to fit (default: every one with a prior in [calibration])")
      ->delimiter(',');
  calibrate->add_option("--population", calibrate_args.population, "Particles per generation")
      ->check(CLI::Range(4LL, 1000000LL));
  calibrate
      ->add_option("--generations", calibrate_args.generations,
                   "At most this many generations, the prior's included")
      ->check(CLI::Range(1LL, 1000LL));
  calibrate->add_option("--predictive", calibrate_args.predictive, "Posterior-predictive runs")
      ->check(CLI::Range(0LL, 1000000LL));
  calibrate
      ->add_option("--truth", calibrate_args.truth,
                   "key=value: fit to a synthetic record, a run with these values, to check "
                   "what the record can identify")
      ->allow_extra_args(false);
  calibrate
      ->add_option("--with", calibrate_args.with,
                   "Fit jointly to these scenarios' records too: each proposal runs every "
                   "scenario with the same values (priors from the first scenario)")
      ->allow_extra_args(false);
  add_run_options(calibrate, calibrate_args);

  std::string report_folder;
  auto* report = app.add_subcommand(
      "report", "Write report.html, a map and charts, from a folder of unrest outputs");
  report
      ->add_option("folder", report_folder,
                   "The output folder of run, run --runs, compare, sweep, calibrate or score")
      ->required();

  std::string model_name;
  auto* models = app.add_subcommand("models", "List the models and their parameters");
  models->add_option("model", model_name, "Only this model");

  std::string validate_target;
  std::vector<std::string> validate_overrides;
  auto* validate = app.add_subcommand("validate", "Check a scenario without running it");
  validate->add_option("scenario", validate_target, "Scenario file or shipped scenario")
      ->required();
  validate->add_option("--set", validate_overrides, "Override a value: key=value")
      ->allow_extra_args(false);

  auto* scenarios = app.add_subcommand("scenarios", "List the shipped scenarios, or write one out");
  std::vector<std::string> export_args;
  bool export_force = false;
  auto* export_option =
      scenarios
          ->add_option("--export", export_args,
                       "NAME DIR: write shipped scenario NAME and the files it reads into DIR")
          ->expected(2)
          ->allow_extra_args(false);
  scenarios->add_flag("--force", export_force, "Overwrite files already in DIR")
      ->needs(export_option);

  std::string init_model, init_folder;
  bool init_force = false;
  auto* init = app.add_subcommand(
      "init", "Write a model's minimal valid scenario into a folder, to start from");
  init->add_option("model", init_model, "Model (uprising, epstein, granovetter, watts)")
      ->required();
  init->add_option("folder", init_folder, "Folder to write it into")->required();
  init->add_flag("--force", init_force, "Overwrite files already in the folder");

  std::string theory_target;
  std::vector<std::string> theory_overrides;
  auto* theory = app.add_subcommand(
      "theory", "Print a scenario's analytic results (cascade condition, critical values, ...)");
  theory->add_option("scenario", theory_target, "Scenario file or shipped scenario")->required();
  theory->add_option("--set", theory_overrides, "Override a value: key=value")
      ->allow_extra_args(false);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Only rank 0 speaks, or K ranks print K copies. --help and --version
    // end here with 0; every mistake on the command line is bad input: 2.
    const int code = communicator.is_root() ? app.exit(e) : e.get_exit_code();
    return code == 0 ? 0 : kExitBadInput;
  }
  if (*run) {
    run_args.overrides = run_common.overrides;
    run_args.out = run_common.out;
    run_args.seed = run_common.seed;
    run_args.scale = run_common.scale;
    run_args.threads = run_common.threads;
    run_args.quiet = run_common.quiet;
    run_args.report = run_common.report;
    if (run_args.runs > 0) return cli::ensemble_command(run_args, communicator);
    return cli::run_command(run_args);
  }
  if (*sweep) return cli::sweep_command(sweep_args, communicator);
  if (*compare) return cli::compare_command(compare_args, communicator);
  if (*score) return cli::score_command(score_args, communicator);
  if (*calibrate) return cli::calibrate_command(calibrate_args, communicator);
  if (*models) return cli::models_command(model_name);
  if (*validate) return cli::validate_command(validate_target, validate_overrides);
  if (*scenarios) {
    if (!export_args.empty())
      return cli::export_command(export_args[0], export_args[1], export_force);
    return cli::scenarios_command();
  }
  if (*init) return cli::init_command(init_model, init_folder, init_force);
  if (*theory) return cli::theory_command(theory_target, theory_overrides);
  if (*report) return cli::report_command(report_folder);
  return 0;
}

// The exit status of an error (docs/promises.md): 2 bad input or a refused
// output folder, 1 a failure of the machine (a file that cannot be written,
// no memory), 3 an internal error (a bug: please report it).
int exit_code_of(const std::exception& e) {
  if (dynamic_cast<const InputError*>(&e)) return kExitBadInput;
  if (dynamic_cast<const std::bad_alloc*>(&e)) return kExitFailure;
  if (dynamic_cast<const std::logic_error*>(&e)) return kExitInternal;
  if (dynamic_cast<const std::runtime_error*>(&e)) return kExitFailure;
  return kExitInternal;
}

std::string message_of(const std::exception& e) {
  if (dynamic_cast<const std::bad_alloc*>(&e)) {
    return "out of memory (run.max_memory_gb and --scale bound what a run may use)";
  }
  if (exit_code_of(e) == kExitInternal) {
    return fmt::format("internal error, please report it: {}", e.what());
  }
  return e.what();
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const ensemble::Communicator communicator(argc, argv);
    try {
      return dispatch(argc, argv, communicator);
    } catch (const std::exception& e) {
      const int code = exit_code_of(e);
      if (communicator.is_root() || communicator.size() == 1) {
        std::cerr << "unrest: error: " << message_of(e) << "\n";
      }
      // One rank's error ends them all rather than leaving the rest waiting.
      if (communicator.size() > 1) communicator.abort(code);
      return code;
    }
  } catch (const std::exception& e) {
    std::cerr << "unrest: error: " << message_of(e) << "\n";
    return exit_code_of(e);
  }
}
