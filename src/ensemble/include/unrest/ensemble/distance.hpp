#pragma once
/// \file
/// The distance between a run and the record that calibration minimises:
/// each statistic's miss outside the record's interval, in units of its scale;
/// squared misses averaged within a group, then over groups, square-rooted.
/// A group is one observation (the death toll) or one kind of several (the 18
/// city dates), so each weighs the same whatever its size.

#include <string>
#include <vector>

#include "unrest/core/table.hpp"

namespace unrest::ensemble {

/// The distance of a run's statistics to the intervals they carry (the
/// record's). 0 when every statistic lies inside its interval.
double distance_to_record(const std::vector<FitStatistic>& statistics);

/// A target's miss counts at most this many tolerances.
inline constexpr double kMaxTargetMiss = 3;

/// The distance of a run's fit targets (those `unrest score` scores) to the
/// record: each target's miss outside the record's interval in units of its
/// tolerance (hours for a time; the log of the factor for a total on a log
/// scale; an event the record places but the run never sees misses by 1),
/// at most kMaxTargetMiss (a city three days late or an event never seen
/// weighs as much as any worse miss); squared misses averaged within a group,
/// then over groups, square-rooted. So calibration and `unrest score` judge
/// a run by the same targets.
double distance_to_targets(const std::vector<FitTarget>& targets);

/// The record's intervals replaced by another run's values (a synthetic
/// record: calibration against a run of known parameters), matched by name.
/// Throws std::invalid_argument if `truth` lacks a statistic.
std::vector<FitStatistic> against_truth(std::vector<FitStatistic> statistics,
                                        const std::vector<FitStatistic>& truth);

}  // namespace unrest::ensemble
