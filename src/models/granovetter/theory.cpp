#include "unrest/models/granovetter/theory.hpp"

#include <algorithm>
#include <cmath>

#include "unrest/core/distributions.hpp"
#include "unrest/core/random.hpp"
#include "unrest/models/granovetter/crowd.hpp"

namespace unrest::granovetter {

namespace {

/// P(X <= x) of the unrounded distribution.
double raw_cdf(const Params& p, double x) {
  if (p.distribution == Distribution::Normal) {
    if (p.sd == 0) return x >= p.mean ? 1.0 : 0.0;
    return normal_cdf((x - p.mean) / p.sd);
  }
  if (p.high == p.low) return x >= p.low ? 1.0 : 0.0;
  return std::clamp((x - p.low) / (p.high - p.low), 0.0, 1.0);
}

/// The smallest sd (to 1e-7) at which `above` holds: doubling from 1/1024 to
/// find a bracket, then bisection. Above the jump the equilibrium stays high,
/// falling towards N/2 only as sd grows without bound, so the first bracket
/// found is the jump.
template <class Above>
std::optional<double> bisect_sd(Params p, Above&& above) {
  double lo = 0;
  double hi = 1.0 / 1024;
  for (p.sd = hi; !above(p); p.sd = hi) {
    lo = hi;
    hi *= 2;
    if (hi > 1e9) return std::nullopt;
  }
  while (hi - lo > 1e-7) {
    p.sd = (lo + hi) / 2;
    (above(p) ? hi : lo) = p.sd;
  }
  return hi;
}

}  // namespace

double threshold_cdf(const Params& p, double r) {
  if (p.distribution == Distribution::List) {
    const auto& t = p.thresholds;
    return static_cast<double>(
               std::count_if(t.begin(), t.end(), [&](double x) { return x <= r; })) /
           static_cast<double>(t.size());
  }
  return raw_cdf(p, r);
}

double mean_field_equilibrium(const Params& p) {
  // N F(r); for a list, the count itself (dividing and multiplying by N would
  // lose the last bit and stall the recursion one short).
  const auto expected_count = [&](double r) {
    if (p.distribution == Distribution::List) {
      return static_cast<double>(std::count_if(p.thresholds.begin(), p.thresholds.end(),
                                               [&](double x) { return x <= r; }));
    }
    return static_cast<double>(p.population) * threshold_cdf(p, r);
  };
  double r = 0;
  // Monotone from below; near a tangency the steps shrink, hence the bound.
  for (int i = 0; i < 1'000'000; ++i) {
    const double next = expected_count(r);
    if (std::abs(next - r) < 1e-10) return next;
    r = next;
  }
  return r;
}

std::optional<double> mean_field_critical_sd(const Params& params) {
  if (params.distribution != Distribution::Normal) return std::nullopt;
  return bisect_sd(params, [](const Params& p) {
    return mean_field_equilibrium(p) > static_cast<double>(p.population) / 2;
  });
}

std::optional<double> quantile_crowd_critical_sd(const Params& params) {
  if (params.distribution != Distribution::Normal) return std::nullopt;
  Params q = params;
  q.sampling = Sampling::Quantiles;
  const RandomStream unused(0, 0);
  return bisect_sd(q, [&](const Params& p) {
    const auto acting = iterate_crowd(make_thresholds(p, unused), p.population + 1);
    return static_cast<double>(acting.back()) > static_cast<double>(p.population) / 2;
  });
}

}  // namespace unrest::granovetter
