#include "unrest/report/summary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace unrest {

namespace {

std::string format_value(double v) {
  if (std::isnan(v)) return "n/a";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (v == std::round(v) && std::abs(v) < 1e15) return fmt::format("{}", static_cast<long long>(v));
  return fmt::format("{:.4g}", v);
}

}  // namespace

std::string format_run_summary(const RunResult& result, const RunContext& context,
                               const std::filesystem::path& output_folder) {
  std::string out;
  out += fmt::format("unrest: {} ({} model)\n", context.scenario.name, result.model);
  if (!context.scenario.description.empty())
    out += fmt::format("  {}\n", context.scenario.description);
  std::string span = fmt::format("{} ticks", result.ticks);
  if (result.calendar.has_dates()) {
    span += fmt::format(" from {} to {}", result.calendar.time_of(0).to_string(),
                        result.calendar.time_of(result.ticks).to_string());
  }
  out += fmt::format("  {}, seed {}, {} thread{}, {:.2f} s\n", span, result.seed, context.threads,
                     context.threads == 1 ? "" : "s", context.wall_seconds);
  std::size_t width = 0;
  for (const auto& s : result.summary) width = std::max(width, s.name.size());
  for (const auto& s : result.summary) {
    out +=
        fmt::format("  {:<{}}  {:>10}  {}\n", s.name, width, format_value(s.value), s.description);
  }
  for (const auto& line : result.report) out += line + "\n";
  if (!result.fit.empty()) {
    int pass = 0;
    for (const auto& s : result.fit.scores) pass += s.pass;
    out +=
        fmt::format("  Fit to the record: {} of {} scores pass\n", pass, result.fit.scores.size());
    for (const auto& s : result.fit.scores) {
      out += fmt::format("    {} {:<28} {:>10}  target {:<14} {}\n", s.pass ? "ok  " : "MISS",
                         s.name, format_value(s.value), s.target, s.description);
    }
  }
  std::string files = "manifest.json, timeseries.csv, events.csv";
  for (const auto& t : result.tables) files += ", " + t.file;
  if (!result.places.empty()) files += ", places.geojson";
  if (!result.fit.empty()) files += ", fit.json";
  out += fmt::format("  {} events; files in {}/ ({})\n", result.events.size(),
                     output_folder.string(), files);
  return out;
}

}  // namespace unrest
