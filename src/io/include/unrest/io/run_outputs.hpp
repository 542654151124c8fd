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

/// The file that marks a results folder as incomplete while it is written.
inline constexpr const char* kIncompleteMarker = "INCOMPLETE";

/// Marks a results folder visibly incomplete while its summary files are
/// written: the marker stays if the writing fails or the process dies, and
/// goes once complete() is called after the last file (the manifest).
class IncompleteMark {
 public:
  explicit IncompleteMark(const std::filesystem::path& folder);
  IncompleteMark(const IncompleteMark&) = delete;
  IncompleteMark& operator=(const IncompleteMark&) = delete;
  /// Every file is written: the folder is complete.
  void complete();

 private:
  std::filesystem::path marker_;
};

/// Creates `folder` if needed and writes the run's files. A folder holds one
/// run: the files of an earlier run there are removed first, and a folder
/// holding anything else is refused (InputError) before anything is written.
/// While writing, the folder holds kIncompleteMarker; a write that fails
/// (a full disk) removes what it wrote and leaves the marker, so a folder is
/// complete (a manifest, no marker) or visibly incomplete. The manifest is
/// written last.
void write_run_outputs(const std::filesystem::path& folder, const RunResult& result,
                       const RunContext& context);

}  // namespace unrest
