#pragma once
/// \file
/// An ensemble's forecast of every target of the record, scored as
/// shared/VALIDATION.md asks: per target the mean absolute error, the signed
/// bias, the CRPS over replicates and whether the central interval covers
/// the observation; per group of targets the means of those and the order
/// (Spearman); and the same scores for the simple baselines computed from
/// the record alone, so that a model is always printed beside them.

#include <string>
#include <vector>

#include "unrest/core/table.hpp"

namespace unrest::ensemble {

/// One target over an ensemble (or over one forecast).
struct TargetScore {
  std::string name, group, unit, observed;
  double observed_low = 0, observed_high = 0;
  bool log_scale = false;
  std::size_t runs = 0;
  double median = 0;         ///< of the simulated values
  double low = 0, high = 0;  ///< the central interval of the simulated values
  /// Errors are in the unit, or in log(1 + people) for totals: 0 inside the
  /// observation, negative when early or low.
  double mean_abs_error = 0;
  double bias = 0;
  double crps = 0;
  bool covered = false;  ///< the central interval meets the observation
  double on_target = 0;  ///< share of runs within the target's tolerance
};

/// A group of targets (the first protests, the death tolls by place).
struct GroupScore {
  std::string group, unit;
  std::size_t targets = 0;
  double mean_abs_error = 0, bias = 0, crps = 0;
  double coverage = 0;   ///< share of the targets covered
  double on_target = 0;  ///< mean share of runs within tolerance
  /// Median over runs of Spearman's correlation of simulated and observed
  /// times (midpoints); NaN unless the group is of times and has 3 targets.
  double rank_correlation = 0;
};

/// Scores of `runs` (each run's targets; every run must have the same
/// names) at central interval `level`. Throws std::invalid_argument for no
/// runs or runs whose targets differ.
std::vector<TargetScore> score_targets(const std::vector<std::vector<FitTarget>>& runs,
                                       double level);

/// The groups' scores, in the order the groups first appear.
std::vector<GroupScore> score_groups(const std::vector<TargetScore>& targets,
                                     const std::vector<std::vector<FitTarget>>& runs);

/// A forecast computed from the record and the inputs alone: one "run" whose
/// simulated values are the forecast.
struct Baseline {
  std::string name;
  std::string about;
  std::vector<FitTarget> forecast;
};

/// The baselines of `group` ("first_protest"), fitted on the record's
/// midpoints of the targets of one run:
///  - constant_date: every place at the median observed time;
///  - distance: a + b * distance_km from the origin, least squares;
///  - input_ranking: places ordered by shock_hardship (the highest first)
///    take the observed times in order (the input's order, the record's
///    spacing).
/// A baseline whose feature the targets lack is left out.
std::vector<Baseline> record_baselines(const std::vector<FitTarget>& targets,
                                       const std::string& group);

}  // namespace unrest::ensemble
