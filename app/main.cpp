// unrest: the command line.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/version.hpp"

int main(int argc, char** argv) {
  using namespace unrest;
  CLI::App app{"unrest: agent-based simulation of price-shock unrest and the state's response"};
  app.set_version_flag("--version", fmt::format("unrest {} (commit {})", version(), git_commit()));
  app.require_subcommand(1);

  cli::RunArgs run_args;
  auto* run = app.add_subcommand("run", "Run a scenario and write its outputs");
  run->add_option("scenario", run_args.scenario,
                  "Scenario file, or the name of a shipped scenario (default: the embedded "
                  "default)");
  run->add_option("--seed", run_args.seed, "Random seed (overrides run.seed)")
      ->check(CLI::NonNegativeNumber);
  run->add_option("--out", run_args.out, "Output folder (default: out/<scenario name>)");
  run->add_option("--scale", run_args.scale,
                  "Agents per person for models of a population (1: one agent per person; "
                  "sets the scale parameter)")
      ->check(CLI::Range(1e-6, 1.0));
  run->add_option("--set", run_args.overrides,
                  "Override a value: key=value (a bare key is a model parameter; run.ticks=N "
                  "reaches [run])")
      ->allow_extra_args(false);
  run->add_option("--threads", run_args.threads, "OpenMP threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  run->add_flag("--quiet,-q", run_args.quiet, "Print nothing on success");

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

  CLI11_PARSE(app, argc, argv);
  try {
    if (*run) return cli::run_command(run_args);
    if (*models) return cli::models_command(model_name);
    if (*validate) return cli::validate_command(validate_target, validate_overrides);
    if (*scenarios) return cli::scenarios_command();
    if (*theory) return cli::theory_command(theory_target, theory_overrides);
  } catch (const InputError& e) {
    std::cerr << "unrest: error: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "unrest: error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
