#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <iostream>

#include "commands.hpp"
#include "prepared_scenario.hpp"
#include "scenario_source.hpp"
#include "unrest/core/run_options.hpp"
#include "unrest/core/threads.hpp"
#include "unrest/io/run_outputs.hpp"
#include "unrest/models/registry.hpp"
#include "unrest/report/progress.hpp"
#include "unrest/report/summary.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::cli {

int run_command(const RunArgs& args) {
  const PreparedScenario prepared =
      prepare_scenario(args.scenario, args.overrides, args.seed, args.scale);
  const Scenario& scenario = prepared.scenario;
  const std::vector<std::string>& overrides = prepared.overrides;
  set_thread_count(args.threads);

  RunContext context;
  context.scenario = scenario.header();
  context.scenario_file = scenario.file();
  context.overrides = overrides;
  context.threads = thread_count();

  // A long run (--scale 1 on a big scenario, a long calendar) shows its progress as the
  // many-run commands do; one done within a second shows nothing.
  TickProgress progress(fmt::format("run: {}", context.scenario.name),
                        scenario.run_settings().ticks, progress_mode_for_stderr(args.quiet));
  RunOptions options;
  options.on_tick = [&](std::int64_t tick, std::int64_t /*ticks*/) { progress.tick(tick); };
  const auto start = std::chrono::steady_clock::now();
  const RunResult result = prepared.plan.simulate(options);
  progress.finish();
  context.wall_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  const std::filesystem::path folder = args.out.empty()
                                           ? std::filesystem::path("out") / context.scenario.name
                                           : std::filesystem::path(args.out);
  write_run_outputs(folder, result, context);
  if (!args.quiet) std::cout << format_run_summary(result, context, folder);
  write_report_if_asked(args.report, folder, args.quiet);
  return 0;
}

int validate_command(const std::string& name, const std::vector<std::string>& overrides) {
  Scenario scenario = load_scenario(name);
  for (const auto& assignment : overrides) scenario.apply_override(assignment);
  const PreparedModel prepared = prepare(scenario);
  print_warnings(prepared);
  const ModelEntry& model = prepared.model();
  const ScenarioHeader header = scenario.header();
  const RunSettings settings = scenario.run_settings();
  std::cout << fmt::format("{}: valid {} scenario \"{}\", {} ticks, seed {}\n", scenario.file(),
                           model.name, header.name, settings.ticks, settings.seed);
  return 0;
}

int theory_command(const std::string& name, const std::vector<std::string>& overrides) {
  Scenario scenario = load_scenario(name);
  for (const auto& assignment : overrides) scenario.apply_override(assignment);
  const PreparedModel prepared = prepare(scenario);
  const ModelEntry& model = prepared.model();
  const std::vector<SummaryItem> items = prepared.theory();
  std::cout << fmt::format("unrest theory: {} ({} model), analytic results\n",
                           scenario.header().name, model.name);
  std::size_t width = 0;
  for (const auto& s : items) width = std::max(width, s.name.size());
  for (const auto& s : items) {
    std::cout << fmt::format("  {:<{}}  {:>12.6g}  {}\n", s.name, width, s.value, s.description);
  }
  return 0;
}

int scenarios_command() {
  for (const auto& s : embedded_scenarios()) {
    const Scenario scenario = Scenario::load_embedded(s.name);
    const ScenarioHeader header = scenario.header();
    std::cout << fmt::format("{:<28} {:<9} {}\n", s.name, header.model, header.description);
  }
  return 0;
}

}  // namespace unrest::cli
