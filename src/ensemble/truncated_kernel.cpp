#include "unrest/ensemble/truncated_kernel.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

#include "unrest/core/distributions.hpp"

namespace unrest::ensemble {

namespace {

/// Keeps a probability inside (0, 1) for the normal quantile.
constexpr double kTiny = 1e-300;

/// The mass of the standard normal on [a, b], from the tail that keeps its
/// precision.
double mass_between(double a, double b) noexcept {
  return a > 0 ? normal_cdf(-a) - normal_cdf(-b) : normal_cdf(b) - normal_cdf(a);
}

}  // namespace

double normal_cdf(double x) noexcept {
  return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

TruncatedKernel::TruncatedKernel(std::vector<double> sd,
                                 std::vector<std::pair<double, double>> support)
    : sd_(std::move(sd)), support_(std::move(support)) {}

std::pair<double, double> TruncatedKernel::standardised(std::size_t k, double centre) const {
  return {(support_[k].first - centre) / sd_[k], (support_[k].second - centre) / sd_[k]};
}

std::vector<double> TruncatedKernel::perturb(const std::vector<double>& centre,
                                             const std::vector<double>& uniforms) const {
  std::vector<double> x(centre.size());
  for (std::size_t k = 0; k < x.size(); ++k) {
    const auto [a, b] = standardised(k, centre[k]);
    double t = 0;
    if (a > 0) {
      const double qa = normal_cdf(-a), qb = normal_cdf(-b);
      t = -normal_quantile(std::clamp(qa - uniforms[k] * (qa - qb), kTiny, 1 - kTiny));
    } else {
      const double pa = normal_cdf(a), pb = normal_cdf(b);
      t = normal_quantile(std::clamp(pa + uniforms[k] * (pb - pa), kTiny, 1 - kTiny));
    }
    x[k] = std::clamp(centre[k] + sd_[k] * t, support_[k].first, support_[k].second);
  }
  return x;
}

double TruncatedKernel::log_density(const std::vector<double>& x,
                                    const std::vector<double>& centre) const {
  double log_density = 0;
  for (std::size_t k = 0; k < x.size(); ++k) {
    if (!(x[k] >= support_[k].first && x[k] <= support_[k].second))
      return -std::numeric_limits<double>::infinity();
    const auto [a, b] = standardised(k, centre[k]);
    const double t = (x[k] - centre[k]) / sd_[k];
    log_density += -0.5 * t * t - 0.5 * std::log(2 * std::numbers::pi) - std::log(sd_[k]) -
                   std::log(mass_between(a, b));
  }
  return log_density;
}

}  // namespace unrest::ensemble
