#pragma once
/// \file
/// Distribution functions the models and their analytic results need.

#include <cstdint>

namespace unrest {

/// Standard normal cumulative distribution function.
double normal_cdf(double x) noexcept;

/// Standard normal quantile, the inverse of normal_cdf, for p in (0, 1):
/// Acklam's rational approximation refined by one Halley step (relative error
/// below 1e-15 over the range).
double normal_quantile(double p) noexcept;

/// Poisson probability of k events at mean z.
double poisson_pmf(std::int64_t k, double z) noexcept;

/// A Poisson draw with mean `mean` from two uniform words: inversion below a
/// mean of 30, above it the normal approximation (continuity-corrected,
/// floored at 0), whose error is far below the uncertainty of any rate here.
std::uint64_t poisson_draw(double mean, std::uint64_t word0, std::uint64_t word1) noexcept;

/// x rounded down or up at random, up with probability x - floor(x).
std::uint64_t stochastic_round(double x, std::uint64_t word) noexcept;

/// A uniform draw mapped to (0, 1), never 0 or 1: (k + 1/2) / 2^52 for the
/// top 52 bits k (k + 1/2 is then exact in a double).
inline double open_unit(std::uint64_t word) noexcept {
  return (static_cast<double>(word >> 12) + 0.5) * 0x1.0p-52;
}

}  // namespace unrest
