#pragma once
/// \file
/// What `unrest score` (and an ensemble's fit.json) reports: the model's and
/// each baseline's or ablation's scores, one "variant" each, as tables
/// (score_targets.csv, score_groups.csv, score_checks.csv).

#include <string>
#include <vector>

#include "unrest/core/table.hpp"
#include "unrest/ensemble/digest.hpp"
#include "unrest/ensemble/target_scores.hpp"

namespace unrest::ensemble {

/// One way of forecasting the record: the model, a baseline from the record
/// alone, or the model with something taken out, and how it scored.
struct ScoredVariant {
  std::string name;
  std::string kind;  ///< "model", "baseline", "ablation"
  std::string about;
  std::vector<TargetScore> targets;
  std::vector<GroupScore> groups;
  /// Per run-level sanity score: its name, median value and share passing
  /// (empty for a baseline from the record alone).
  struct Check {
    std::string name;
    double median = 0;
    double passed = 0;
    std::string target;
  };
  std::vector<Check> checks;
};

/// Scores an ensemble's digests as a variant.
ScoredVariant score_ensemble(std::string name, std::string kind, std::string about,
                             const std::vector<ReplicateDigest>& digests, double level);

/// Scores a baseline's forecast as a variant (one run).
ScoredVariant score_baseline(const Baseline& baseline, double level);

/// The variants' group in a variant, or null.
const GroupScore* find_group(const ScoredVariant& variant, const std::string& group);

Table targets_table(const std::vector<ScoredVariant>& variants);
Table groups_table(const std::vector<ScoredVariant>& variants);
Table checks_table(const std::vector<ScoredVariant>& variants);

}  // namespace unrest::ensemble
