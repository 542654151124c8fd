#include "unrest/io/run_outputs.hpp"

#include <fmt/format.h>

#include <stdexcept>
#include <system_error>

#include "unrest/io/atomic_file.hpp"
#include "unrest/io/csv.hpp"

namespace unrest {

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
  write_file_atomically(folder / "timeseries.csv", timeseries_csv(result.series, result.calendar));
  write_file_atomically(folder / "events.csv", events_csv(result.events, result.calendar));
  for (const Table& t : result.tables) {
    write_file_atomically(folder / t.file, table_csv(t, result.calendar));
  }
  if (!result.fit.empty())
    write_file_atomically(folder / "fit.json", fit_json(result.fit).dump(2) + "\n");
  write_file_atomically(folder / "manifest.json", manifest_json(result, context).dump(2) + "\n");
}

}  // namespace unrest
