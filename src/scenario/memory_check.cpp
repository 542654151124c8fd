#include "unrest/scenario/memory_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "unrest/core/error.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest {

namespace {

std::string gigabytes(double bytes) {
  return fmt::format("{:.3g} GB", bytes / 1e9);
}

}  // namespace

std::uint64_t available_memory_bytes() {
  std::ifstream in("/proc/meminfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("MemAvailable:", 0) != 0) continue;
    std::istringstream fields(line.substr(13));
    std::uint64_t kib = 0;
    if (fields >> kib) return kib * 1024;
  }
  return 0;
}

MemoryNeed series_need(std::int64_t ticks, std::size_t columns) {
  return {static_cast<double>(ticks + 1) * static_cast<double>(columns) * 8.0 * 2.0, "run.ticks",
          fmt::format("{} ticks of {} recorded quantities", ticks, columns)};
}

void check_memory(const Scenario& scenario, const std::vector<MemoryNeed>& needs) {
  if (needs.empty()) return;
  double total = 0;
  for (const auto& n : needs) total += n.bytes;
  double limit = scenario.run_settings().max_memory_gb * 1e9;
  std::string limit_text;
  if (limit > 0) {
    limit_text = fmt::format("run.max_memory_gb = {}", scenario.run_settings().max_memory_gb);
  } else {
    limit = static_cast<double>(available_memory_bytes());
    if (limit <= 0) return;  // unknown: nothing to check against
    limit_text = fmt::format("the {} of memory available now", gigabytes(limit));
  }
  if (total <= limit) return;
  const MemoryNeed& largest = *std::max_element(
      needs.begin(), needs.end(), [](const auto& a, const auto& b) { return a.bytes < b.bytes; });
  const toml::node* node = scenario.root().at_path(largest.key).node();
  const SourceLocation where = node ? location_of(*node) : SourceLocation{scenario.file(), 0, 0};
  throw InputError(
      where, largest.key,
      fmt::format("the run would need about {} of memory ({} take {}), more than {}; make it "
                  "smaller, or set run.max_memory_gb (--set run.max_memory_gb=N) if the machine "
                  "has the memory",
                  gigabytes(total), largest.what, gigabytes(largest.bytes), limit_text));
}

}  // namespace unrest
