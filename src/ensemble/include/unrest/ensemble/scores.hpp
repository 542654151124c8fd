#pragma once
/// \file
/// Scores of an ensemble's forecast of one observed quantity, for fits that
/// can fail (shared/VALIDATION.md): errors, the continuous ranked probability
/// score over replicates, and interval coverage. An observation is an
/// interval [low, high]: a point when they are equal, a whole day when the
/// record gives only the date (a first protest "on 4 January" is any hour of
/// that day), and a forecast inside it makes no error.

#include <vector>

namespace unrest::ensemble {

/// What the record says of a quantity: [low, high], low <= high, low
/// finite; high = +inf for a floor ("over 1,000").
struct Observed {
  double low = 0;
  double high = 0;
};

/// Signed distance from `x` to the observation: negative when early/low, 0
/// inside, positive when late/high.
double signed_error(double x, const Observed& observed);

/// The CRPS of the empirical distribution of `samples` (the replicates)
/// against the observation, in the quantity's unit: the integral of F(x)^2
/// below low plus that of (1 - F(x))^2 above high, F the samples' empirical
/// CDF. For a point observation it is the usual CRPS, E|X - y| - E|X - X'|/2
/// (Gneiting and Raftery 2007, JASA 102:359); for one sample, |x - y|. Lower
/// is better; 0 only when every sample lies inside the observation. Throws
/// std::invalid_argument for no samples, a sample that is not finite, or an
/// observation with low > high, low not finite or high NaN.
double crps(std::vector<double> samples, const Observed& observed);

/// Whether the central `level` interval of the samples (type 7 quantiles at
/// (1 - level) / 2 and (1 + level) / 2) meets the observation. Same throws as
/// crps, and for a level outside (0, 1).
bool covers(std::vector<double> samples, const Observed& observed, double level = 0.8);

/// log(simulated / observed) for positive totals (deaths, injured): 0 is
/// exact, log 2 a factor of two too many. NaN unless both are positive.
double log_ratio(double simulated, double observed);

}  // namespace unrest::ensemble
