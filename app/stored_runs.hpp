#pragma once
// Runs that survive an interruption: each finished run's digest (and, if
// wanted, its files) goes to the result store on rank 0; runs already there
// are not run again.

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "unrest/core/run_result.hpp"
#include "unrest/ensemble/communicator.hpp"
#include "unrest/ensemble/digest.hpp"
#include "unrest/io/result_store.hpp"
#include "unrest/report/progress.hpp"

namespace unrest::cli {

using Files = std::vector<std::pair<std::string, std::string>>;

struct StoredRuns {
  /// The store key of job i ("replicates/0007").
  std::function<std::string(std::uint64_t)> key;
  /// Simulates job i.
  std::function<RunResult(std::uint64_t)> run;
  /// The run's files to keep beside its digest; null keeps only the digest.
  std::function<Files(const RunResult&)> files;
  /// The store's record file: the digest is written under this name.
  std::string record_file = "digest.json";
  /// What the progress display calls the job.
  std::string label = "runs";
};

inline constexpr const char* kDigestFile = "digest.json";

/// Runs the jobs not yet in `store` over the ranks and threads, showing their
/// progress on rank 0 (those already stored count as done), and returns the
/// digests of all `jobs` in their order on rank 0 (empty elsewhere). `store`
/// is used on rank 0 only (null on the others).
std::vector<ensemble::ReplicateDigest> run_stored(const ensemble::Communicator& communicator,
                                                  ResultStore* store,
                                                  const std::vector<std::uint64_t>& jobs,
                                                  const StoredRuns& plan, int threads,
                                                  ProgressMode progress_mode);

/// The jobs of `jobs` that `store` lacks, decided on rank 0 and known to all.
std::vector<std::uint64_t> pending_jobs(const ensemble::Communicator& communicator,
                                        const ResultStore* store,
                                        const std::vector<std::uint64_t>& jobs,
                                        const std::function<std::string(std::uint64_t)>& key);

}  // namespace unrest::cli
