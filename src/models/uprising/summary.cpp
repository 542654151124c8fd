#include "unrest/models/uprising/summary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "unrest/models/uprising/fit.hpp"

namespace unrest::uprising {

namespace {

/// How long the protests last: from the first hour anyone protests to the
/// last hour with at least 5% of the peak (and 1,000 people) out; a run that
/// ends above that line has not seen them end (the figure is censored).
struct ProtestSpan {
  double days = 0;
  bool ongoing_at_end = false;
};

ProtestSpan protest_span(const std::vector<double>& protesters, double peak,
                         const Calendar& calendar) {
  const double end_line = std::max(1000.0, 0.05 * peak);
  std::int64_t first_tick = -1, last_tick = -1;
  for (std::size_t t = 0; t < protesters.size(); ++t) {
    if (protesters[t] > 0 && first_tick < 0) first_tick = static_cast<std::int64_t>(t);
    if (protesters[t] >= end_line) last_tick = static_cast<std::int64_t>(t);
  }
  const double hours = static_cast<double>(calendar.hours_per_tick());
  ProtestSpan span;
  span.days = first_tick >= 0 && last_tick >= first_tick
                  ? static_cast<double>(last_tick - first_tick + 1) * hours / 24.0
                  : 0.0;
  span.ongoing_at_end = last_tick >= 0 && last_tick + 24 / static_cast<std::int64_t>(hours) >=
                                              static_cast<std::int64_t>(protesters.size());
  return span;
}

}  // namespace

std::vector<SummaryItem> summarise(const RunTrace& trace, const Calendar& calendar, double agents,
                                   double people) {
  const auto& protesters = trace.national_protesters();
  const auto peak = std::max_element(protesters.begin(), protesters.end());
  const auto peak_tick = peak - protesters.begin();
  const double peak_day = static_cast<double>(calendar.time_of(peak_tick).date.days_since_epoch() -
                                              calendar.start()->date.days_since_epoch() + 1);
  const double protested = static_cast<double>(std::count_if(
      trace.first_protest.begin(), trace.first_protest.end(), [](auto t) { return t >= 0; }));
  const ProtestSpan span = protest_span(protesters, *peak, calendar);
  return {
      {"agents", agents, "agents simulated"},
      {"people", people, "people represented"},
      {"peak_protesters", *peak, "most people protesting in one hour"},
      {"peak_day", peak_day, "day of the run of that peak (1: the start date)"},
      {"places_protested", protested, "places where protest reached protest_min_people"},
      {"killed_cumulative", trace.killed(), "people killed by the end of the run"},
      {"injured_cumulative", trace.injured(), "people injured by the end of the run"},
      {"detained_cumulative", trace.detained(), "people detained by the end of the run"},
      {"strikes", trace.strikes, "enterprises that struck"},
      {"protest_days", span.days,
       "days from the first protest to the last hour with 5% of the peak (and 1,000) out"},
      {"protest_ongoing_at_end", span.ongoing_at_end ? 1.0 : 0.0,
       "1 if that line was crossed in the run's last day (protest_days is then censored)"},
  };
}

std::vector<std::string> record_report(const Country& country, const ObservedRecord& record,
                                       const RunTrace& trace, const Calendar& calendar) {
  std::vector<std::string> lines;
  lines.push_back("  First protest per city named by the record (observed / simulated):");
  for (const auto& o : record.first_protests) {
    const std::int64_t first = trace.first_protest[o.place];
    lines.push_back(fmt::format("    {:<18} {:<16}  {}", country.places[o.place].name, o.when.text,
                                first >= 0 ? calendar.time_of(first).to_string() : "none"));
  }
  const auto figure = [&](const char* unit) {
    const auto range = national_total(record, unit);
    if (!range) return std::string("n/a");
    if (!std::isfinite(range->second)) return fmt::format("over {:.0f}", range->first);
    if (range->first == range->second) return fmt::format("{:.0f}", range->first);
    return fmt::format("{:.0f}-{:.0f}", range->first, range->second);
  };
  const auto& protesters = trace.national_protesters();
  lines.push_back(fmt::format(
      "  Totals (simulated / record): killed {:.0f} / {}, injured {:.0f} / {}, detained {:.0f} / "
      "{}, peak protesters {:.0f}",
      trace.killed(), figure("killed"), trace.injured(), figure("injured"), trace.detained(),
      figure("detained"), *std::max_element(protesters.begin(), protesters.end())));
  return lines;
}

}  // namespace unrest::uprising
