#pragma once
/// \file
/// Two ensembles side by side. Replicate i of each uses the same random
/// stream (the same seed and run index), so outcomes are compared pair by
/// pair (common random numbers): the difference isolates the scenarios'
/// change from the luck of the draw.

#include <string>
#include <vector>

#include "unrest/core/table.hpp"
#include "unrest/ensemble/digest.hpp"
#include "unrest/ensemble/quantiles.hpp"

namespace unrest::ensemble {

struct OutcomeDifference {
  std::string outcome;
  Distribution base;
  Distribution other;
  Distribution difference;  ///< other minus base, per replicate pair
  double share_higher = 0;  ///< share of pairs where the other is higher
  double share_lower = 0;   ///< share of pairs where the other is lower
};

/// The distributions of `outcomes` in each ensemble and of their paired
/// differences. Replicates are paired by index; throws std::invalid_argument
/// if the ensembles hold different replicates.
std::vector<OutcomeDifference> compare_outcomes(const std::vector<ReplicateDigest>& base,
                                                const std::vector<ReplicateDigest>& other,
                                                const std::vector<std::string>& outcomes);

/// compare.csv: one row per scenario and outcome.
Table comparison_table(const std::vector<std::string>& scenarios,
                       const std::vector<std::vector<OutcomeDifference>>& rows);

/// compare_timeseries.csv: each scenario's ensemble series (base first), as
/// ensemble_timeseries.csv writes them, with a `scenario` column: per tick,
/// scenario and recorded series, the mean and the 5, 25, 50, 75, 95%
/// quantiles over the replicates. `names[i]` names `ensembles[i]`.
Table comparison_series(const std::vector<std::string>& names,
                        const std::vector<std::vector<ReplicateDigest>>& ensembles);

}  // namespace unrest::ensemble
