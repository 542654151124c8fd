#pragma once
// Writing the summary files of many runs, and what their manifests share.

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/table.hpp"
#include "unrest/ensemble/communicator.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::cli {

/// Writes `table` as CSV into `folder`, atomically.
void write_table(const std::filesystem::path& folder, const Table& table, const Calendar& calendar);

/// The manifest fields every many-run command writes: version, commit,
/// scenario, overrides, configuration hash, ranks and threads.
nlohmann::json many_run_manifest(const std::string& kind, const Scenario& scenario,
                                 const std::vector<std::string>& overrides,
                                 const std::string& configuration_hash,
                                 const ensemble::Communicator& communicator, int threads);

/// What guards a results folder: the scenario's fingerprint and a hash of
/// the command's own settings and of the program (version and commit), so
/// that no other model code's results are mixed in.
std::string configuration_hash(const Scenario& scenario, const std::string& settings = {});

/// The folder a command writes to: --out, or out/<scenario>/<kind>.
std::filesystem::path output_folder(const std::string& out, const Scenario& scenario,
                                    const std::string& kind);

}  // namespace unrest::cli
