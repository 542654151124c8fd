#pragma once
/// \file
/// The files of one run in its output folder: manifest.json, timeseries.csv,
/// events.csv; each written whole (see atomic_file.hpp).

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "unrest/core/run_result.hpp"
#include "unrest/io/manifest.hpp"

namespace unrest {

/// The run's files as (name, content), the manifest last.
std::vector<std::pair<std::string, std::string>> render_run_outputs(const RunResult& result,
                                                                    const RunContext& context);

/// Creates `folder` if needed and writes the run's files. The manifest is
/// written last, so a folder with a manifest holds a complete run.
void write_run_outputs(const std::filesystem::path& folder, const RunResult& result,
                       const RunContext& context);

}  // namespace unrest
