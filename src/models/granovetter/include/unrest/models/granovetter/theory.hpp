#pragma once
/// \file
/// Granovetter's analytic side: the equilibrium of his recursion
/// r(t + 1) = N F(r(t)), F the continuous distribution function of the
/// thresholds (unrounded; for a list, the exact count), and for normal
/// thresholds the critical standard deviation at which the equilibrium jumps
/// from a few to nearly all ("approximately 12.2" for N = 100, mean 25).

#include <optional>

#include "unrest/models/granovetter/params.hpp"

namespace unrest::granovetter {

/// P(threshold <= r): the continuous distribution, or the list's share.
double threshold_cdf(const Params& params, double r);

/// The limit of r(t + 1) = N F(r(t)) from r(0) = 0: the smallest fixed point.
double mean_field_equilibrium(const Params& params);

/// For normal thresholds: the smallest standard deviation (to 1e-7) at which
/// the mean-field equilibrium exceeds N / 2, with the params' mean and N;
/// nothing for other distributions or if it never does.
std::optional<double> mean_field_critical_sd(const Params& params);

/// The same critical value for the crowd of evenly spaced quantiles
/// (sampling = "quantiles"), from its exact integer dynamics.
std::optional<double> quantile_crowd_critical_sd(const Params& params);

}  // namespace unrest::granovetter
