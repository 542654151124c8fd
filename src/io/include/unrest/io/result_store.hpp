#pragma once
/// \file
/// The finished jobs of an ensemble, sweep or calibration in its output
/// folder, so that a killed job started again with the same command carries
/// on from them. Each job's files go to a folder of its own, with the
/// configuration hash it was computed with (configuration.json) and its
/// record file last: a job is finished exactly when its record exists and it
/// was computed with this store's configuration. store.json holds
/// the configuration's hash; a folder of another configuration is refused,
/// and so is a folder that holds anything but lacks store.json (its results
/// cannot be vouched for).

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "unrest/ensemble/run_archive.hpp"

namespace unrest {

/// Beside each job's record: the configuration hash it was computed with.
inline constexpr const char* kJobConfigurationFile = "configuration.json";

class ResultStore final : public ensemble::RunArchive {
 public:
  /// Opens `folder` (creating it) for jobs of one kind ("ensemble", "sweep",
  /// "calibration") and one configuration. Throws std::runtime_error if the
  /// folder holds results of another kind or configuration. `description`
  /// is kept in store.json for people reading it.
  ResultStore(std::filesystem::path folder, std::string kind, std::string configuration_hash,
              const nlohmann::json& description, std::string record_file);

  /// Whether the job `key` (a relative folder, "replicates/0007") finished.
  [[nodiscard]] bool has(const std::string& key) const override;
  /// Writes a job's files into folder/key, each atomically, its record last.
  /// `files` must hold the record file.
  void put(const std::string& key, const ensemble::JobFiles& files) override;
  /// The record of a finished job.
  [[nodiscard]] std::string record(const std::string& key) const override;

  [[nodiscard]] const std::filesystem::path& folder() const noexcept { return folder_; }

 private:
  std::filesystem::path folder_;
  std::string record_file_;
  std::string configuration_hash_;
};

}  // namespace unrest
