#pragma once
/// \file
/// Scores against the record as JSON: score.json's variants and an
/// ensemble's fit.json.

#include <nlohmann/json.hpp>
#include <vector>

#include "unrest/ensemble/digest.hpp"
#include "unrest/ensemble/score_tables.hpp"

namespace unrest {

/// The scores of each variant (the model, baselines, ablations) by group and
/// by target, and the sanity checks, as JSON (score.json, an ensemble's
/// fit.json): the variants, and the rows of score_groups.csv,
/// score_targets.csv and score_checks.csv.
nlohmann::json scores_json(const std::vector<ensemble::ScoredVariant>& variants);

/// An ensemble's fit.json: its scores against every row of the record at
/// `level`, beside the baselines from the record alone (`unrest score` adds
/// the model's own baselines). Null for a model without a record.
nlohmann::json ensemble_fit_json(const std::vector<ensemble::ReplicateDigest>& digests,
                                 double level);

}  // namespace unrest
