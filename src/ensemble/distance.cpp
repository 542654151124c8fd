#include "unrest/ensemble/distance.hpp"

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
