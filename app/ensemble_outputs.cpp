#include "ensemble_outputs.hpp"

#include <fmt/format.h>

#include <cmath>

#include "unrest/core/hash.hpp"
#include "unrest/core/threads.hpp"
#include "unrest/core/version.hpp"
#include "unrest/io/atomic_file.hpp"
#include "unrest/io/csv.hpp"

namespace unrest::cli {

void write_table(const std::filesystem::path& folder, const Table& table,
                 const Calendar& calendar) {
  write_file_atomically(folder / table.file, table_csv(table, calendar));
}

nlohmann::json many_run_manifest(const std::string& kind, const Scenario& scenario,
                                 const std::vector<std::string>& overrides,
                                 const std::string& configuration_hash,
                                 const ensemble::Communicator& communicator, int threads) {
  const ScenarioHeader header = scenario.header();
  return {{"kind", kind},
          {"unrest_version", std::string(version())},
          {"git_commit", std::string(git_commit())},
          {"scenario", {{"name", header.name}, {"file", scenario.file()}, {"model", header.model}}},
          {"overrides", overrides},
          {"seed", scenario.run_settings().seed},
          {"configuration_hash", configuration_hash},
          {"ranks", communicator.size()},
          {"threads_per_rank", threads > 0 ? threads : thread_count()}};
}

std::string configuration_hash(const Scenario& scenario, const std::string& settings) {
  return scenario.fingerprint() + "-" +
         hash_text(fmt::format("unrest {} commit {} {}", version(), git_commit(), settings));
}

std::filesystem::path output_folder(const std::string& out, const Scenario& scenario,
                                    const std::string& kind) {
  if (!out.empty()) return out;
  return std::filesystem::path("out") / scenario.header().name / kind;
}

namespace {

/// JSON has no infinity: a floor's open end is written as null.
nlohmann::json finite_or_null(double x) {
  return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json scores_json(const std::vector<ensemble::ScoredVariant>& variants) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& v : variants) {
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& g : v.groups) {
      groups.push_back({{"group", g.group},
                        {"unit", g.unit},
                        {"targets", g.targets},
                        {"mean_abs_error", finite_or_null(g.mean_abs_error)},
                        {"bias", finite_or_null(g.bias)},
                        {"crps", finite_or_null(g.crps)},
                        {"coverage", finite_or_null(g.coverage)},
                        {"on_target", finite_or_null(g.on_target)},
                        {"rank_correlation", finite_or_null(g.rank_correlation)}});
    }
    nlohmann::json targets = nlohmann::json::array();
    for (const auto& t : v.targets) {
      targets.push_back({{"target", t.name},
                         {"group", t.group},
                         {"unit", t.unit},
                         {"observed", t.observed},
                         {"observed_low", finite_or_null(t.observed_low)},
                         {"observed_high", finite_or_null(t.observed_high)},
                         {"median", finite_or_null(t.median)},
                         {"low", finite_or_null(t.low)},
                         {"high", finite_or_null(t.high)},
                         {"mean_abs_error", finite_or_null(t.mean_abs_error)},
                         {"bias", finite_or_null(t.bias)},
                         {"crps", finite_or_null(t.crps)},
                         {"covered", t.covered},
                         {"on_target", finite_or_null(t.on_target)}});
    }
    nlohmann::json checks = nlohmann::json::array();
    for (const auto& c : v.checks) {
      checks.push_back({{"check", c.name},
                        {"target", c.target},
                        {"median", finite_or_null(c.median)},
                        {"passed", finite_or_null(c.passed)}});
    }
    out.push_back({{"variant", v.name},
                   {"kind", v.kind},
                   {"about", v.about},
                   {"groups", groups},
                   {"targets", targets},
                   {"checks", checks}});
  }
  return out;
}

}  // namespace unrest::cli
