#include "unrest/models/uprising/fit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "unrest/core/rank_correlation.hpp"

namespace unrest::uprising {

namespace {

FitStatistic statistic(std::string name, std::string group, double simulated, double low,
                       double high, double scale, std::string what, double cap = INFINITY) {
  return {std::move(name), std::move(group), simulated, low, high, scale, std::move(what), cap};
}

FitScore score(std::string name, double value, std::string target, bool pass, std::string what) {
  return {std::move(name), value, std::move(target), pass, std::move(what)};
}

}  // namespace

namespace {

/// Days of the run: day 1 is the first day (1 January).
struct RunDays {
  const Calendar& calendar;
  std::int64_t start_day;

  [[nodiscard]] double of_tick(std::int64_t tick) const {
    return static_cast<double>(calendar.time_of(tick).date.days_since_epoch() - start_day + 1);
  }
  [[nodiscard]] double of_date(const CivilDate& date) const {
    return static_cast<double>(date.days_since_epoch() - start_day + 1);
  }
  /// The day of the run's start, with the hour as a fraction (1.75: 18:00
  /// on the first day); a record's hour counts from its run's start hour.
  [[nodiscard]] double of_hour(double hours_since_start) const {
    return static_cast<double>(calendar.start()->hour) / 24 + hours_since_start / 24 + 1;
  }
};

/// Per named city: observed and simulated day of the first protest.
void score_first_protests(FitReport& fit, const Country& c, const ObservedRecord& record,
                          const RunTrace& trace, const RunDays& days, const FitTolerance& tol) {
  const double never =
      days.of_tick(static_cast<std::int64_t>(trace.national_protesters().size())) + 1;
  fit.details.file = "fit_cities";
  fit.details.columns = {{"city", ColumnKind::Text, "city the record names"},
                         {"observed_date", ColumnKind::Text, "first protest, record"},
                         {"simulated_date", ColumnKind::Text, "first protest, simulation"},
                         {"simulated_time", ColumnKind::Text, "the hour it began"},
                         {"difference_days", ColumnKind::Integer, "simulated minus observed"},
                         {"simulated_tick", ColumnKind::Integer, "tick of the first protest"}};
  std::vector<double> observed, simulated;
  int within = 0, protesting = 0;
  for (const auto& o : record.first_protests) {
    const std::int64_t first = trace.first_protest[o.place];
    const std::string& name = c.places[o.place].name;
    const double obs_low = days.of_hour(o.when.first_hour);
    const double obs_high = days.of_hour(o.when.last_hour);
    const double sim_hour = first >= 0 ? static_cast<double>(first) : NAN;
    const double sim = first >= 0 ? days.of_hour(sim_hour) : never;
    observed.push_back((obs_low + obs_high) / 2);
    simulated.push_back(sim);
    fit.statistics.push_back(
        statistic("first_protest_day_" + name, "first_protest", sim, obs_low, obs_high, 1.0,
                  fmt::format("day of the first protest in {}, with the hour as a fraction "
                              "(never: {})",
                              name, never),
                  3.0));
    const double miss_hours =
        first >= 0 ? std::max({0.0, o.when.first_hour - sim_hour, sim_hour - o.when.last_hour})
                   : INFINITY;
    within += miss_hours <= tol.first_protest_hours;
    protesting += first >= 0;
    fit.first_protests.push_back(
        {name, o.when.text, first >= 0 ? static_cast<double>(first) : -1.0});
    fit.details.rows.push_back(
        {name, o.when.text,
         first >= 0 ? days.calendar.time_of(first).date.to_string() : std::string("none"),
         first >= 0 ? days.calendar.stamp(first) : std::string("none"),
         first >= 0 ? std::floor(sim) - std::floor(obs_low) : NAN,
         first >= 0 ? static_cast<double>(first) : NAN});
  }
  const auto named = static_cast<double>(record.first_protests.size());
  fit.scores.push_back(score("named_cities_protesting", protesting / named, "= 1",
                             protesting == static_cast<int>(named),
                             "share of the cities the record names that protest"));
  fit.scores.push_back(score(
      "first_protest_on_time", within / named, fmt::format(">= {}", tol.on_time_share),
      within / named >= tol.on_time_share,
      fmt::format("share of named cities whose first protest is within {} hours of the record",
                  tol.first_protest_hours)));
  const double rho = spearman(observed, simulated);
  fit.scores.push_back(score("first_protest_rank_correlation", rho,
                             fmt::format(">= {}", tol.rank_correlation),
                             rho >= tol.rank_correlation,
                             "Spearman correlation of simulated and observed first-protest times"));
}

/// The origin protests first, strictly, and its workers strike first.
void score_origin(FitReport& fit, const Country& c, const RunTrace& trace,
                  const std::string& origin) {
  const std::size_t origin_place = c.find_place(origin);
  std::int64_t first_other = -1;
  for (std::size_t p = 0; p < c.places.size(); ++p) {
    const auto t = trace.first_protest[p];
    if (p != origin_place && t >= 0 && (first_other < 0 || t < first_other)) first_other = t;
  }
  const auto origin_tick = origin_place != Country::npos ? trace.first_protest[origin_place] : -1;
  const bool origin_first = origin_tick >= 0 && (first_other < 0 || origin_tick < first_other);
  fit.statistics.push_back(statistic("origin_first", "origin", origin_first ? 1 : 0, 1, 1, 1,
                                     fmt::format("1 if {} protests first", origin)));
  fit.scores.push_back(score("origin_first", origin_first ? 1 : 0, "= 1", origin_first,
                             fmt::format("{} protests before any other place", origin)));
  // Only where the origin has an enterprise that can strike (enterprises.csv).
  const bool can_strike = std::any_of(c.enterprises.begin(), c.enterprises.end(),
                                      [&](const Enterprise& e) { return e.place == origin_place; });
  if (!can_strike) return;
  const bool strike_first = trace.first_strike_place == origin;
  fit.scores.push_back(
      score("origin_strikes_first", strike_first ? 1 : 0, "= 1", strike_first,
            fmt::format("the first strike is in {} (it was: {})", origin,
                        trace.first_strike_place.empty() ? "none" : trace.first_strike_place)));
}

/// Large cities the record does not name must not start before the window's
/// day (a sanity check, [fit.windows] quiet_until).
void score_unnamed_early(FitReport& fit, const Country& c, const ObservedRecord& record,
                         const RunTrace& trace, const RunDays& days, const FitWindows& windows) {
  if (!windows.quiet_until) return;
  int early = 0;
  const double quiet_day = days.of_date(*windows.quiet_until);
  for (std::size_t p = 0; p < c.places.size(); ++p) {
    const Place& pl = c.places[p];
    if (pl.rural || pl.population < windows.quiet_population) continue;
    const bool named_city = std::any_of(record.first_protests.begin(), record.first_protests.end(),
                                        [&](const ObservedProtest& o) { return o.place == p; });
    if (named_city) continue;
    const auto t = trace.first_protest[p];
    early += t >= 0 && days.of_tick(t) < quiet_day;
  }
  const std::string until = windows.quiet_until->to_string();
  fit.statistics.push_back(statistic("unnamed_cities_early", "unnamed_early", early, 0, 0, 1,
                                     "large unnamed cities protesting before " + until));
  fit.scores.push_back(
      score("unnamed_cities_early", early, "= 0", early == 0,
            fmt::format("cities of at least {:.0f} people the record does not name that protest "
                        "before {}",
                        windows.quiet_population, until)));
}

/// Sanity windows ([fit.windows]): the national peak (largest hourly count)
/// falls in its days, and the protests fall after the foreign troops and
/// lethal force are both in place.
void score_peak_and_fall(FitReport& fit, const RunTrace& trace, const RunDays& days,
                         const FitWindows& windows) {
  const auto& national = trace.national_protesters();
  const auto peak_at = static_cast<std::int64_t>(
      std::max_element(national.begin(), national.end()) - national.begin());
  if (windows.peak_from) {
    const double peak_day = days.of_tick(peak_at);
    const double from = days.of_date(*windows.peak_from);
    const double to = days.of_date(*windows.peak_to);
    fit.statistics.push_back(
        statistic("peak_day", "peak_day", peak_day, from, to, 1, "day of the national peak"));
    fit.scores.push_back(
        score("peak_day_in_window", peak_day,
              fmt::format("{} to {}", windows.peak_from->to_string(), windows.peak_to->to_string()),
              peak_day >= from && peak_day <= to,
              "day of the national peak of protesters, counted from the run's first day as 1"));
  }
  if (trace.crackdown_tick < 0 || !windows.fall_after_crackdown) return;
  const double limit = *windows.fall_after_crackdown;
  // From the day after both are in place, the largest hourly count left.
  const auto from = static_cast<std::size_t>(std::min<std::int64_t>(
      static_cast<std::int64_t>(national.size()) - 1, (trace.crackdown_tick / 24 + 2) * 24));
  const double after =
      *std::max_element(national.begin() + static_cast<long>(from), national.end());
  const double ratio = national[static_cast<std::size_t>(peak_at)] > 0
                           ? after / national[static_cast<std::size_t>(peak_at)]
                           : 1.0;
  fit.statistics.push_back(statistic("fall_after_crackdown", "fall", ratio, 0, limit, limit / 2,
                                     "protest left after the crackdown, over the peak"));
  fit.scores.push_back(
      score("fall_after_crackdown", ratio, fmt::format("< {}", limit), ratio < limit,
            "largest count from the day after troops and lethal force, over the peak"));
}

/// The record's main centre has the largest hour of protest of any city.
void score_main_centres(FitReport& fit, const Country& c, const ObservedRecord& record,
                        const RunTrace& trace) {
  for (const std::size_t centre : record.main_centres) {
    double largest_other = 0;
    for (std::size_t p = 0; p < c.places.size(); ++p) {
      if (p != centre && !c.places[p].rural)
        largest_other = std::max(largest_other, trace.peak_protesters[p]);
    }
    const double ratio = largest_other > 0 ? trace.peak_protesters[centre] / largest_other : 0.0;
    fit.statistics.push_back(statistic("log_main_centre_" + c.places[centre].name, "main_centre",
                                       std::log(ratio + 1e-3), 0, INFINITY, std::log(2.0),
                                       "log of the main centre's peak over the next city's"));
    fit.scores.push_back(
        score("main_centre_" + c.places[centre].name, ratio, ">= 1", ratio >= 1,
              fmt::format("{}'s largest hour of protest over the largest of any other city",
                          c.places[centre].name)));
  }
}

/// National deaths and injuries against the record's figures (a range
/// where the record's count was revised, a floor for "over").
void score_casualties(FitReport& fit, const ObservedRecord& record, const RunTrace& trace,
                      const FitTolerance& tol) {
  for (const char* unit : {"killed", "injured"}) {
    const auto national = national_total(record, unit);
    if (!national) continue;
    const double simulated = std::string(unit) == "killed" ? trace.killed() : trace.injured();
    const double low = national->first, high = national->second;
    fit.statistics.push_back(statistic(
        fmt::format("log_{}", unit), unit, std::log(simulated + 1), std::log(low + 1),
        std::log(high + 1), std::log(tol.total_factor), fmt::format("log(1 + people {})", unit)));
    const bool pass = simulated >= low / tol.total_factor && simulated <= high * tol.total_factor;
    fit.scores.push_back(score(
        fmt::format("{}_within_factor", unit), simulated,
        std::isfinite(high)
            ? fmt::format("in [{:.0f}, {:.0f}]", low / tol.total_factor, high * tol.total_factor)
            : fmt::format(">= {:.0f}", low / tol.total_factor),
        pass,
        fmt::format("people {} nationally, within a factor {} of the record's {}", unit,
                    tol.total_factor,
                    low == high           ? fmt::format("{:.0f}", low)
                    : std::isfinite(high) ? fmt::format("{:.0f} to {:.0f}", low, high)
                                          : fmt::format("over {:.0f}", low))));
  }
}

}  // namespace

std::optional<std::pair<double, double>> national_total(const ObservedRecord& record,
                                                        const std::string& unit) {
  std::vector<const ObservedTotal*> rows;
  for (const auto& t : record.totals) {
    if (t.unit == unit && t.at.where == "nation") rows.push_back(&t);
  }
  if (rows.empty()) return std::nullopt;
  return combined_range(rows);
}

FitReport score_fit(const Country& country, const ObservedRecord& record, const RunTrace& trace,
                    const Calendar& calendar, const std::string& origin,
                    const FitSettings& settings, std::span<const double> price_rise) {
  FitReport fit;
  const RunDays days{calendar, calendar.start()->date.days_since_epoch()};
  score_first_protests(fit, country, record, trace, days, settings.tolerance);
  score_origin(fit, country, trace, origin);
  score_unnamed_early(fit, country, record, trace, days, settings.windows);
  score_peak_and_fall(fit, trace, days, settings.windows);
  score_main_centres(fit, country, record, trace);
  score_casualties(fit, record, trace, settings.tolerance);
  fit.targets =
      fit_targets(country, record, trace, origin, settings.tolerance, price_rise, fit.unscored);
  return fit;
}

}  // namespace unrest::uprising
