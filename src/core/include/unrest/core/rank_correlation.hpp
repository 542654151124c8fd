#pragma once
/// \file
/// Spearman's rank correlation, for the order of events against a record.

#include <vector>

namespace unrest {

/// Spearman's rank correlation of two equally long series, ties given their
/// mean rank; 0 when either has no spread.
double spearman(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace unrest
