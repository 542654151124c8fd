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

namespace {

const Table& cities_table(const RunResult& r) {
  for (const auto& t : r.tables) {
    if (t.file == "cities.csv") return t;
  }
  throw std::runtime_error("no cities.csv table");
}

std::size_t column_index(const Table& t, const std::string& name) {
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c].name == name) return c;
  }
  throw std::runtime_error("no column " + name + " in " + t.file);
}

/// Sums `column` of `place` over the ticks for which `keep(tick)` holds.
template <typename Keep>
double sum_where(const RunResult& r, const std::string& place, const std::string& column,
                 Keep keep) {
  const Table& cities = cities_table(r);
  const std::size_t tick_col = column_index(cities, "tick");
  const std::size_t place_col = column_index(cities, "place");
  const std::size_t value_col = column_index(cities, column);
  double sum = 0;
  for (const auto& row : cities.rows) {
    if (std::get<std::string>(row[place_col]) != place) continue;
    if (!keep(static_cast<std::int64_t>(std::get<double>(row[tick_col])))) continue;
    sum += std::get<double>(row[value_col]);
  }
  return sum;
}

}  // namespace

double protest_hours(const RunResult& r, const std::string& place, std::int64_t from) {
  return sum_where(r, place, "protesters", [from](std::int64_t t) { return t >= from; });
}

double city_value(const RunResult& r, const std::string& place, const std::string& column,
                  std::int64_t tick) {
  return sum_where(r, place, column, [tick](std::int64_t t) { return t == tick; });
}

}  // namespace unrest::uprising::testing
