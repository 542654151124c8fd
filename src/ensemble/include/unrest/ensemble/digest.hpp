#pragma once
/// \file
/// What an ensemble keeps of one replicate to summarise it: the national time
/// series, the end-of-run summary, the fit scores and statistics, and each
/// named city's first protest. It is stored beside the replicate's files and
/// is what other ranks send to rank 0, so an ensemble's summary is computed
/// from the same numbers whether a replicate was run now, on another rank, or
/// before an interruption.

#include <cstdint>
#include <string>
#include <vector>

#include "unrest/core/run_result.hpp"

namespace unrest::ensemble {

struct ReplicateDigest {
  std::uint64_t replicate = 0;
  std::uint64_t seed = 0;
  std::vector<ColumnSpec> series_columns;
  std::vector<std::vector<double>> series;  ///< column-major, as the run recorded it
  std::vector<SummaryItem> summary;
  std::vector<FitScore> scores;
  std::vector<FitStatistic> statistics;
  std::vector<FirstProtest> first_protests;
  std::vector<FitTarget> targets;  ///< what `unrest score` scores
  std::vector<std::pair<std::string, std::string>> unscored;

  /// The summary item or fit score of that name; throws std::out_of_range.
  [[nodiscard]] double value(const std::string& name) const;
  [[nodiscard]] bool has_value(const std::string& name) const noexcept;

  /// JSON text that reads back to exactly the same numbers.
  [[nodiscard]] std::string to_json() const;
  /// Throws std::runtime_error for text that is not a digest.
  static ReplicateDigest from_json(const std::string& text);
};

/// The digest of a finished run.
ReplicateDigest digest_of(const RunResult& result);

}  // namespace unrest::ensemble
