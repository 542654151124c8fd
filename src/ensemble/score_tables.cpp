#include "unrest/ensemble/score_tables.hpp"

#include <algorithm>
#include <cmath>

#include "unrest/ensemble/quantiles.hpp"

namespace unrest::ensemble {

ScoredVariant score_ensemble(std::string name, std::string kind, std::string about,
                             const std::vector<ReplicateDigest>& digests, double level) {
  ScoredVariant v{std::move(name), std::move(kind), std::move(about), {}, {}, {}};
  std::vector<std::vector<FitTarget>> runs;
  for (const auto& d : digests) runs.push_back(d.targets);
  if (!runs.empty() && !runs.front().empty()) {
    v.targets = score_targets(runs, level);
    v.groups = score_groups(v.targets, runs);
  }
  if (!digests.empty()) {
    for (const FitScore& s : digests.front().scores) {
      std::vector<double> values;
      double passed = 0;
      for (const auto& d : digests) {
        const auto it = std::find_if(d.scores.begin(), d.scores.end(),
                                     [&](const FitScore& x) { return x.name == s.name; });
        if (it == d.scores.end()) continue;  // a window some runs never reach
        values.push_back(it->value);
        passed += it->pass;
      }
      std::sort(values.begin(), values.end());
      v.checks.push_back({s.name, quantile_sorted(values, 0.5),
                          passed / static_cast<double>(digests.size()), s.target});
    }
  }
  return v;
}

ScoredVariant score_baseline(const Baseline& baseline, double level) {
  ScoredVariant v{baseline.name, "baseline", baseline.about, {}, {}, {}};
  const std::vector<std::vector<FitTarget>> runs = {baseline.forecast};
  v.targets = score_targets(runs, level);
  v.groups = score_groups(v.targets, runs);
  return v;
}

const GroupScore* find_group(const ScoredVariant& variant, const std::string& group) {
  for (const auto& g : variant.groups) {
    if (g.group == group) return &g;
  }
  return nullptr;
}

Table targets_table(const std::vector<ScoredVariant>& variants) {
  using K = ColumnKind;
  Table t;
  t.file = "score_targets.csv";
  t.columns = {
      {"variant", K::Text, "the model, a baseline or an ablation"},
      {"target", K::Text, "a row of the record"},
      {"group", K::Text, "targets scored together"},
      {"unit", K::Text, "unit of the values (errors of totals are in log(1 + people))"},
      {"observed", K::Text, "as the record gives it"},
      {"observed_low", K::Real, "the record's interval, in the unit (hours since the start)"},
      {"observed_high", K::Real, "its upper end (inf: a floor)"},
      {"runs", K::Integer, "replicates scored"},
      {"median", K::Real, "median simulated value"},
      {"low", K::Real, "lower end of the central interval"},
      {"high", K::Real, "upper end of the central interval"},
      {"mean_abs_error", K::Real, "mean absolute distance to the record's interval"},
      {"bias", K::Real, "mean signed distance (negative: early or low)"},
      {"crps", K::Real, "continuous ranked probability score over the replicates"},
      {"covered", K::Integer, "1 if the central interval meets the record"},
      {"on_target", K::Real, "share of runs within the tolerance"},
  };
  for (const auto& v : variants) {
    for (const auto& s : v.targets) {
      t.rows.push_back({v.name, s.name, s.group, s.unit, s.observed, s.observed_low,
                        s.observed_high, static_cast<double>(s.runs), s.median, s.low, s.high,
                        s.mean_abs_error, s.bias, s.crps, s.covered ? 1.0 : 0.0, s.on_target});
    }
  }
  return t;
}

Table groups_table(const std::vector<ScoredVariant>& variants) {
  using K = ColumnKind;
  Table t;
  t.file = "score_groups.csv";
  t.columns = {
      {"variant", K::Text, "the model, a baseline or an ablation"},
      {"kind", K::Text, "model, baseline or ablation"},
      {"group", K::Text, "targets scored together"},
      {"unit", K::Text, "unit of the errors"},
      {"targets", K::Integer, "targets in the group"},
      {"mean_abs_error", K::Real, "mean over targets of the mean absolute error"},
      {"bias", K::Real, "mean signed error (negative: early or low)"},
      {"crps", K::Real, "mean CRPS"},
      {"coverage", K::Real, "share of targets whose central interval meets the record"},
      {"on_target", K::Real, "mean share of runs within the tolerance"},
      {"rank_correlation", K::Real, "median Spearman of the order (times only)"},
      {"about", K::Text, "what the variant is"},
  };
  for (const auto& v : variants) {
    for (const auto& g : v.groups) {
      t.rows.push_back({v.name, v.kind, g.group, g.unit, static_cast<double>(g.targets),
                        g.mean_abs_error, g.bias, g.crps, g.coverage, g.on_target,
                        g.rank_correlation, v.about});
    }
  }
  return t;
}

Table checks_table(const std::vector<ScoredVariant>& variants) {
  using K = ColumnKind;
  Table t;
  t.file = "score_checks.csv";
  t.columns = {{"variant", K::Text, "the model or an ablation"},
               {"check", K::Text, "a run's sanity score (fit.json)"},
               {"target", K::Text, "what passes"},
               {"median", K::Real, "median value over the runs"},
               {"passed", K::Real, "share of runs that pass"}};
  for (const auto& v : variants) {
    for (const auto& c : v.checks) t.rows.push_back({v.name, c.name, c.target, c.median, c.passed});
  }
  return t;
}

}  // namespace unrest::ensemble
