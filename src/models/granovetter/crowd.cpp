#include "unrest/models/granovetter/crowd.hpp"

#include <algorithm>
#include <cmath>

#include "unrest/core/distributions.hpp"

namespace unrest::granovetter {

namespace {

double round_threshold(double x, Rounding rounding) {
  switch (rounding) {
    case Rounding::Floor:
      return std::floor(x);
    case Rounding::Round:
      return std::round(x);
    case Rounding::None:
      return x;
  }
  return x;
}

}  // namespace

std::vector<double> make_thresholds(const Params& p, const RandomStream& rng) {
  std::vector<double> out;
  if (p.distribution == Distribution::List) {
    out = p.thresholds;
  } else {
    const auto n = static_cast<std::size_t>(p.population);
    out.resize(n);
#pragma omp parallel for schedule(static) if (n > 100'000)
    for (std::int64_t i = 0; i < static_cast<std::int64_t>(n); ++i) {
      const auto id = static_cast<std::uint64_t>(i);
      const double u = p.sampling == Sampling::Quantiles
                           ? (static_cast<double>(i) + 0.5) / static_cast<double>(n)
                           : open_unit(rng.draw(0, id, Purpose::Threshold).words[0]);
      const double x = p.distribution == Distribution::Normal ? p.mean + p.sd * normal_quantile(u)
                                                              : p.low + (p.high - p.low) * u;
      out[id] = round_threshold(x, p.rounding);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::int64_t> iterate_crowd(const std::vector<double>& sorted,
                                        std::int64_t max_rounds) {
  std::vector<std::int64_t> acting = {0};
  for (std::int64_t round = 1; round <= max_rounds; ++round) {
    const double r = static_cast<double>(acting.back());
    const auto next = static_cast<std::int64_t>(std::upper_bound(sorted.begin(), sorted.end(), r) -
                                                sorted.begin());
    if (next == acting.back()) break;
    acting.push_back(next);
  }
  return acting;
}

}  // namespace unrest::granovetter
