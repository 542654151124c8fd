#include "ensemble_outputs.hpp"

#include <fmt/format.h>

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

}  // namespace unrest::cli
