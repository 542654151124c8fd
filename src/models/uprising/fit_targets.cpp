// The targets `unrest score` scores over an ensemble: every row of the record
// the model can speak to, with the run's value beside the record's.

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "unrest/models/uprising/fit.hpp"

namespace unrest::uprising {

double shock_hardship(const Country& country, std::size_t place,
                      std::span<const double> price_rise) {
  const Region& region = country.regions[country.places[place].region];
  double hardship = 0;
  for (std::size_t k = 0; k < price_rise.size(); ++k) hardship += region.share[k] * price_rise[k];
  return hardship;
}

namespace {

/// The run's hour of an event that may never have come: censored at the
/// run's end, so a miss counts as late by at least the rest of the run.
double hour_or_end(std::int64_t tick, std::int64_t end) {
  return static_cast<double>(tick >= 0 ? tick : end);
}

/// The earliest of some ticks (-1: none came).
std::int64_t earliest(const std::vector<std::int64_t>& ticks, const std::vector<std::size_t>& of) {
  std::int64_t first = -1;
  for (const std::size_t i : of) {
    if (ticks[i] >= 0 && (first < 0 || ticks[i] < first)) first = ticks[i];
  }
  return first;
}

FitTarget time_target(std::string name, std::string group, std::int64_t tick, std::int64_t end,
                      const ObservedTime& when, double tolerance) {
  FitTarget t;
  t.name = std::move(name);
  t.group = std::move(group);
  t.unit = "hours";
  t.simulated = hour_or_end(tick, end);
  t.observed_low = when.first_hour;
  t.observed_high = when.last_hour;
  t.observed_text = when.text;
  t.tolerance = tolerance;
  return t;
}

/// An event the record places but does not date: did it happen there at all?
FitTarget occurrence_target(std::string name, std::string group, bool happened) {
  FitTarget t;
  t.name = std::move(name);
  t.group = std::move(group);
  t.unit = "yes (1) or no (0)";
  t.simulated = happened ? 1 : 0;
  t.observed_low = t.observed_high = 1;
  t.observed_text = "happened";
  t.tolerance = 0;
  return t;
}

/// Stormings or refusals, one target per place the record names: the run's
/// first against the record's first (the earliest dated row of the place),
/// or, where no row of it has a date, whether it happened there at all.
void event_targets(std::vector<FitTarget>& out, const std::vector<ObservedAt>& rows,
                   const std::vector<std::int64_t>& first_tick, std::int64_t end,
                   const std::string& kind, double tolerance) {
  std::vector<const ObservedAt*> firsts;
  for (const ObservedAt& at : rows) {
    const auto same = std::find_if(firsts.begin(), firsts.end(),
                                   [&](const ObservedAt* f) { return f->where == at.where; });
    if (same == firsts.end()) {
      firsts.push_back(&at);
    } else if (at.when && (!(*same)->when || at.when->first_hour < (*same)->when->first_hour)) {
      *same = &at;
    }
  }
  for (const ObservedAt* at : firsts) {
    const std::string name = kind + ":" + at->where;
    const std::int64_t first = earliest(first_tick, at->places);
    if (at->when) {
      out.push_back(time_target(name, kind, first, end, *at->when, tolerance));
    } else {
      out.push_back(occurrence_target(name, kind + "_anywhere", first >= 0));
    }
  }
}

/// Casualties by place and nationally; rows of one place and unit make one
/// range (combined_range).
void total_targets(std::vector<FitTarget>& out, const ObservedRecord& record, const RunTrace& trace,
                   double factor, std::vector<std::pair<std::string, std::string>>& unscored) {
  std::map<std::pair<std::string, std::string>, std::vector<const ObservedTotal*>> by_place;
  for (const ObservedTotal& total : record.totals) {
    if (total.unit != "killed" && total.unit != "injured") {
      unscored.emplace_back(total.unit + ":" + total.at.where,
                            fmt::format("the model does not count people {}", total.unit));
      continue;
    }
    by_place[{total.unit, total.at.where}].push_back(&total);
  }
  for (const auto& [key, rows] : by_place) {
    const auto& [unit, where] = key;
    const auto& per_place = unit == "killed" ? trace.place_killed : trace.place_injured;
    FitTarget t;
    t.name = unit + ":" + where;
    t.group = unit;
    t.unit = "people";
    for (const std::size_t p : rows.front()->at.places) t.simulated += per_place[p];
    t.tolerance = factor;
    t.log_scale = true;
    for (const ObservedTotal* row : rows)
      t.observed_text += (t.observed_text.empty() ? "" : "; ") + row->text;
    std::tie(t.observed_low, t.observed_high) = combined_range(rows);
    out.push_back(std::move(t));
  }
}

/// Peak crowds: per city, the run's most protesters in one hour against the
/// largest crowd the record reports there (the highest low end; of equal
/// lows the higher high, so "at least" stays open). A crowd stands in one
/// place, so a row for a region or the nation is listed, not scored.
void crowd_targets(std::vector<FitTarget>& out, const ObservedRecord& record, const RunTrace& trace,
                   double factor, std::vector<std::pair<std::string, std::string>>& unscored) {
  std::vector<const ObservedCrowd*> largest;
  for (const ObservedCrowd& crowd : record.crowds) {
    const std::string& where = crowd.at.where;
    const bool a_city = where != "nation" && !where.starts_with("region:");
    if (!a_city) {
      const std::string name = "peak_crowd:" + where;
      if (std::none_of(unscored.begin(), unscored.end(),
                       [&](const auto& u) { return u.first == name; })) {
        unscored.emplace_back(name, "a crowd stands in one place: the row names no city");
      }
      continue;
    }
    const auto same = std::find_if(largest.begin(), largest.end(),
                                   [&](const ObservedCrowd* l) { return l->at.where == where; });
    if (same == largest.end()) {
      largest.push_back(&crowd);
    } else if (crowd.low > (*same)->low ||
               (crowd.low == (*same)->low && crowd.high > (*same)->high)) {
      *same = &crowd;
    }
  }
  for (const ObservedCrowd* crowd : largest) {
    FitTarget t;
    t.name = "peak_crowd:" + crowd->at.where;
    t.group = "peak_crowd";
    t.unit = "people";
    t.simulated = trace.peak_protesters[crowd->at.places.front()];
    t.observed_low = crowd->low;
    t.observed_high = crowd->high;
    t.observed_text = crowd->text;
    t.tolerance = factor;
    t.log_scale = true;
    out.push_back(std::move(t));
  }
}

}  // namespace

std::vector<FitTarget> fit_targets(const Country& c, const ObservedRecord& record,
                                   const RunTrace& trace, const std::string& origin,
                                   const FitTolerance& tol, std::span<const double> price_rise,
                                   std::vector<std::pair<std::string, std::string>>& unscored) {
  std::vector<FitTarget> out;
  const auto end = static_cast<std::int64_t>(trace.national_protesters().size());
  const std::size_t origin_place = c.find_place(origin);
  for (const ObservedProtest& o : record.first_protests) {
    FitTarget t = time_target("first_protest:" + c.places[o.place].name, "first_protest",
                              trace.first_protest[o.place], end, o.when, tol.first_protest_hours);
    if (origin_place != Country::npos) {
      t.features.emplace_back("distance_km",
                              distance_km(c.places[origin_place], c.places[o.place]));
    }
    t.features.emplace_back("shock_hardship", shock_hardship(c, o.place, price_rise));
    out.push_back(std::move(t));
  }
  for (const ObservedStrike& s : record.strikes) {
    const std::string name = "strike:" + s.where;
    if (s.enterprises.empty()) {
      unscored.emplace_back(name, "the model lists no enterprise there (enterprises.csv)");
      continue;
    }
    const std::int64_t first = earliest(trace.first_strike, s.enterprises);
    if (s.when) {
      out.push_back(time_target(name, "strike", first, end, *s.when, tol.event_hours));
    } else {
      out.push_back(occurrence_target(name, "strike_anywhere", first >= 0));
    }
  }
  event_targets(out, record.stormings, trace.first_storm, end, "storming", tol.event_hours);
  event_targets(out, record.refusals, trace.first_refusal, end, "refusal", tol.event_hours);
  if (!record.stormings.empty()) {
    // How many places: the record's list is a floor (it names the stormings
    // its sources saw).
    // A row of a region or the nation names no place of its own; its count
    // (`value`) may raise the floor.
    std::vector<std::size_t> named;
    for (const auto& at : record.stormings) {
      if (at.places.size() == 1) named.push_back(at.places.front());
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    const double floor = std::max(static_cast<double>(named.size()), record.stormed_places_counted);
    FitTarget t;
    t.name = "places_stormed";
    t.group = "places_stormed";
    t.unit = "places";
    t.simulated =
        static_cast<double>(std::count_if(trace.first_storm.begin(), trace.first_storm.end(),
                                          [](std::int64_t tick) { return tick >= 0; }));
    t.observed_low = floor;
    t.observed_high = INFINITY;
    t.observed_text = fmt::format("at least {}", floor);
    t.tolerance = tol.total_factor;
    t.log_scale = true;
    out.push_back(std::move(t));
  }
  total_targets(out, record, trace, tol.total_factor, unscored);
  crowd_targets(out, record, trace, tol.crowd_factor, unscored);
  for (const ObservedUnmodelled& row : record.unmodelled)
    unscored.emplace_back(row.kind + ":" + row.at.where, row.why);
  return out;
}

}  // namespace unrest::uprising
