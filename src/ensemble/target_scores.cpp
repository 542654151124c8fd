#include "unrest/ensemble/target_scores.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include "unrest/core/rank_correlation.hpp"
#include "unrest/ensemble/quantiles.hpp"
#include "unrest/ensemble/scores.hpp"

namespace unrest::ensemble {

namespace {

/// Totals are scored on log(1 + x): a factor, not a count, is the error.
double scale(const FitTarget& t, double x) {
  return t.log_scale ? std::log1p(x) : x;
}

Observed observed_of(const FitTarget& t) {
  return {scale(t, t.observed_low), scale(t, t.observed_high)};
}

bool on_target(const FitTarget& t, double x) {
  if (t.log_scale) {
    return x >= t.observed_low / t.tolerance && x <= t.observed_high * t.tolerance;
  }
  return std::abs(signed_error(x, {t.observed_low, t.observed_high})) <= t.tolerance;
}

double midpoint(const FitTarget& t) {
  return std::isfinite(t.observed_high) ? (t.observed_low + t.observed_high) / 2 : t.observed_low;
}

double mean(const std::vector<double>& x) {
  double sum = 0;
  for (const double v : x) sum += v;
  return x.empty() ? NAN : sum / static_cast<double>(x.size());
}

}  // namespace

std::vector<TargetScore> score_targets(const std::vector<std::vector<FitTarget>>& runs,
                                       double level) {
  if (runs.empty()) throw std::invalid_argument("no runs to score");
  const auto& first = runs.front();
  for (const auto& run : runs) {
    bool same = run.size() == first.size();
    for (std::size_t i = 0; same && i < run.size(); ++i) same = run[i].name == first[i].name;
    if (!same) throw std::invalid_argument("the runs have different targets");
  }
  std::vector<TargetScore> out;
  for (std::size_t i = 0; i < first.size(); ++i) {
    const FitTarget& t = first[i];
    TargetScore s;
    s.name = t.name;
    s.group = t.group;
    s.unit = t.unit;
    s.observed = t.observed_text;
    s.observed_low = t.observed_low;
    s.observed_high = t.observed_high;
    s.log_scale = t.log_scale;
    s.runs = runs.size();
    std::vector<double> raw, scaled, errors;
    double hits = 0;
    const Observed observed = observed_of(t);
    for (const auto& run : runs) {
      const double x = run[i].simulated;
      raw.push_back(x);
      scaled.push_back(scale(t, x));
      errors.push_back(signed_error(scale(t, x), observed));
      hits += on_target(t, x);
    }
    std::vector<double> sorted = raw;
    std::sort(sorted.begin(), sorted.end());
    s.median = quantile_sorted(sorted, 0.5);
    s.low = quantile_sorted(sorted, (1 - level) / 2);
    s.high = quantile_sorted(sorted, (1 + level) / 2);
    std::vector<double> absolute;
    for (const double e : errors) absolute.push_back(std::abs(e));
    s.mean_abs_error = mean(absolute);
    s.bias = mean(errors);
    s.crps = crps(scaled, observed);
    s.covered = covers(scaled, observed, level);
    s.on_target = hits / static_cast<double>(runs.size());
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<GroupScore> score_groups(const std::vector<TargetScore>& targets,
                                     const std::vector<std::vector<FitTarget>>& runs) {
  std::vector<GroupScore> out;
  for (const TargetScore& t : targets) {
    if (std::none_of(out.begin(), out.end(),
                     [&](const GroupScore& g) { return g.group == t.group; }))
      out.push_back({t.group, t.log_scale ? "log(1 + " + t.unit + ")" : t.unit});
  }
  for (GroupScore& g : out) {
    std::vector<double> mae, bias, crps_values;
    double covered = 0, hits = 0;
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const TargetScore& t = targets[i];
      if (t.group != g.group) continue;
      members.push_back(i);
      mae.push_back(t.mean_abs_error);
      bias.push_back(t.bias);
      crps_values.push_back(t.crps);
      covered += t.covered;
      hits += t.on_target;
    }
    g.targets = members.size();
    const auto n = static_cast<double>(members.size());
    g.mean_abs_error = mean(mae);
    g.bias = mean(bias);
    g.crps = mean(crps_values);
    g.coverage = covered / n;
    g.on_target = hits / n;
    g.rank_correlation = NAN;
    if (g.unit == "hours" && members.size() >= 3) {
      std::vector<double> rho;
      for (const auto& run : runs) {
        std::vector<double> observed, simulated;
        for (const std::size_t i : members) {
          observed.push_back(midpoint(run[i]));
          simulated.push_back(run[i].simulated);
        }
        rho.push_back(spearman(observed, simulated));
      }
      std::sort(rho.begin(), rho.end());
      g.rank_correlation = quantile_sorted(rho, 0.5);
    }
  }
  return out;
}

std::vector<Baseline> record_baselines(const std::vector<FitTarget>& targets,
                                       const std::string& group) {
  std::vector<FitTarget> members;
  for (const FitTarget& t : targets) {
    if (t.group == group) members.push_back(t);
  }
  if (members.empty()) return {};
  std::vector<double> times;
  for (const FitTarget& t : members) times.push_back(midpoint(t));
  std::vector<double> sorted = times;
  std::sort(sorted.begin(), sorted.end());
  const auto forecast = [&](const auto& predict) {
    std::vector<FitTarget> out = members;
    for (std::size_t i = 0; i < out.size(); ++i) out[i].simulated = predict(i);
    return out;
  };
  std::vector<Baseline> out;
  const double median = quantile_sorted(sorted, 0.5);
  out.push_back({"constant_date",
                 fmt::format("every place at the median observed time ({:.0f} hours)", median),
                 forecast([&](std::size_t) { return median; })});

  const auto has = [&](const char* feature) {
    return std::all_of(members.begin(), members.end(),
                       [&](const FitTarget& t) { return std::isfinite(t.feature(feature)); });
  };
  if (has("distance_km")) {
    // Least squares of the observed time on the distance from the origin.
    double md = 0, mt = mean(times);
    for (const FitTarget& t : members) md += t.feature("distance_km");
    md /= static_cast<double>(members.size());
    double sdt = 0, sdd = 0;
    for (std::size_t i = 0; i < members.size(); ++i) {
      const double d = members[i].feature("distance_km") - md;
      sdt += d * (times[i] - mt);
      sdd += d * d;
    }
    const double slope = sdd > 0 ? sdt / sdd : 0;
    const double intercept = mt - slope * md;
    out.push_back({"distance",
                   fmt::format("{:.1f} + {:.4f} hours per km from the origin, fitted to the record",
                               intercept, slope),
                   forecast([&](std::size_t i) {
                     return intercept + slope * members[i].feature("distance_km");
                   })});
  }
  if (has("shock_hardship")) {
    // The hardest hit first; places of equal hardship share their times' mean.
    std::vector<std::size_t> order(members.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return members[a].feature("shock_hardship") > members[b].feature("shock_hardship");
    });
    std::vector<double> assigned(members.size());
    for (std::size_t k = 0; k < order.size();) {
      std::size_t end = k;
      const double h = members[order[k]].feature("shock_hardship");
      while (end < order.size() && members[order[end]].feature("shock_hardship") == h) ++end;
      double sum = 0;
      for (std::size_t j = k; j < end; ++j) sum += sorted[j];
      for (std::size_t j = k; j < end; ++j) assigned[order[j]] = sum / static_cast<double>(end - k);
      k = end;
    }
    out.push_back(
        {"input_ranking",
         "places ordered by the price shock's hardship (their region's share reached by each "
         "product times its rise), "
         "the hardest hit first, take the record's times in order",
         forecast([&](std::size_t i) { return assigned[i]; })});
  }
  return out;
}

}  // namespace unrest::ensemble
