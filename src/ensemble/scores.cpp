#include "unrest/ensemble/scores.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "unrest/ensemble/quantiles.hpp"

namespace unrest::ensemble {

namespace {

void check(const std::vector<double>& samples, const Observed& observed) {
  if (samples.empty()) throw std::invalid_argument("a score needs at least one sample");
  for (const double x : samples) {
    if (!std::isfinite(x)) throw std::invalid_argument("a scored sample is not finite");
  }
  if (!std::isfinite(observed.low) || std::isnan(observed.high) || observed.low > observed.high) {
    throw std::invalid_argument(
        "an observation must be an interval with a finite low <= high (high may be +inf)");
  }
}

}  // namespace

double signed_error(double x, const Observed& observed) {
  if (x < observed.low) return x - observed.low;
  if (x > observed.high) return x - observed.high;
  return 0;
}

double crps(std::vector<double> samples, const Observed& observed) {
  check(samples, observed);
  std::sort(samples.begin(), samples.end());
  const auto m = static_cast<double>(samples.size());
  double score = 0;
  // F is k/m on [x_(k), x_(k+1)), 0 before the first sample, 1 after the last.
  for (std::size_t k = 0; k <= samples.size(); ++k) {
    const double from = k == 0 ? -INFINITY : samples[k - 1];
    const double to = k == samples.size() ? INFINITY : samples[k];
    const double f = static_cast<double>(k) / m;
    const double below = std::min(to, observed.low) - from;  // the part of [from, to) below low
    if (below > 0 && f > 0) score += f * f * below;
    const double above = to - std::max(from, observed.high);  // the part above high
    if (above > 0 && f < 1) score += (1 - f) * (1 - f) * above;
  }
  return score;
}

bool covers(std::vector<double> samples, const Observed& observed, double level) {
  check(samples, observed);
  if (!(level > 0 && level < 1)) throw std::invalid_argument("a coverage level is in (0, 1)");
  std::sort(samples.begin(), samples.end());
  const double low = quantile_sorted(samples, (1 - level) / 2);
  const double high = quantile_sorted(samples, (1 + level) / 2);
  return low <= observed.high && high >= observed.low;
}

double log_ratio(double simulated, double observed) {
  if (!(simulated > 0 && observed > 0)) return NAN;
  return std::log(simulated / observed);
}

}  // namespace unrest::ensemble
