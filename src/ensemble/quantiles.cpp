#include "unrest/ensemble/quantiles.hpp"

#include <algorithm>
#include <cmath>

namespace unrest::ensemble {

double quantile_sorted(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return NAN;
  const double h = (static_cast<double>(sorted.size()) - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  const double frac = h - static_cast<double>(lo);
  if (frac == 0) return sorted[lo];  // exact order statistic (also when the next is infinite)
  return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
}

Distribution describe(std::vector<double> sample) {
  std::erase_if(sample, [](double x) { return std::isnan(x); });
  std::sort(sample.begin(), sample.end());
  Distribution d;
  d.n = sample.size();
  if (sample.empty()) {
    d.mean = d.sd = d.min = d.max = NAN;
    d.q.fill(NAN);
    return d;
  }
  double sum = 0;
  for (const double x : sample) sum += x;
  d.mean = sum / static_cast<double>(d.n);
  double squares = 0;
  for (const double x : sample) squares += (x - d.mean) * (x - d.mean);
  d.sd = d.n > 1 ? std::sqrt(squares / static_cast<double>(d.n - 1)) : 0.0;
  d.min = sample.front();
  d.max = sample.back();
  for (std::size_t i = 0; i < kReportedProbabilities.size(); ++i) {
    d.q[i] = quantile_sorted(sample, kReportedProbabilities[i]);
  }
  return d;
}

}  // namespace unrest::ensemble
