#pragma once
/// \file
/// The component-wise truncated normal perturbation kernel of ABC-SMC
/// (AbcKernel::Component): each coordinate apart, N(centre_k, sd_k^2)
/// truncated to its support [low_k, high_k]. Every draw lies inside, and the
/// density carries the truncation's mass, so importance weights stay right
/// near a bound.

#include <utility>
#include <vector>

namespace unrest::ensemble {

/// Phi(x), the standard normal distribution function.
double normal_cdf(double x) noexcept;

class TruncatedKernel {
 public:
  /// sd_k > 0; low_k < high_k (either may be infinite).
  TruncatedKernel(std::vector<double> sd, std::vector<std::pair<double, double>> support);

  /// Each coordinate's draw at its uniform in (0, 1): the inverse of the
  /// truncated distribution function (in the upper tail when the support lies
  /// above the centre, so that a far truncation keeps its precision). Always
  /// inside the support.
  [[nodiscard]] std::vector<double> perturb(const std::vector<double>& centre,
                                            const std::vector<double>& uniforms) const;

  /// The log of the truncated density at x; -infinity outside the support.
  [[nodiscard]] double log_density(const std::vector<double>& x,
                                   const std::vector<double>& centre) const;

 private:
  /// The support of coordinate k in units of sd_k from `centre`.
  [[nodiscard]] std::pair<double, double> standardised(std::size_t k, double centre) const;

  std::vector<double> sd_;
  std::vector<std::pair<double, double>> support_;
};

}  // namespace unrest::ensemble
