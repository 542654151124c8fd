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

/// A table's rows as JSON objects keyed by column name, as its CSV reads
/// (JSON has no infinity or NaN: those cells are null).
nlohmann::json rows_json(const Table& table) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : table.rows) {
    nlohmann::json object = nlohmann::json::object();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (const double* x = std::get_if<double>(&row[c])) {
        object[table.columns[c].name] =
            std::isfinite(*x) ? nlohmann::json(*x) : nlohmann::json(nullptr);
      } else {
        object[table.columns[c].name] = std::get<std::string>(row[c]);
      }
    }
    rows.push_back(std::move(object));
  }
  return rows;
}

}  // namespace

nlohmann::json scores_json(const std::vector<ensemble::ScoredVariant>& variants) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& v : variants) {
    list.push_back({{"variant", v.name}, {"kind", v.kind}, {"about", v.about}});
  }
  return {{"variants", list},
          {"groups", rows_json(ensemble::groups_table(variants))},
          {"targets", rows_json(ensemble::targets_table(variants))},
          {"checks", rows_json(ensemble::checks_table(variants))}};
}

}  // namespace unrest::cli
