#pragma once
/// \file
/// Runs that survive an interruption: each finished run's digest (and, if
/// wanted, its files) goes to the archive on rank 0; runs already there are
/// not run again.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "unrest/core/run_result.hpp"
#include "unrest/ensemble/communicator.hpp"
#include "unrest/ensemble/digest.hpp"
#include "unrest/ensemble/run_archive.hpp"

namespace unrest::ensemble {

struct StoredRuns {
  /// The archive key of job i ("replicates/0007").
  std::function<std::string(std::uint64_t)> key;
  /// Simulates job i.
  std::function<RunResult(std::uint64_t)> run;
  /// The run's files to keep beside its digest; null keeps only the digest.
  std::function<JobFiles(const RunResult&)> files;
  /// The archive's record file: the digest is written under this name.
  std::string record_file = "digest.json";
  /// What the progress display calls the jobs.
  std::string label = "runs";
};

inline constexpr const char* kDigestFile = "digest.json";

/// Runs the jobs not yet in `archive` over the ranks and threads, showing
/// their progress on rank 0 (those already archived count as done), and
/// returns the digests of all `jobs` in their order on rank 0 (empty
/// elsewhere). `archive` is used on rank 0 only (null on the others).
std::vector<ReplicateDigest> run_stored(const Communicator& communicator, RunArchive* archive,
                                        const std::vector<std::uint64_t>& jobs,
                                        const StoredRuns& plan, int threads,
                                        ProgressDisplay& progress);

/// The jobs of `jobs` that `archive` lacks, decided on rank 0 and known to all.
std::vector<std::uint64_t> pending_jobs(const Communicator& communicator, const RunArchive* archive,
                                        const std::vector<std::uint64_t>& jobs,
                                        const std::function<std::string(std::uint64_t)>& key);

}  // namespace unrest::ensemble
