#pragma once
/// \file
/// A tidy table with text cells as well as numbers (e.g. one row per place
/// and tick), for outputs beside the national time series.

#include <cmath>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "unrest/core/timeseries.hpp"

namespace unrest {

using Cell = std::variant<double, std::string>;

struct Table {
  std::string file;  ///< output file name, e.g. "cities.csv"
  std::vector<ColumnSpec> columns;
  std::vector<std::vector<Cell>> rows;

  /// The position of the column of that name; throws std::out_of_range.
  [[nodiscard]] std::size_t column_index(std::string_view name) const {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (columns[c].name == name) return c;
    }
    throw std::out_of_range("table " + file + " has no column \"" + std::string(name) + "\"");
  }
  /// A numeric cell by row and column name.
  [[nodiscard]] double number(std::size_t row, std::string_view column) const {
    return std::get<double>(rows.at(row)[column_index(column)]);
  }
  /// A text cell by row and column name.
  [[nodiscard]] const std::string& text(std::size_t row, std::string_view column) const {
    return std::get<std::string>(rows.at(row)[column_index(column)]);
  }
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

/// A place the record names: when it first protested in the record and in
/// the run. Ensembles summarise these by field, not by a table's columns.
struct FirstProtest {
  std::string place;
  std::string observed_date;  ///< YYYY-MM-DD
  double tick = -1;           ///< the run's first hour of protest there; -1: never
};

/// One quantity the record gives and a run predicts, scored over an
/// ensemble (`unrest score`): a first protest's hour, a strike's, a death
/// toll. The record gives [observed_low, observed_high]: a point, a whole day
/// when only the date is known, or a bound (observed_high = +inf for "over
/// 1,000"). Totals are scored on a log scale (`log_scale`).
struct FitTarget {
  std::string name;   ///< unique in the run, e.g. "first_protest:Almaty"
  std::string group;  ///< targets scored together: "first_protest", "strike", "killed"
  std::string unit;   ///< "hours", "people", "places"
  double simulated = 0;
  double observed_low = 0;
  double observed_high = 0;
  std::string observed_text;  ///< as the record gives it, e.g. "2022-01-04"
  /// A run within this of the observation counts as on target (the [fit]
  /// table's tolerance for the group; in the unit, or as a factor for totals).
  double tolerance = 0;
  bool log_scale = false;
  /// What the simple baselines predict from (the same for every run):
  /// "distance_km" from the origin, "shock_hardship" from the price shock.
  std::vector<std::pair<std::string, double>> features;

  [[nodiscard]] double feature(std::string_view key) const noexcept {
    for (const auto& [k, v] : features) {
      if (k == key) return v;
    }
    return NAN;
  }
};

struct FitReport {
  std::vector<FitScore> scores;
  std::vector<FitTarget> targets;  ///< for `unrest score`
  /// Rows of the record no target scores, each with why (the model has no
  /// such quantity, or names no such place).
  std::vector<std::pair<std::string, std::string>> unscored;
  std::vector<FitStatistic> statistics;      ///< for calibration (`unrest calibrate`)
  std::vector<FirstProtest> first_protests;  ///< per place the record names, in its order
  Table details;  ///< the model's own detail rows for fit.json (e.g. per city)

  [[nodiscard]] bool empty() const noexcept { return scores.empty(); }
  [[nodiscard]] const FitScore* find(const std::string& name) const noexcept {
    for (const auto& s : scores) {
      if (s.name == name) return &s;
    }
    return nullptr;
  }
};

}  // namespace unrest
