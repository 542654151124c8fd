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

MemoryBound memory_bound(const Scenario& scenario) {
  const double set = scenario.run_settings().max_memory_gb;
  if (set > 0) return {set * 1e9, fmt::format("run.max_memory_gb = {}", set)};
  const auto available = static_cast<double>(available_memory_bytes());
  if (available <= 0) return {};  // unknown: nothing to check against
  return {available, fmt::format("the {} of memory available now", gigabytes(available))};
}

std::optional<MemoryProblem> memory_problem(const std::vector<MemoryNeed>& needs,
                                            const MemoryBound& bound) {
  if (needs.empty() || bound.bytes <= 0) return std::nullopt;
  double total = 0;
  for (const auto& n : needs) total += n.bytes;
  if (total <= bound.bytes) return std::nullopt;
  const MemoryNeed& largest = *std::max_element(
      needs.begin(), needs.end(), [](const auto& a, const auto& b) { return a.bytes < b.bytes; });
  return MemoryProblem{
      largest.key,
      fmt::format("the run would need about {} of memory ({} take {}), more than {}; make it "
                  "smaller, or set run.max_memory_gb (--set run.max_memory_gb=N) if the machine "
                  "has the memory",
                  gigabytes(total), largest.what, gigabytes(largest.bytes), bound.text)};
}

void check_memory(const Scenario& scenario, const std::vector<MemoryNeed>& needs) {
  const auto problem = memory_problem(needs, memory_bound(scenario));
  if (!problem) return;
  const toml::node* node = scenario.root().at_path(problem->key).node();
  const SourceLocation where = node ? location_of(*node) : SourceLocation{scenario.file(), 0, 0};
  throw InputError(where, problem->key, problem->message);
}

}  // namespace unrest
