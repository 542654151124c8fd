#include "unrest/ensemble/calibration_tables.hpp"

#include <cmath>

#include "unrest/ensemble/quantiles.hpp"

namespace unrest::ensemble {

Table posterior_table(const std::vector<Prior>& priors, const AbcResult& result) {
  Table t;
  t.file = "posterior.csv";
  t.columns = {{"particle", ColumnKind::Integer, "particle of the final population"},
               {"weight", ColumnKind::Real, "normalised importance weight"},
               {"distance", ColumnKind::Real, "distance of its run to the record"}};
  for (const auto& p : priors) t.columns.push_back({p.parameter, ColumnKind::Real, p.describe()});
  for (std::size_t i = 0; i < result.population.size(); ++i) {
    const auto& particle = result.population[i];
    std::vector<Cell> row = {static_cast<double>(i), particle.weight, particle.distance};
    for (const double v : particle.theta) row.emplace_back(v);
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table trace_table(const std::vector<Prior>& priors, const AbcResult& result) {
  Table t;
  t.file = "trace.csv";
  t.columns = {{"generation", ColumnKind::Integer, "0: the prior"},
               {"epsilon", ColumnKind::Real, "tolerance: largest accepted distance"},
               {"attempts", ColumnKind::Integer, "proposals made"},
               {"simulated", ColumnKind::Integer, "proposals simulated"},
               {"accepted", ColumnKind::Integer, "proposals kept"},
               {"acceptance_rate", ColumnKind::Real, "kept over proposals"},
               {"ess", ColumnKind::Real, "effective sample size"},
               {"filled", ColumnKind::Integer, "1 if the generation filled its population"}};
  for (const auto& p : priors) {
    t.columns.push_back({p.parameter + "_q05", ColumnKind::Real, "5% posterior quantile"});
    t.columns.push_back({p.parameter + "_median", ColumnKind::Real, "posterior median"});
    t.columns.push_back({p.parameter + "_q95", ColumnKind::Real, "95% posterior quantile"});
  }
  t.columns.push_back({"stop_reason", ColumnKind::Text, "why the algorithm stopped here"});
  for (const auto& g : result.trace) {
    std::vector<Cell> row = {static_cast<double>(g.generation),
                             g.epsilon,
                             static_cast<double>(g.attempts),
                             static_cast<double>(g.simulated),
                             static_cast<double>(g.accepted),
                             g.acceptance_rate,
                             g.ess,
                             g.filled ? 1.0 : 0.0};
    for (std::size_t k = 0; k < priors.size(); ++k) {
      row.emplace_back(g.filled ? g.q05[k] : NAN);
      row.emplace_back(g.filled ? g.median[k] : NAN);
      row.emplace_back(g.filled ? g.q95[k] : NAN);
    }
    row.emplace_back(g.stop_reason);
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::vector<ParameterSummary> summarize_posterior(const std::vector<Prior>& priors,
                                                  const AbcResult& result,
                                                  const std::vector<double>& truth) {
  std::vector<ParameterSummary> out;
  for (std::size_t k = 0; k < priors.size(); ++k) {
    std::vector<double> values, weights;
    double mean = 0;
    for (const auto& p : result.population) {
      values.push_back(p.theta[k]);
      weights.push_back(p.weight);
      mean += p.weight * p.theta[k];
    }
    out.push_back({priors[k].parameter, priors[k].describe(), priors[k].quantile(0.05),
                   priors[k].quantile(0.95), mean, weighted_quantile(values, weights, 0.05),
                   weighted_quantile(values, weights, 0.5),
                   weighted_quantile(values, weights, 0.95), truth.empty() ? NAN : truth[k]});
  }
  return out;
}

Table posterior_summary_table(const std::vector<ParameterSummary>& rows) {
  Table t;
  t.file = "posterior_summary.csv";
  t.columns = {{"parameter", ColumnKind::Text, "fitted parameter"},
               {"prior_q05", ColumnKind::Real, "5% prior quantile"},
               {"prior_q95", ColumnKind::Real, "95% prior quantile"},
               {"mean", ColumnKind::Real, "posterior mean"},
               {"q05", ColumnKind::Real, "5% posterior quantile"},
               {"median", ColumnKind::Real, "posterior median"},
               {"q95", ColumnKind::Real, "95% posterior quantile"},
               {"interval_ratio", ColumnKind::Real,
                "posterior 90% interval over the prior's (1: the record says nothing)"},
               {"truth", ColumnKind::Real, "the synthetic record's value (--truth), if any"},
               {"prior", ColumnKind::Text, "its prior"}};
  for (const auto& r : rows) {
    t.rows.push_back({r.name, r.prior_q05, r.prior_q95, r.mean, r.q05, r.median, r.q95,
                      (r.q95 - r.q05) / (r.prior_q95 - r.prior_q05), r.truth, r.prior});
  }
  return t;
}

Table predictive_table(const std::vector<ReplicateDigest>& digests,
                       const std::vector<FitStatistic>& record) {
  Table t;
  t.file = "predictive.csv";
  t.columns = {
      {"statistic", ColumnKind::Text, "statistic of the record"},
      {"record_low", ColumnKind::Real, "the record's value (or interval low end)"},
      {"record_high", ColumnKind::Real, "interval high end"},
      {"q05", ColumnKind::Real, "5% quantile in posterior runs"},
      {"median", ColumnKind::Real, "median in posterior runs"},
      {"q95", ColumnKind::Real, "95% quantile in posterior runs"},
      {"share_inside", ColumnKind::Real, "share of posterior runs inside the record's interval"}};
  for (std::size_t k = 0; k < record.size(); ++k) {
    std::vector<double> sample;
    double inside = 0;
    for (const auto& d : digests) {
      const double v = k < d.statistics.size() ? d.statistics[k].simulated : NAN;
      sample.push_back(v);
      inside += v >= record[k].low && v <= record[k].high;
    }
    const Distribution dist = describe(sample);
    t.rows.push_back({record[k].name, record[k].low, record[k].high, dist.low90(), dist.median(),
                      dist.high90(), inside / static_cast<double>(digests.size())});
  }
  return t;
}

}  // namespace unrest::ensemble
