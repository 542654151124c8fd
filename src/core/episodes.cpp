#include "unrest/core/episodes.hpp"

namespace unrest {

std::vector<Episode> find_episodes(std::span<const double> values, double threshold) {
  std::vector<Episode> out;
  bool inside = false;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const bool above = values[i] > threshold;
    if (above && !inside) {
      out.push_back({i, i, values[i]});
      inside = true;
    } else if (above) {
      out.back().end = i;
      if (values[i] > out.back().peak) out.back().peak = values[i];
    } else {
      inside = false;
    }
  }
  return out;
}

std::vector<double> waiting_times(const std::vector<Episode>& episodes) {
  std::vector<double> out;
  for (std::size_t i = 1; i < episodes.size(); ++i) {
    out.push_back(static_cast<double>(episodes[i].start - episodes[i - 1].end));
  }
  return out;
}

}  // namespace unrest
