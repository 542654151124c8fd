#pragma once
/// \file
/// The short summary `unrest run` prints: what ran, the end-of-run statistics,
/// and where the files are. Reads the run's result data only.

#include <filesystem>
#include <string>

#include "unrest/core/run_result.hpp"
#include "unrest/io/manifest.hpp"

namespace unrest {

std::string format_run_summary(const RunResult& result, const RunContext& context,
                               const std::filesystem::path& output_folder);

}  // namespace unrest
