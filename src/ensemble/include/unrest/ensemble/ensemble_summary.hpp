#pragma once
/// \file
/// An ensemble's distributions: per tick, the quantiles of every recorded
/// series; per outcome (each summary value and fit score), its distribution
/// over replicates; per named city, the distribution of its first-protest
/// time; one row per replicate with its outcomes.

#include <string>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/table.hpp"
#include "unrest/ensemble/digest.hpp"
#include "unrest/ensemble/quantiles.hpp"

namespace unrest::ensemble {

struct EnsembleSummary {
  Table series;                     ///< ensemble_timeseries.csv
  Table outcomes;                   ///< ensemble_outcomes.csv
  Table first_protests;             ///< ensemble_first_protest.csv (models with a record)
  Table replicates;                 ///< replicates.csv
  std::vector<std::string> report;  ///< lines for the terminal
};

/// Summarises the digests (in replicate order). `calendar` dates the ticks.
EnsembleSummary summarize_ensemble(const std::vector<ReplicateDigest>& digests,
                                   const Calendar& calendar);

/// The column of a fit score in replicates.csv and ensemble_outcomes.csv:
/// "fit_<score>", so no score shares a name with a summary value.
std::string fit_column(const std::string& score);

/// ensemble_timeseries.csv: per tick and recorded series, the mean and the
/// reported quantiles over the digests. Throws std::runtime_error if the
/// digests recorded different series.
Table ensemble_series(const std::vector<ReplicateDigest>& digests);

/// An outcome's distribution over the digests (summary items and fit scores).
Distribution outcome_distribution(const std::vector<ReplicateDigest>& digests,
                                  const std::string& name);

}  // namespace unrest::ensemble
