#include "unrest/models/uprising/fit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace unrest::uprising {

namespace {

std::vector<double> ranks(const std::vector<double>& x) {
  std::vector<std::size_t> order(x.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
  std::vector<double> r(x.size());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j + 1 < order.size() && x[order[j + 1]] == x[order[i]]) ++j;
    const double mean_rank = (static_cast<double>(i) + static_cast<double>(j)) / 2 + 1;
    for (std::size_t k = i; k <= j; ++k) r[order[k]] = mean_rank;
    i = j + 1;
  }
  return r;
}

FitStatistic statistic(std::string name, std::string group, double simulated, double low,
                       double high, double scale, std::string what, double cap = INFINITY) {
  return {std::move(name), std::move(group), simulated, low, high, scale, std::move(what), cap};
}

FitScore score(std::string name, double value, std::string target, bool pass, std::string what) {
  return {std::move(name), value, std::move(target), pass, std::move(what)};
}

}  // namespace

double spearman(const std::vector<double>& a, const std::vector<double>& b) {
  const auto ra = ranks(a);
  const auto rb = ranks(b);
  const double n = static_cast<double>(a.size());
  const double ma = std::accumulate(ra.begin(), ra.end(), 0.0) / n;
  const double mb = std::accumulate(rb.begin(), rb.end(), 0.0) / n;
  double sab = 0, saa = 0, sbb = 0;
  for (std::size_t i = 0; i < ra.size(); ++i) {
    sab += (ra[i] - ma) * (rb[i] - mb);
    saa += (ra[i] - ma) * (ra[i] - ma);
    sbb += (rb[i] - mb) * (rb[i] - mb);
  }
  return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0.0;
}

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
};

/// Per named city: observed and simulated day of the first protest.
void score_first_protests(FitReport& fit, const Country& c, const ObservedRecord& record,
                          const RunTrace& trace, const RunDays& days) {
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
    const double obs = days.of_date(o.date);
    const double sim = first >= 0 ? days.of_tick(first) : never;
    observed.push_back(obs);
    simulated.push_back(sim);
    fit.statistics.push_back(
        statistic("first_protest_day_" + name, "first_protest", sim, obs, obs, 1.0,
                  fmt::format("day of the first protest in {} (never: {})", name, never), 3.0));
    within += std::abs(sim - obs) <= 1;
    protesting += first >= 0;
    fit.first_protests.push_back(
        {name, o.date.to_string(), first >= 0 ? static_cast<double>(first) : -1.0});
    fit.details.rows.push_back(
        {name, o.date.to_string(),
         first >= 0 ? days.calendar.time_of(first).date.to_string() : std::string("none"),
         first >= 0 ? days.calendar.time_of(first).to_string() : std::string("none"),
         first >= 0 ? sim - obs : NAN, first >= 0 ? static_cast<double>(first) : NAN});
  }
  const auto named = static_cast<double>(record.first_protests.size());
  fit.scores.push_back(score("named_cities_protesting", protesting / named, "= 1",
                             protesting == static_cast<int>(named),
                             "share of the cities the record names that protest"));
  fit.scores.push_back(
      score("first_protest_within_1_day", within / named, ">= 0.8", within / named >= 0.8,
            "share of named cities whose first protest is within a day of the record"));
  const double rho = spearman(observed, simulated);
  fit.scores.push_back(score("first_protest_rank_correlation", rho, ">= 0.7", rho >= 0.7,
                             "Spearman correlation of simulated and observed first-protest days"));
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
  const bool strike_first = trace.first_strike_place == origin;
  fit.scores.push_back(
      score("origin_strikes_first", strike_first ? 1 : 0, "= 1", strike_first,
            fmt::format("the first strike is in {} (it was: {})", origin,
                        trace.first_strike_place.empty() ? "none" : trace.first_strike_place)));
}

/// Large cities the record does not name must not start before 3 January.
void score_unnamed_early(FitReport& fit, const Country& c, const ObservedRecord& record,
                         const RunTrace& trace, const RunDays& days) {
  int early = 0;
  const double day3 = 3;
  for (std::size_t p = 0; p < c.places.size(); ++p) {
    const Place& pl = c.places[p];
    if (pl.rural || pl.population < 100'000) continue;
    const bool named_city = std::any_of(record.first_protests.begin(), record.first_protests.end(),
                                        [&](const ObservedProtest& o) { return o.place == p; });
    if (named_city) continue;
    const auto t = trace.first_protest[p];
    early += t >= 0 && days.of_tick(t) < day3;
  }
  fit.statistics.push_back(statistic("unnamed_cities_before_3_january", "unnamed_early", early, 0,
                                     0, 1, "large unnamed cities protesting before 3 January"));
  fit.scores.push_back(
      score("unnamed_cities_before_3_january", early, "= 0", early == 0,
            "cities over 100,000 the record does not name that protest before 3 January"));
}

/// The national peak (largest hourly count) falls between 4 and 6 January,
/// and the protests fall after the foreign troops and lethal force.
void score_peak_and_fall(FitReport& fit, const RunTrace& trace, const RunDays& days) {
  const auto& national = trace.national_protesters();
  const auto peak_at = static_cast<std::int64_t>(
      std::max_element(national.begin(), national.end()) - national.begin());
  const double peak_day = days.of_tick(peak_at);
  fit.statistics.push_back(
      statistic("peak_day", "peak_day", peak_day, 4, 6, 1, "day of the national peak"));
  fit.scores.push_back(score("peak_day", peak_day, "in [4, 6]", peak_day >= 4 && peak_day <= 6,
                             "day of January of the national peak of protesters"));
  if (trace.crackdown_tick < 0) return;
  // From the day after both are in place, the largest hourly count left.
  const auto from = static_cast<std::size_t>(std::min<std::int64_t>(
      static_cast<std::int64_t>(national.size()) - 1, (trace.crackdown_tick / 24 + 2) * 24));
  const double after =
      *std::max_element(national.begin() + static_cast<long>(from), national.end());
  const double ratio = national[static_cast<std::size_t>(peak_at)] > 0
                           ? after / national[static_cast<std::size_t>(peak_at)]
                           : 1.0;
  fit.statistics.push_back(statistic("fall_after_crackdown", "fall", ratio, 0, 0.5, 0.25,
                                     "protest left after the crackdown, over the peak"));
  fit.scores.push_back(
      score("fall_after_crackdown", ratio, "< 0.5", ratio < 0.5,
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

/// Deaths and injuries against the record's figures.
void score_casualties(FitReport& fit, const ObservedRecord& record, const RunTrace& trace) {
  const double killed = trace.killed();
  const double injured = trace.injured();
  if (record.killed > 0) {
    const double ratio = killed / record.killed;
    fit.statistics.push_back(statistic("log_killed", "killed", std::log(killed + 1),
                                       std::log(record.killed + 1), std::log(record.killed + 1),
                                       std::log(2.0), "log(1 + people killed)"));
    fit.scores.push_back(score("killed_ratio", ratio, "in [0.5, 2]", ratio >= 0.5 && ratio <= 2,
                               fmt::format("deaths against the record's {}", record.killed)));
  }
  if (record.injured > 0) {
    fit.statistics.push_back(statistic("log_injured", "injured", std::log(injured + 1),
                                       std::log(record.injured + 1), INFINITY, std::log(2.0),
                                       "log(1 + people injured); the record gives a floor"));
    fit.scores.push_back(score("injured", injured, fmt::format(">= {}", record.injured),
                               injured >= record.injured,
                               "people injured, against the record's \"over\" figure"));
  }
}

}  // namespace

FitReport score_fit(const Country& country, const ObservedRecord& record, const RunTrace& trace,
                    const Calendar& calendar, const std::string& origin) {
  FitReport fit;
  const RunDays days{calendar, calendar.start()->date.days_since_epoch()};
  score_first_protests(fit, country, record, trace, days);
  score_origin(fit, country, trace, origin);
  score_unnamed_early(fit, country, record, trace, days);
  score_peak_and_fall(fit, trace, days);
  score_main_centres(fit, country, record, trace);
  score_casualties(fit, record, trace);
  return fit;
}

}  // namespace unrest::uprising
