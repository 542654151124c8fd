#pragma once
// The runs the Python module makes: the files the command line would write
// for them, rendered in memory by the io and ensemble layers' own writers and
// handed back as (name, content), so that Python's frames equal the CSVs.

#include <string>
#include <utility>
#include <vector>

#include "scenario_loading.hpp"

namespace unrest::python {

using Files = std::vector<std::pair<std::string, std::string>>;

/// One run, as `unrest run` writes it: timeseries.csv, events.csv, the
/// model's tables (cities.csv), fit.json, manifest.json.
Files run_files(const LoadedScenario& loaded, int threads);

/// `runs` replicates, as `unrest run --runs` writes their summaries:
/// ensemble_timeseries.csv, ensemble_outcomes.csv, replicates.csv,
/// ensemble_first_protest.csv and fit.json (models with a record) and
/// ensemble.json.
Files ensemble_files(const LoadedScenario& loaded, int runs, int threads);

/// Ensembles of each scenario, the first the base, as `unrest compare`
/// computes them: compare.csv, compare.json, and each scenario's ensemble
/// summaries under "<scenario name>/".
Files compare_files(const std::vector<LoadedScenario>& scenarios, int runs, int threads);

/// The ensemble summaries of replicates run before (the digest.json of each,
/// in replicate order), as `unrest run --runs` writes them.
Files summary_files(const LoadedScenario& loaded, const std::vector<std::string>& digests);

}  // namespace unrest::python
