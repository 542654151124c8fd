#pragma once
/// \file
/// `unrest calibrate` as logic: ABC-SMC over a prepared model, each batch of
/// proposals simulated over the ranks and threads and kept in an archive so
/// that an interrupted calibration carries on, then the posterior-predictive
/// runs. The command only maps its arguments, writes and prints.

#include <cstdint>
#include <vector>

#include "unrest/core/table.hpp"
#include "unrest/ensemble/abc_smc.hpp"
#include "unrest/ensemble/calibration_config.hpp"
#include "unrest/ensemble/communicator.hpp"
#include "unrest/ensemble/digest.hpp"
#include "unrest/ensemble/run_archive.hpp"
#include "unrest/models/prepared_model.hpp"

namespace unrest::ensemble {

// Run indices of calibration runs, far from the replicates 0, 1, 2, ... of
// `unrest run --runs`: generation g's attempt a, the synthetic truth, and the
// posterior-predictive runs.
[[nodiscard]] constexpr std::uint64_t attempt_run(std::size_t generation, std::uint64_t attempt) {
  return (static_cast<std::uint64_t>(generation) + 1) << 32 | attempt;
}
inline constexpr std::uint64_t kTruthRun = 0xfffeULL << 32;
inline constexpr std::uint64_t kPredictiveRun = 0xffffULL << 32;

/// The model with the fitted parameters (in prior order) set to `theta`.
PreparedModel with_values(const PreparedModel& model, const std::vector<Prior>& priors,
                          const std::vector<double>& theta);

/// Throws InputError unless every finite end of every prior is a value the
/// model accepts.
void check_prior_ends(const PreparedModel& model, const std::vector<Prior>& priors);

/// A synthetic record: the statistics of one run (kTruthRun) with known
/// values, and those values of the fitted parameters (NaN where not real).
struct SyntheticRecord {
  std::vector<FitStatistic> statistics;
  std::vector<double> values;  ///< per prior
};
SyntheticRecord synthetic_record(const PreparedModel& truth_model,
                                 const std::vector<Prior>& priors);

struct CalibrationResult {
  AbcResult abc;
  /// The posterior-predictive runs of each model, in the models' order (rank
  /// 0; empty elsewhere).
  std::vector<std::vector<ReplicateDigest>> predictive;
};

/// A scenario's model to fit, by its name.
struct FittedModel {
  std::string name;
  PreparedModel model;
};

/// Calibrates the models jointly to their records (or, for one model, to
/// `truth`'s statistics when not empty) with `config`: each proposal runs
/// every model with the same values, and its distance is the root mean square
/// of the models' distances (one model: its distance). `archive` keeps each
/// batch (rank 0; null on the others). The result is the same whatever the
/// ranks, threads and interruptions.
CalibrationResult calibrate(const Communicator& communicator, RunArchive* archive,
                            const std::vector<FittedModel>& models, const CalibrationConfig& config,
                            const std::vector<FitStatistic>& truth, int threads,
                            ProgressDisplay& progress);

}  // namespace unrest::ensemble
