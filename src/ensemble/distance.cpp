#include "unrest/ensemble/distance.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace unrest::ensemble {

double distance_to_record(const std::vector<FitStatistic>& statistics) {
  std::map<std::string, std::pair<double, int>> groups;  // sum of squares, count
  for (const auto& s : statistics) {
    const double miss = s.discrepancy();
    auto& [sum, count] = groups[s.group];
    sum += std::isfinite(miss) ? miss * miss : 1e12;
    ++count;
  }
  if (groups.empty()) return 0;
  double total = 0;
  for (const auto& [name, g] : groups) total += g.first / g.second;
  return std::sqrt(total / static_cast<double>(groups.size()));
}

double distance_to_targets(const std::vector<FitTarget>& targets) {
  std::map<std::string, std::pair<double, int>> groups;  // sum of squares, count
  for (const auto& t : targets) {
    double miss = 0;
    if (t.log_scale) {
      // A factor outside the record's range, in units of the tolerated factor.
      const double x = std::log1p(std::max(0.0, t.simulated));
      const double low = std::log1p(t.observed_low), high = std::log1p(t.observed_high);
      const double unit = t.tolerance > 1 ? std::log(t.tolerance) : 1.0;
      miss = (x < low ? low - x : x > high ? x - high : 0.0) / unit;
    } else {
      const double x = t.simulated;
      const double out = x < t.observed_low    ? t.observed_low - x
                         : x > t.observed_high ? x - t.observed_high
                                               : 0.0;
      miss = t.tolerance > 0 ? out / t.tolerance : (out > 0 ? 1.0 : 0.0);
    }
    // Capped, as the statistics' misses are: an event the run never sees
    // (censored at its end) must not outweigh every other target.
    miss = std::isfinite(miss) ? std::min(miss, kMaxTargetMiss) : kMaxTargetMiss;
    auto& [sum, count] = groups[t.group];
    sum += miss * miss;
    ++count;
  }
  if (groups.empty()) return 0;
  double total = 0;
  for (const auto& [name, g] : groups) total += g.first / g.second;
  return std::sqrt(total / static_cast<double>(groups.size()));
}

std::vector<FitStatistic> against_truth(std::vector<FitStatistic> statistics,
                                        const std::vector<FitStatistic>& truth) {
  for (auto& s : statistics) {
    const FitStatistic* match = nullptr;
    for (const auto& t : truth) {
      if (t.name == s.name) match = &t;
    }
    if (!match) throw std::invalid_argument("the synthetic record lacks statistic " + s.name);
    s.low = s.high = match->simulated;
  }
  return statistics;
}

}  // namespace unrest::ensemble
