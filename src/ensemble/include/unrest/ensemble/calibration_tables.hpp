#pragma once
/// \file
/// The tables a calibration writes: the posterior sample, the tolerance
/// trace, each parameter's posterior against its prior, and the
/// posterior-predictive check of the record's statistics.

#include <string>
#include <vector>

#include "unrest/core/table.hpp"
#include "unrest/ensemble/abc_smc.hpp"
#include "unrest/ensemble/digest.hpp"
#include "unrest/ensemble/priors.hpp"

namespace unrest::ensemble {

/// posterior.csv: the final population, one row a particle.
Table posterior_table(const std::vector<Prior>& priors, const AbcResult& result);

/// trace.csv: one row a generation.
Table trace_table(const std::vector<Prior>& priors, const AbcResult& result);

/// One fitted parameter's posterior beside its prior (and the synthetic
/// record's value, NaN if none).
struct ParameterSummary {
  std::string name, prior;
  double prior_q05, prior_q95, mean, q05, median, q95, truth;
};

/// Per prior; `truth` empty or one value per prior.
std::vector<ParameterSummary> summarize_posterior(const std::vector<Prior>& priors,
                                                  const AbcResult& result,
                                                  const std::vector<double>& truth);

/// posterior_summary.csv.
Table posterior_summary_table(const std::vector<ParameterSummary>& rows);

/// predictive.csv: how the record's statistics fall in runs whose parameters
/// are drawn from the posterior.
Table predictive_table(const std::vector<ReplicateDigest>& digests,
                       const std::vector<FitStatistic>& record);

}  // namespace unrest::ensemble
