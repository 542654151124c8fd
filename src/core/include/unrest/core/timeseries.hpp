#pragma once
/// \file
/// A tidy per-tick table: one row per recorded tick, one column per quantity.
/// Columns are declared once, with their meaning; rows are appended as the run
/// goes.

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace unrest {

enum class ColumnKind { Integer, Real, Text };

/// One recorded quantity.
struct ColumnSpec {
  ColumnSpec() = default;
  ColumnSpec(std::string name_, ColumnKind kind_, std::string description_, std::string unit_ = {})
      : name(std::move(name_)),
        kind(kind_),
        description(std::move(description_)),
        unit(std::move(unit_)) {}

  std::string name;                    ///< CSV header, snake_case
  ColumnKind kind = ColumnKind::Real;  ///< integers are written without a decimal point
  std::string description;             ///< one line
  std::string unit;                    ///< "people", "hour", "tenge per litre"; empty: none given
};

class TimeSeries {
 public:
  TimeSeries() = default;
  explicit TimeSeries(std::vector<ColumnSpec> columns);

  /// Appends one row; its length must equal the number of columns.
  void append(std::span<const double> row);
  void append(std::initializer_list<double> row) { append(std::span(row.begin(), row.size())); }

  [[nodiscard]] std::size_t rows() const noexcept { return rows_; }
  [[nodiscard]] std::size_t column_count() const noexcept { return specs_.size(); }
  [[nodiscard]] const std::vector<ColumnSpec>& specs() const noexcept { return specs_; }
  [[nodiscard]] const std::vector<double>& column(std::size_t i) const { return values_.at(i); }
  /// The column of that name; throws std::out_of_range if there is none.
  [[nodiscard]] const std::vector<double>& column(const std::string& name) const;
  [[nodiscard]] bool has_column(const std::string& name) const noexcept;

 private:
  std::vector<ColumnSpec> specs_;
  std::vector<std::vector<double>> values_;  // column-major
  std::size_t rows_ = 0;
};

}  // namespace unrest
