#pragma once
/// \file
/// Order statistics of a sample, as the ensemble tables report them.

#include <array>
#include <vector>

namespace unrest::ensemble {

/// The probabilities every ensemble table reports.
inline constexpr std::array<double, 5> kReportedProbabilities = {0.05, 0.25, 0.5, 0.75, 0.95};

/// The p-quantile of a sorted sample by linear interpolation between order
/// statistics (Hyndman and Fan's type 7, R's and NumPy's default). NaN for an
/// empty sample.
double quantile_sorted(const std::vector<double>& sorted, double p);

/// Mean, standard deviation (n - 1), extremes and the reported quantiles.
struct Distribution {
  std::size_t n = 0;
  double mean = 0;
  double sd = 0;
  double min = 0;
  double max = 0;
  std::array<double, kReportedProbabilities.size()> q{};  ///< at kReportedProbabilities

  [[nodiscard]] double median() const noexcept { return q[2]; }
  [[nodiscard]] double low90() const noexcept { return q[0]; }
  [[nodiscard]] double high90() const noexcept { return q[4]; }
};

/// The distribution of `sample` (NaNs are skipped).
Distribution describe(std::vector<double> sample);

}  // namespace unrest::ensemble
