#pragma once
/// \file
/// A tidy table with text cells as well as numbers (e.g. one row per place
/// and tick), for outputs beside the national time series.

#include <cmath>
#include <string>
#include <variant>
#include <vector>

#include "unrest/core/timeseries.hpp"

namespace unrest {

using Cell = std::variant<double, std::string>;

struct Table {
  std::string file;  ///< output file name, e.g. "cities.csv"
  std::vector<ColumnSpec> columns;
  std::vector<std::vector<Cell>> rows;
};

/// One score of a run's fit to the observed record.
struct FitScore {
  std::string name;
  double value = 0;
  std::string target;  ///< e.g. ">= 0.8", "in [82, 328]"
  bool pass = false;
  std::string description;
};

/// A statistic of a run beside what the record says of it, for calibration.
/// The record gives an interval [low, high]: a point when they are equal, a
/// bound when one side is infinite. `scale` is the miss that counts as one
/// unit of distance; statistics of one `group` share one weight (so 18 city
/// dates weigh as much as one death toll).
struct FitStatistic {
  std::string name;
  std::string group;
  double simulated = 0;
  double low = 0;
  double high = 0;
  double scale = 1;
  std::string description;
  /// The largest discrepancy counted: beyond it a miss is a miss (a city
  /// four days late and one that never protests are equally wrong), so one
  /// outlying statistic cannot swamp the rest.
  double cap = INFINITY;

  /// How far the simulated value lies outside [low, high], in units of
  /// scale, at most `cap`.
  [[nodiscard]] double discrepancy() const noexcept {
    double miss = 0;
    if (simulated < low) miss = (low - simulated) / scale;
    if (simulated > high) miss = (simulated - high) / scale;
    return miss < cap ? miss : cap;
  }
};

struct FitReport {
  std::vector<FitScore> scores;
  std::vector<FitStatistic> statistics;  ///< for calibration (`unrest calibrate`)
  Table details;                         ///< e.g. per city: observed and simulated first protest

  [[nodiscard]] bool empty() const noexcept { return scores.empty(); }
  [[nodiscard]] const FitScore* find(const std::string& name) const noexcept {
    for (const auto& s : scores) {
      if (s.name == name) return &s;
    }
    return nullptr;
  }
};

}  // namespace unrest
