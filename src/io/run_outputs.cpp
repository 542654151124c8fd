#include "unrest/io/run_outputs.hpp"

#include <fmt/format.h>

#include <stdexcept>
#include <system_error>

#include "unrest/io/atomic_file.hpp"
#include "unrest/io/csv.hpp"

namespace unrest {

std::vector<std::pair<std::string, std::string>> render_run_outputs(const RunResult& result,
                                                                    const RunContext& context) {
  std::vector<std::pair<std::string, std::string>> files;
  files.emplace_back("timeseries.csv", timeseries_csv(result.series, result.calendar));
  files.emplace_back("events.csv", events_csv(result.events, result.calendar));
  for (const Table& t : result.tables) files.emplace_back(t.file, table_csv(t, result.calendar));
  if (!result.fit.empty()) files.emplace_back("fit.json", fit_json(result.fit).dump(2) + "\n");
  files.emplace_back("manifest.json", manifest_json(result, context).dump(2) + "\n");
  return files;
}

void write_run_outputs(const std::filesystem::path& folder, const RunResult& result,
                       const RunContext& context) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    throw std::runtime_error(
        fmt::format("cannot create output folder '{}': {}", folder.string(), ec.message()));
  }
  // A stale manifest must not vouch for files this run is about to replace.
  std::filesystem::remove(folder / "manifest.json", ec);
  for (const auto& [name, content] : render_run_outputs(result, context)) {
    write_file_atomically(folder / name, content);
  }
}

}  // namespace unrest
