#include "unrest/core/distributions.hpp"

#include <cmath>
#include <numbers>

namespace unrest {

double normal_cdf(double x) noexcept {
  return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

double normal_quantile(double p) noexcept {
  if (p <= 0) return -INFINITY;
  if (p >= 1) return INFINITY;
  // Coefficients of P. J. Acklam's approximation (2003).
  constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                          1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
  constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                          6.680131188771972e+01, -1.328068155288572e+01};
  constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                          -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
  constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                          3.754408661907416e+00};
  constexpr double low = 0.02425;
  double x = 0;
  if (p < low) {
    const double q = std::sqrt(-2 * std::log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - low) {
    const double q = p - 0.5;
    const double r = q * q;
    x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const double q = std::sqrt(-2 * std::log1p(-p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  // One Halley step on normal_cdf(x) - p.
  const double e = normal_cdf(x) - p;
  const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
  return x - u / (1 + x * u / 2);
}

std::uint64_t poisson_draw(double mean, std::uint64_t word0, std::uint64_t word1) noexcept {
  if (!(mean > 0)) return 0;
  if (mean < 30) {
    const double u = open_unit(word0);
    double p = std::exp(-mean);
    double cumulative = p;
    std::uint64_t k = 0;
    while (u > cumulative && k < 1000) {
      ++k;
      p *= mean / static_cast<double>(k);
      cumulative += p;
    }
    return k;
  }
  const double z = normal_quantile(open_unit(word0 ^ (word1 << 1)));
  const double x = std::floor(mean + std::sqrt(mean) * z + 0.5);
  return x <= 0 ? 0 : static_cast<std::uint64_t>(x);
}

std::uint64_t stochastic_round(double x, std::uint64_t word) noexcept {
  if (!(x > 0)) return 0;
  const double down = std::floor(x);
  return static_cast<std::uint64_t>(down) + (open_unit(word) < x - down ? 1 : 0);
}

double poisson_pmf(std::int64_t k, double z) noexcept {
  if (k < 0) return 0;
  if (z == 0) return k == 0 ? 1.0 : 0.0;
  return std::exp(static_cast<double>(k) * std::log(z) - z -
                  std::lgamma(static_cast<double>(k) + 1));
}

}  // namespace unrest
