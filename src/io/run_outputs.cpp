#include "unrest/io/run_outputs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <system_error>

#include "unrest/core/error.hpp"
#include "unrest/io/atomic_file.hpp"
#include "unrest/io/csv.hpp"
#include "unrest/io/places_geojson.hpp"

namespace unrest {

std::vector<std::pair<std::string, std::string>> render_run_outputs(const RunResult& result,
                                                                    const RunContext& context) {
  std::vector<std::pair<std::string, std::string>> files;
  files.emplace_back("timeseries.csv", timeseries_csv(result.series, result.calendar));
  files.emplace_back("events.csv", events_csv(result.events, result.calendar));
  for (const Table& t : result.tables) files.emplace_back(t.file, table_csv(t, result.calendar));
  if (!result.places.empty()) {
    files.emplace_back("places.geojson", places_geojson(result).dump(2) + "\n");
  }
  if (!result.fit.empty()) files.emplace_back("fit.json", fit_json(result.fit).dump(2) + "\n");
  files.emplace_back("manifest.json", manifest_json(result, context).dump(2) + "\n");
  return files;
}

namespace {

/// What a single run may leave in its folder: its files (and their
/// temporary names), its report (`--report`, `unrest report`: cleared with
/// the rest, as it drew the earlier run), the marker of an unfinished write,
/// and the default folders of the many-run commands beside it
/// (out/<name>/ensemble, ...).
const std::set<std::string> kRunFiles = {"manifest.json",  "timeseries.csv", "events.csv",
                                         "fit.json",       "cities.csv",     "digest.json",
                                         "places.geojson", "report.html",    kIncompleteMarker};
const std::set<std::string> kManyRunFolders = {"ensemble", "sweep", "calibration", "score"};

bool is_ours(const std::string& name, const std::set<std::string>& files) {
  if (files.contains(name)) return true;
  // write_file_atomically's temporary name: "<file>.tmp-<pid>".
  const auto tmp = name.rfind(".tmp-");
  return tmp != std::string::npos && files.contains(name.substr(0, tmp)) &&
         name.find_first_not_of("0123456789", tmp + 5) == std::string::npos;
}

}  // namespace

void write_run_outputs(const std::filesystem::path& folder, const RunResult& result,
                       const RunContext& context) {
  const auto files = render_run_outputs(result, context);
  std::set<std::string> ours = kRunFiles;
  for (const auto& [name, content] : files) ours.insert(name);

  // A results folder holds one run: what an earlier run wrote is cleared,
  // anything else refuses the folder before a byte is written.
  std::error_code ec;
  const auto status = std::filesystem::status(folder, ec);
  if (std::filesystem::exists(status) && !std::filesystem::is_directory(status)) {
    throw InputError(SourceLocation{folder.string(), 0, 0},
                     "is a file, not a folder: choose another --out");
  }
  std::vector<std::filesystem::path> old;
  if (std::filesystem::is_directory(status)) {
    std::vector<std::string> foreign;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      const std::string name = entry.path().filename().string();
      if (entry.is_regular_file() && is_ours(name, ours)) {
        old.push_back(entry.path());
      } else if (!(entry.is_directory() && kManyRunFolders.contains(name))) {
        foreign.push_back(name);
      }
    }
    if (!foreign.empty()) {
      std::sort(foreign.begin(), foreign.end());
      std::string list;
      for (std::size_t i = 0; i < foreign.size() && i < 5; ++i) {
        list += (i ? ", " : "") + foreign[i];
      }
      if (foreign.size() > 5) list += fmt::format(" and {} more", foreign.size() - 5);
      throw InputError(SourceLocation{folder.string(), 0, 0},
                       fmt::format("holds what a single run does not write ({}); a results "
                                   "folder holds one run: choose another --out, or empty it",
                                   list));
    }
  }
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    throw std::runtime_error(
        fmt::format("cannot create output folder '{}': {}", folder.string(), ec.message()));
  }
  // While the marker stands the folder is visibly incomplete: a run killed
  // or failing midway (a full disk) leaves it, and no manifest.
  IncompleteMark mark(folder);
  std::vector<std::filesystem::path> written;
  try {
    for (const auto& path : old) {
      if (path.filename() != kIncompleteMarker) std::filesystem::remove(path);
    }
    for (const auto& [name, content] : files) {
      written.push_back(folder / name);
      write_file_atomically(folder / name, content);
    }
  } catch (...) {
    // Nothing partial stays behind the marker: what this run wrote goes.
    for (const auto& path : written) std::filesystem::remove(path, ec);
    throw;
  }
  mark.complete();
}

IncompleteMark::IncompleteMark(const std::filesystem::path& folder)
    : marker_(folder / kIncompleteMarker) {
  write_file_atomically(marker_,
                        "unrest is writing this folder, or a run writing it failed: its files "
                        "are incomplete. Run again, or remove the folder.\n");
}

void IncompleteMark::complete() {
  std::error_code ec;
  std::filesystem::remove(marker_, ec);
}

}  // namespace unrest
