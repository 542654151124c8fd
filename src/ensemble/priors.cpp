#include "unrest/ensemble/priors.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

#include "unrest/core/distributions.hpp"

namespace unrest::ensemble {

namespace {

/// The smallest share of a normal's mass a truncation may keep.
constexpr double kMinimumNormalMass = 1e-9;

double standardised(const Prior& p, double x) noexcept {
  return (x - p.mean) / p.sd;
}

/// P(a <= Z <= b) for a standard normal Z. Above the mean the difference of
/// upper-tail probabilities keeps the precision that 1 - tiny would lose.
double normal_mass(double a, double b) noexcept {
  return a > 0 ? normal_cdf(-a) - normal_cdf(-b) : normal_cdf(b) - normal_cdf(a);
}

double truncated_normal_mass(const Prior& p) noexcept {
  return normal_mass(standardised(p, p.low), standardised(p, p.high));
}

double truncated_normal_quantile(const Prior& p, double u) noexcept {
  const double a = standardised(p, p.low);
  const double b = standardised(p, p.high);
  const double mass = normal_mass(a, b);
  // Above the mean, invert the mirror image -Z on [-b, -a] at 1 - u.
  const double z = a > 0 ? -normal_quantile(normal_cdf(-b) + (1 - u) * mass)
                         : normal_quantile(normal_cdf(a) + u * mass);
  return p.mean + p.sd * z;
}

std::string_view kind_name(PriorKind kind) noexcept {
  switch (kind) {
    case PriorKind::Uniform:
      return "uniform";
    case PriorKind::LogUniform:
      return "log-uniform";
    case PriorKind::Normal:
      return "normal";
  }
  return "unknown";
}

[[noreturn]] void reject(const Prior& p, const std::string& fault) {
  throw std::invalid_argument(
      fmt::format("prior of '{}' ({}): {}", p.parameter, kind_name(p.kind), fault));
}

}  // namespace

bool Prior::contains(double x) const noexcept {
  return x >= low && x <= high;
}

double Prior::density(double x) const noexcept {
  if (!contains(x)) return 0;
  switch (kind) {
    case PriorKind::Uniform:
      return 1 / (high - low);
    case PriorKind::LogUniform:
      return 1 / (x * std::log(high / low));
    case PriorKind::Normal: {
      const double z = standardised(*this, x);
      return std::exp(-0.5 * z * z) /
             (std::sqrt(2 * std::numbers::pi) * sd * truncated_normal_mass(*this));
    }
  }
  return 0;
}

double Prior::quantile(double u) const noexcept {
  double x = low;
  switch (kind) {
    case PriorKind::Uniform:
      x = low + u * (high - low);
      break;
    case PriorKind::LogUniform:
      x = std::exp(std::log(low) + u * std::log(high / low));
      break;
    case PriorKind::Normal:
      x = truncated_normal_quantile(*this, u);
      break;
  }
  return std::clamp(x, low, high);  // rounding must not leave the support
}

std::string Prior::describe() const {
  switch (kind) {
    case PriorKind::Uniform:
      return fmt::format("uniform({}, {})", low, high);
    case PriorKind::LogUniform:
      return fmt::format("log-uniform({}, {})", low, high);
    case PriorKind::Normal:
      if (std::isinf(low) && std::isinf(high)) return fmt::format("normal({}, {})", mean, sd);
      return fmt::format("normal({}, {}) on [{}, {}]", mean, sd, low, high);
  }
  return "unknown";
}

void check_prior(const Prior& p) {
  if (std::isnan(p.low) || std::isnan(p.high)) reject(p, "a bound is not a number");
  if (!(p.low < p.high))
    reject(p, fmt::format("needs low < high, got low = {}, high = {}", p.low, p.high));
  switch (p.kind) {
    case PriorKind::Uniform:
    case PriorKind::LogUniform:
      if (!std::isfinite(p.low) || !std::isfinite(p.high))
        reject(p, fmt::format("needs finite bounds, got [{}, {}]", p.low, p.high));
      if (p.kind == PriorKind::LogUniform && !(p.low > 0))
        reject(p, fmt::format("needs 0 < low, got low = {}", p.low));
      break;
    case PriorKind::Normal: {
      if (!std::isfinite(p.mean)) reject(p, fmt::format("needs a finite mean, got {}", p.mean));
      if (!(p.sd > 0) || !std::isfinite(p.sd))
        reject(p, fmt::format("needs a finite sd > 0, got sd = {}", p.sd));
      const double mass = truncated_normal_mass(p);
      if (!(mass >= kMinimumNormalMass))
        reject(p, fmt::format("the truncation to [{}, {}] keeps only {:.3g} of the mass of "
                              "normal({}, {}); the bounds lie far in its tail",
                              p.low, p.high, mass, p.mean, p.sd));
      break;
    }
  }
}

}  // namespace unrest::ensemble
