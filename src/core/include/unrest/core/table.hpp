#pragma once
/// \file
/// A tidy table with text cells as well as numbers (e.g. one row per place
/// and tick), for outputs beside the national time series.

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

struct FitReport {
  std::vector<FitScore> scores;
  Table details;  ///< e.g. per city: observed and simulated first protest

  [[nodiscard]] bool empty() const noexcept { return scores.empty(); }
  [[nodiscard]] const FitScore* find(const std::string& name) const noexcept {
    for (const auto& s : scores) {
      if (s.name == name) return &s;
    }
    return nullptr;
  }
};

}  // namespace unrest
