#pragma once
/// \file
/// Priors of the parameters `unrest calibrate` fits: the marginal
/// distributions ABC-SMC draws its first generation from and weighs every
/// later one against.

#include <string>

namespace unrest::ensemble {

/// The shape of a prior. LogUniform suits rates spanning orders of magnitude:
/// it is uniform in log(x).
enum class PriorKind { Uniform, LogUniform, Normal };

/// The prior of one parameter. Normal is truncated to [low, high] (which may be
/// +-infinity); Uniform and LogUniform need finite bounds. The methods assume
/// a prior that passes check_prior.
struct Prior {
  std::string parameter;
  PriorKind kind = PriorKind::Uniform;
  double low = 0, high = 1;  ///< support, closed (LogUniform: 0 < low < high)
  double mean = 0, sd = 1;   ///< Normal only: of the normal before truncation

  /// Whether x lies in the support [low, high] (NaN does not).
  [[nodiscard]] bool contains(double x) const noexcept;
  /// The normalised probability density at x: 0 outside the support.
  [[nodiscard]] double density(double x) const noexcept;
  /// The inverse cumulative distribution function at u in (0, 1), always
  /// inside the support. The truncated normal works with upper-tail
  /// probabilities when its support lies above the mean, so a far-tail
  /// truncation keeps its precision.
  [[nodiscard]] double quantile(double u) const noexcept;
  /// The prior as a person writes it: "uniform(0.5, 0.75)",
  /// "log-uniform(1e-05, 0.001)", "normal(0.6, 0.05) on [0.5, 0.7]" (a normal
  /// with both bounds infinite: "normal(0.6, 0.05)").
  [[nodiscard]] std::string describe() const;
};

/// Throws std::invalid_argument, naming the parameter and the fault, for a
/// prior that cannot be sampled: a bound, mean or sd not a number, low >= high,
/// an infinite bound on a uniform or log-uniform prior, a log-uniform prior
/// with low <= 0, sd <= 0 or infinite, or a normal whose truncation keeps less
/// than 1e-9 of its mass (the bounds are surely a mistake).
void check_prior(const Prior& prior);

}  // namespace unrest::ensemble
