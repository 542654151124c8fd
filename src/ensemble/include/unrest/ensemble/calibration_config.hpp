#pragma once
/// \file
/// A scenario's [calibration] table: the priors of the parameters that
/// `unrest calibrate` may fit, and the algorithm's settings.
///
///     [calibration]
///     population = 100        # particles per generation
///     generations = 6         # at most, generation 0 (the prior) included
///     quantile = 0.5          # next tolerance: this quantile of the distances
///     min_acceptance = 0.02   # stop once fewer proposals than this are accepted
///     predictive = 50         # runs of the posterior-predictive check
///     distance = "scores"     # or "statistics": what a run is judged by
///     [calibration.priors]
///     legitimacy = { distribution = "uniform", low = 0.5, high = 0.75 }
///     kill_rate_lethal = { distribution = "log-uniform", low = 2e-5, high = 5e-4 }
///     w_city = { distribution = "normal", mean = 0.35, sd = 0.1, low = 0, high = 1 }

#include <cstdint>
#include <string>
#include <vector>

#include "unrest/ensemble/abc_smc.hpp"
#include "unrest/ensemble/priors.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::ensemble {

/// What calibration judges a run by: the fit targets `unrest score` scores
/// (distance_to_targets), or the run's summary statistics (distance_to_record).
enum class CalibrationDistance : std::uint8_t { Statistics, Scores };

struct CalibrationConfig {
  std::vector<Prior> priors;  ///< in the file's order
  AbcSettings settings;
  std::size_t predictive = 50;
  CalibrationDistance distance = CalibrationDistance::Statistics;
};

/// Reads [calibration]. Each prior must name one of `parameters` (the model's).
/// Throws InputError naming the file, line and key.
CalibrationConfig read_calibration(const Scenario& scenario,
                                   const std::vector<std::string>& parameters);

}  // namespace unrest::ensemble
