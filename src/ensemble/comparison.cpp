#include "unrest/ensemble/comparison.hpp"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "unrest/ensemble/ensemble_summary.hpp"

namespace unrest::ensemble {

std::vector<OutcomeDifference> compare_outcomes(const std::vector<ReplicateDigest>& base,
                                                const std::vector<ReplicateDigest>& other,
                                                const std::vector<std::string>& outcomes) {
  if (base.size() != other.size()) {
    throw std::invalid_argument("the ensembles to compare hold different numbers of replicates");
  }
  for (std::size_t i = 0; i < base.size(); ++i) {
    if (base[i].replicate != other[i].replicate) {
      throw std::invalid_argument("the ensembles to compare hold different replicates");
    }
  }
  std::vector<OutcomeDifference> out;
  for (const auto& name : outcomes) {
    std::vector<double> a, b, diff;
    double higher = 0, lower = 0;
    for (std::size_t i = 0; i < base.size(); ++i) {
      const double x = base[i].has_value(name) ? base[i].value(name) : NAN;
      const double y = other[i].has_value(name) ? other[i].value(name) : NAN;
      a.push_back(x);
      b.push_back(y);
      diff.push_back(y - x);
      higher += y > x;
      lower += y < x;
    }
    const auto n = static_cast<double>(base.size());
    out.push_back({name, describe(a), describe(b), describe(diff), n > 0 ? higher / n : NAN,
                   n > 0 ? lower / n : NAN});
  }
  return out;
}

Table comparison_table(const std::vector<std::string>& scenarios,
                       const std::vector<std::vector<OutcomeDifference>>& rows) {
  Table t;
  t.file = "compare.csv";
  t.columns = {{"scenario", ColumnKind::Text, "the scenario compared with the base"},
               {"outcome", ColumnKind::Text, "outcome (a summary value of the run)"},
               {"replicates", ColumnKind::Integer, "replicate pairs"},
               {"base_median", ColumnKind::Real, "median in the base"},
               {"other_median", ColumnKind::Real, "median in this scenario"},
               {"difference_median", ColumnKind::Real, "median of the paired difference"},
               {"difference_q05", ColumnKind::Real, "5% quantile of the paired difference"},
               {"difference_q95", ColumnKind::Real, "95% quantile of the paired difference"},
               {"difference_mean", ColumnKind::Real, "mean paired difference"},
               {"share_higher", ColumnKind::Real, "share of pairs where this scenario is higher"},
               {"share_lower", ColumnKind::Real, "share of pairs where this scenario is lower"}};
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    for (const auto& d : rows[s]) {
      t.rows.push_back({scenarios[s], d.outcome, static_cast<double>(d.difference.n),
                        d.base.median(), d.other.median(), d.difference.median(),
                        d.difference.low90(), d.difference.high90(), d.difference.mean,
                        d.share_higher, d.share_lower});
    }
  }
  return t;
}

Table comparison_series(const std::vector<std::string>& names,
                        const std::vector<std::vector<ReplicateDigest>>& ensembles) {
  if (names.size() != ensembles.size()) {
    throw std::invalid_argument("comparison_series: one name per ensemble");
  }
  Table t;
  t.file = "compare_timeseries.csv";
  for (std::size_t s = 0; s < ensembles.size(); ++s) {
    Table one = ensemble_series(ensembles[s]);
    if (t.columns.empty()) {
      t.columns = one.columns;
      t.columns.insert(t.columns.begin() + 1,
                       ColumnSpec{"scenario", ColumnKind::Text, "scenario ([scenario] name)"});
    }
    for (auto& row : one.rows) {
      row.insert(row.begin() + 1, Cell(names[s]));
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

}  // namespace unrest::ensemble
