#include "unrest/core/timeseries.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace unrest {

TimeSeries::TimeSeries(std::vector<ColumnSpec> columns)
    : specs_(std::move(columns)), values_(specs_.size()) {}

void TimeSeries::append(std::span<const double> row) {
  if (row.size() != specs_.size()) {
    throw std::logic_error(
        fmt::format("time-series row has {} values for {} columns", row.size(), specs_.size()));
  }
  for (std::size_t i = 0; i < row.size(); ++i) values_[i].push_back(row[i]);
  ++rows_;
}

const std::vector<double>& TimeSeries::column(const std::string& name) const {
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    if (specs_[i].name == name) return values_[i];
  }
  throw std::out_of_range(fmt::format("no time-series column '{}'", name));
}

bool TimeSeries::has_column(const std::string& name) const noexcept {
  for (const auto& spec : specs_) {
    if (spec.name == name) return true;
  }
  return false;
}

}  // namespace unrest
