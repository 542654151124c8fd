// `unrest score [SCENARIO]`: the model's ensemble against every row of the
// record, beside baselines computed from the record alone and the model
// without contagion, and (--ablation) with each input or mechanism taken
// out; shared/VALIDATION.md says why each is there.

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <deque>
#include <iostream>

#include "commands.hpp"
#include "ensemble_outputs.hpp"
#include "prepared_scenario.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/threads.hpp"
#include "unrest/ensemble/score_config.hpp"
#include "unrest/ensemble/score_tables.hpp"
#include "unrest/ensemble/stored_runs.hpp"
#include "unrest/io/atomic_file.hpp"
#include "unrest/io/result_store.hpp"
#include "unrest/io/run_outputs.hpp"
#include "unrest/io/score_json.hpp"
#include "unrest/report/progress.hpp"

namespace unrest::cli {

namespace {

using ensemble::GroupScore;
using ensemble::ScoredVariant;

std::string number(double x, const char* format = "{:.1f}") {
  if (!std::isfinite(x)) return x > 0 ? "inf" : "-";
  return fmt::format(fmt::runtime(format), x);
}

std::string percent(double x) {
  return std::isfinite(x) ? fmt::format("{:.0f}%", 100 * x) : "-";
}

/// One row of a group's scores.
std::string group_row(const std::string& label, const GroupScore* g) {
  if (!g) return fmt::format("    {:<20} (no forecast of this group)", label);
  return fmt::format("    {:<20} {:>8} {:>8} {:>8} {:>8} {:>9} {:>9}", label,
                     number(g->mean_abs_error), number(g->bias, "{:+.1f}"), number(g->crps),
                     percent(g->coverage), percent(g->on_target),
                     number(g->rank_correlation, "{:.2f}"));
}

void print_report(const Scenario& scenario, std::size_t runs, double level,
                  const std::vector<ScoredVariant>& variants,
                  const std::vector<std::pair<std::string, std::string>>& unscored,
                  const std::filesystem::path& folder) {
  const ScoredVariant& model = variants.front();
  const auto start = scenario.run_settings().calendar.start();
  std::cout << fmt::format(
      "unrest score: {}, {} replicates per model variant; central interval {:.0f}%\n",
      scenario.header().name, runs, 100 * level);
  std::cout << fmt::format(
      "  Errors are distances to the record's interval (a day where only the day is known), "
      "in hours since {}; totals in log(1 + people).\n",
      start ? start->to_string() : std::string("the start"));
  const std::string header = fmt::format("    {:<20} {:>8} {:>8} {:>8} {:>8} {:>9} {:>9}", "",
                                         "MAE", "bias", "CRPS", "covered", "on target", "Spearman");
  // The model beside every baseline on the group the record's baselines
  // forecast (the first protests).
  for (const auto& g : model.groups) {
    const bool forecast = std::any_of(variants.begin() + 1, variants.end(), [&](const auto& v) {
      return v.kind == "baseline" && v.checks.empty() && ensemble::find_group(v, g.group);
    });
    if (!forecast) continue;
    std::cout << fmt::format("  {} ({} targets, {}): the model beside the baselines\n", g.group,
                             g.targets, g.unit);
    std::cout << header << "\n" << group_row("model", &g) << "\n";
    std::vector<std::string> beaten, not_beaten;
    for (const auto& v : variants) {
      if (v.kind != "baseline") continue;
      const GroupScore* b = ensemble::find_group(v, g.group);
      std::cout << group_row(v.name, b) << "\n";
      if (b) (g.crps < b->crps ? beaten : not_beaten).push_back(v.name);
    }
    std::cout << fmt::format(
        "    by CRPS the model beats {} of {} baselines{}\n", beaten.size(),
        beaten.size() + not_beaten.size(),
        not_beaten.empty() ? std::string() : fmt::format("; not {}", fmt::join(not_beaten, ", ")));
  }
  // Every group, the model beside its own baselines (the model without
  // contagion): the record's baselines forecast only the first protests.
  std::cout << "  Every group of targets: the model, and beneath it the model's baselines\n"
            << header << "\n";
  for (const auto& g : model.groups) {
    std::cout << group_row(g.group, &g) << "\n";
    for (const auto& v : variants) {
      if (v.kind != "baseline" || v.checks.empty()) continue;
      std::cout << group_row("  " + v.name, ensemble::find_group(v, g.group)) << "\n";
    }
  }
  // Hours since the start read better as the clock's time ("01-04 18h").
  const auto value = [&](const ensemble::TargetScore& t, double x) {
    if (t.unit != "hours" || !start || !std::isfinite(x)) return number(x, "{:.0f}");
    const DateHour when =
        DateHour::from_hours_since_epoch(start->hours_since_epoch() + static_cast<std::int64_t>(x));
    return fmt::format("{:02}-{:02} {:02}h", when.date.month, when.date.day, when.hour);
  };
  std::cout << "  Every scored row of the record (the model; times are the clock's, a run that "
               "never sees the event counts as its last hour):\n";
  std::cout << fmt::format("    {:<32} {:<34} {:<30} {:>7} {:>7} {:>9}\n", "target", "observed",
                           "simulated median [interval]", "MAE", "CRPS", "on target");
  for (const auto& t : model.targets) {
    std::cout << fmt::format(
        "    {:<32} {:<34} {:<30} {:>7} {:>7} {:>9}\n", t.name, t.observed,
        fmt::format("{} [{}, {}]", value(t, t.median), value(t, t.low), value(t, t.high)),
        number(t.mean_abs_error), number(t.crps), percent(t.on_target));
  }
  for (const auto& [name, why] : unscored) {
    std::cout << fmt::format("  not scored: {}: {}\n", name, why);
  }
  std::cout << "  Sanity checks of each run (windows, not validation):\n";
  for (const auto& c : model.checks) {
    std::cout << fmt::format("    {:<34} median {:>9}  target {:<22} passed in {}\n", c.name,
                             number(c.median, "{:.3g}"), c.target, percent(c.passed));
  }
  const bool ablations = std::any_of(variants.begin(), variants.end(),
                                     [](const auto& v) { return v.kind == "ablation"; });
  if (ablations) {
    std::cout << "  Ablations: mean absolute error per group (Spearman of the first protests)\n";
    std::string line = fmt::format("    {:<20}", "");
    for (const auto& g : model.groups) line += fmt::format(" {:>14.14}", g.group);
    std::cout << line << fmt::format(" {:>9}\n", "Spearman");
    for (const auto& v : variants) {
      if (v.kind == "baseline" && v.checks.empty()) continue;
      line = fmt::format("    {:<20}", v.name);
      for (const auto& g : model.groups) {
        const GroupScore* s = ensemble::find_group(v, g.group);
        line += fmt::format(" {:>14}", s ? number(s->mean_abs_error, "{:.2f}") : "-");
      }
      const GroupScore* first = ensemble::find_group(v, "first_protest");
      std::cout << line
                << fmt::format(" {:>9}\n", first ? number(first->rank_correlation, "{:.2f}") : "-");
    }
  }
  std::cout << fmt::format(
      "  files in {}/ (score.json, score_groups.csv, score_targets.csv, score_checks.csv)\n",
      folder.string());
}

}  // namespace

int score_command(const ScoreArgs& args, const ensemble::Communicator& communicator) {
  const auto start = std::chrono::steady_clock::now();
  const PreparedScenario prepared =
      prepare_scenario(args.scenario, args.overrides, args.seed, args.scale);
  const Scenario& scenario = prepared.scenario;
  const ensemble::ScoreConfig config = ensemble::read_score_config(scenario);
  const std::size_t runs = args.runs > 0 ? static_cast<std::size_t>(args.runs) : config.runs;
  const std::filesystem::path folder = output_folder(args.out, scenario, "score");

  // The model as prepared, and each ablation loaded afresh (a copied
  // scenario would lose its file and line) with its changes.
  struct Variant {
    std::string name, kind, about;
    const Scenario* scenario;
    PreparedModel model;
  };
  std::deque<Scenario> ablated;
  std::vector<Variant> variants = {
      {"model", "model", "the scenario as it is", &scenario, prepared.plan}};
  for (const auto& a : config.ablations) {
    if (!a.baseline && !args.ablation) continue;
    std::vector<std::string> overrides = args.overrides;
    ablated.push_back(load_with_overrides(args.scenario, overrides, args.seed, args.scale));
    ensemble::apply_ablation(ablated.back(), a);
    variants.push_back({a.name, a.baseline ? "baseline" : "ablation", a.about, &ablated.back(),
                        prepare(ablated.back())});
  }

  set_thread_count(args.threads);
  const int threads = thread_count();
  std::vector<std::uint64_t> jobs(runs);
  for (std::size_t i = 0; i < jobs.size(); ++i) jobs[i] = i;
  ProgressBars progress(progress_mode_for_stderr(args.quiet));
  std::vector<std::vector<ensemble::ReplicateDigest>> digests;
  for (std::size_t v = 0; v < variants.size(); ++v) {
    const std::string hash = configuration_hash(*variants[v].scenario, "score");
    std::optional<ResultStore> store;
    if (communicator.is_root()) {
      store.emplace(folder / "runs" / variants[v].name, "score", hash,
                    many_run_manifest("score", *variants[v].scenario, prepared.overrides, hash,
                                      communicator, args.threads),
                    ensemble::kDigestFile);
    }
    ensemble::StoredRuns plan;
    plan.key = [](std::uint64_t i) { return fmt::format("replicates/{:04}", i); };
    plan.label = fmt::format("score: {} ({} of {})", variants[v].name, v + 1, variants.size());
    plan.run = [&](std::uint64_t i) { return variants[v].model.simulate(RunOptions{i}); };
    digests.push_back(ensemble::run_stored(communicator, store ? &*store : nullptr, jobs, plan,
                                           threads, progress));
  }
  if (!communicator.is_root()) return 0;
  if (digests.front().front().targets.empty()) {
    throw InputError(SourceLocation{scenario.file(), 0, 0}, "data.observed",
                     "the scenario has no record to score against (its model reports no targets)");
  }

  std::vector<ScoredVariant> scored;
  scored.push_back(ensemble::score_ensemble("model", "model", variants.front().about,
                                            digests.front(), config.level));
  for (const auto& b :
       ensemble::record_baselines(digests.front().front().targets, "first_protest")) {
    scored.push_back(ensemble::score_baseline(b, config.level));
  }
  for (std::size_t v = 1; v < variants.size(); ++v) {
    scored.push_back(ensemble::score_ensemble(variants[v].name, variants[v].kind, variants[v].about,
                                              digests[v], config.level));
  }

  const Calendar calendar = scenario.run_settings().calendar;
  IncompleteMark mark(folder);  // until the manifest is written
  write_table(folder, ensemble::groups_table(scored), calendar);
  write_table(folder, ensemble::targets_table(scored), calendar);
  write_table(folder, ensemble::checks_table(scored), calendar);
  nlohmann::json manifest =
      many_run_manifest("score", scenario, prepared.overrides,
                        configuration_hash(scenario, "score"), communicator, args.threads);
  manifest["runs"] = runs;
  manifest["level"] = config.level;
  nlohmann::json unscored = nlohmann::json::array();
  for (const auto& [name, why] : digests.front().front().unscored) {
    unscored.push_back({{"target", name}, {"why", why}});
  }
  manifest["unscored"] = unscored;
  manifest["scores"] = scores_json(scored);
  manifest["wall_seconds"] =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  write_file_atomically(folder / "score.json", manifest.dump(2) + "\n");
  mark.complete();

  if (!args.quiet) {
    print_report(scenario, runs, config.level, scored, digests.front().front().unscored, folder);
  }
  write_report_if_asked(args.report, folder, args.quiet);
  return 0;
}

}  // namespace unrest::cli
