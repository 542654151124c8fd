// unrest: the command line.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/version.hpp"
#include "unrest/ensemble/communicator.hpp"

namespace {

using namespace unrest;

// The options every command that runs a scenario takes.
void add_run_options(CLI::App* command, cli::ManyRunArgs& args) {
  command->add_option("--seed", args.seed, "Random seed (overrides run.seed)")
      ->check(CLI::NonNegativeNumber);
  command->add_option("--out", args.out, "Output folder");
  command
      ->add_option("--scale", args.scale,
                   "Agents per person for models of a population (1: one agent per person; "
                   "sets the scale parameter)")
      ->check(CLI::Range(1e-6, 1.0));
  command
      ->add_option("--set", args.overrides,
                   "Override a value: key=value (a bare key is a model parameter; run.ticks=N "
                   "reaches [run])")
      ->allow_extra_args(false);
  command->add_option("--threads", args.threads, "OpenMP threads per process (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  command->add_flag("--quiet,-q", args.quiet, "Print nothing on success, and no progress");
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
  add_run_options(calibrate, calibrate_args);

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

  auto* scenarios = app.add_subcommand("scenarios", "List the shipped scenarios");

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
    // Only rank 0 speaks, or K ranks print K copies.
    if (communicator.is_root()) return app.exit(e);
    return e.get_exit_code();
  }
  if (*run) {
    run_args.overrides = run_common.overrides;
    run_args.out = run_common.out;
    run_args.seed = run_common.seed;
    run_args.scale = run_common.scale;
    run_args.threads = run_common.threads;
    run_args.quiet = run_common.quiet;
    if (run_args.runs > 0) return cli::ensemble_command(run_args, communicator);
    return cli::run_command(run_args);
  }
  if (*sweep) return cli::sweep_command(sweep_args, communicator);
  if (*compare) return cli::compare_command(compare_args, communicator);
  if (*calibrate) return cli::calibrate_command(calibrate_args, communicator);
  if (*models) return cli::models_command(model_name);
  if (*validate) return cli::validate_command(validate_target, validate_overrides);
  if (*scenarios) return cli::scenarios_command();
  if (*theory) return cli::theory_command(theory_target, theory_overrides);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const ensemble::Communicator communicator(argc, argv);
    try {
      return dispatch(argc, argv, communicator);
    } catch (const std::exception& e) {
      const int code = dynamic_cast<const InputError*>(&e) ? 2 : 1;
      if (communicator.is_root() || communicator.size() == 1) {
        std::cerr << "unrest: error: " << e.what() << "\n";
      }
      // One rank's error ends them all rather than leaving the rest waiting.
      if (communicator.size() > 1) communicator.abort(code);
      return code;
    }
  } catch (const std::exception& e) {
    std::cerr << "unrest: error: " << e.what() << "\n";
    return 1;
  }
}
