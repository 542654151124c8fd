#include "unrest/ensemble/sweep_tables.hpp"

#include "unrest/ensemble/quantiles.hpp"

namespace unrest::ensemble {

Table sweep_rows(const std::vector<SweepParameter>& parameters,
                 const std::vector<std::vector<double>>& points, std::size_t runs,
                 const std::vector<ReplicateDigest>& digests) {
  Table t;
  t.file = "sweep.csv";
  t.columns = {{"point", ColumnKind::Integer, "design point"},
               {"replicate", ColumnKind::Integer, "replicate (run index) at the point"}};
  for (const auto& p : parameters) t.columns.push_back({p.name, ColumnKind::Real, "swept value"});
  t.columns.push_back({"statistic", ColumnKind::Text, "summary value or fit score"});
  t.columns.push_back({"value", ColumnKind::Real, "its value in this run"});
  for (std::size_t point = 0; point < points.size(); ++point) {
    for (std::size_t r = 0; r < runs; ++r) {
      const ReplicateDigest& d = digests[point * runs + r];
      const auto add = [&](const std::string& name, double value) {
        std::vector<Cell> row = {static_cast<double>(point), static_cast<double>(r)};
        for (const double v : points[point]) row.emplace_back(v);
        row.emplace_back(name);
        row.emplace_back(value);
        t.rows.push_back(std::move(row));
      };
      for (const auto& s : d.summary) add(s.name, s.value);
      for (const auto& s : d.scores) add(s.name, s.value);
    }
  }
  return t;
}

Table point_summary(const std::vector<SweepParameter>& parameters,
                    const std::vector<std::vector<double>>& points, std::size_t runs,
                    const std::vector<ReplicateDigest>& digests) {
  Table t;
  t.file = "sweep_summary.csv";
  t.columns = {{"point", ColumnKind::Integer, "design point"}};
  for (const auto& p : parameters) t.columns.push_back({p.name, ColumnKind::Real, "swept value"});
  t.columns.push_back({"statistic", ColumnKind::Text, "summary value or fit score"});
  t.columns.push_back({"replicates", ColumnKind::Integer, "runs at the point"});
  t.columns.push_back({"mean", ColumnKind::Real, "mean over the replicates"});
  t.columns.push_back({"q05", ColumnKind::Real, "5% quantile"});
  t.columns.push_back({"median", ColumnKind::Real, "median"});
  t.columns.push_back({"q95", ColumnKind::Real, "95% quantile"});
  const ReplicateDigest& first = digests.front();
  std::vector<std::string> names;
  for (const auto& s : first.summary) names.push_back(s.name);
  for (const auto& s : first.scores) names.push_back(s.name);
  for (std::size_t point = 0; point < points.size(); ++point) {
    for (const auto& name : names) {
      std::vector<double> sample;
      for (std::size_t r = 0; r < runs; ++r) {
        const ReplicateDigest& d = digests[point * runs + r];
        sample.push_back(d.has_value(name) ? d.value(name) : NAN);
      }
      const Distribution dist = describe(sample);
      std::vector<Cell> row = {static_cast<double>(point)};
      for (const double v : points[point]) row.emplace_back(v);
      row.emplace_back(name);
      row.emplace_back(static_cast<double>(dist.n));
      row.emplace_back(dist.mean);
      row.emplace_back(dist.low90());
      row.emplace_back(dist.median());
      row.emplace_back(dist.high90());
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

}  // namespace unrest::ensemble
