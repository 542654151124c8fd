#include "runs.hpp"

#include <algorithm>
#include <stdexcept>

namespace unrest::uprising::testing {

RunPlan plan_for(const std::string& name, const std::vector<std::string>& overrides) {
  Scenario s = Scenario::load_embedded(name);
  for (const auto& o : overrides) s.apply_override(o);
  return resolve(s);
}

std::vector<RunResult> ensemble(RunPlan plan, int n) {
  std::vector<RunResult> out;
  for (int seed = 1; seed <= n; ++seed) {
    plan.seed = static_cast<std::uint64_t>(seed);
    out.push_back(simulate(plan));
  }
  return out;
}

double median(std::vector<double> values) {
  if (values.empty()) throw std::invalid_argument("median of nothing");
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

std::vector<double> summary_of(const std::vector<RunResult>& runs, const std::string& name) {
  std::vector<double> out;
  for (const auto& r : runs) out.push_back(r.summary_value(name));
  return out;
}

double protest_hours(const RunResult& r, const std::string& place, std::int64_t from) {
  const Table* cities = nullptr;
  for (const auto& t : r.tables) {
    if (t.file == "cities.csv") cities = &t;
  }
  if (!cities) throw std::runtime_error("no cities.csv table");
  std::size_t tick_col = 0, place_col = 0, protesters_col = 0;
  for (std::size_t c = 0; c < cities->columns.size(); ++c) {
    const auto& name = cities->columns[c].name;
    if (name == "tick") tick_col = c;
    if (name == "place") place_col = c;
    if (name == "protesters") protesters_col = c;
  }
  double sum = 0;
  for (const auto& row : cities->rows) {
    if (std::get<std::string>(row[place_col]) != place) continue;
    if (std::get<double>(row[tick_col]) < static_cast<double>(from)) continue;
    sum += std::get<double>(row[protesters_col]);
  }
  return sum;
}

}  // namespace unrest::uprising::testing
