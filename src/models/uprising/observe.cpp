#include "unrest/models/uprising/observe.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "unrest/models/uprising/rules.hpp"

namespace unrest::uprising {

std::vector<ColumnSpec> national_columns(const Country& country) {
  using K = ColumnKind;
  std::vector<ColumnSpec> columns = {
      {"tick", K::Integer, "hour since the start", "hour"},
      {"protesters", K::Integer, "people protesting in the streets, nationally", "people"},
      {"strikers", K::Integer, "workers of striking enterprises", "people"},
      {"striking_enterprises", K::Integer, "enterprises on strike", "enterprises"},
      {"places_protesting", K::Integer, "places with at least protest_min_people out or on strike",
       "places"},
      {"detained", K::Integer, "people in detention now", "people"},
      {"detained_cumulative", K::Integer, "people detained so far (cumulative)", "people"},
      {"injured_cumulative", K::Integer, "people injured so far (cumulative)", "people"},
      {"killed_cumulative", K::Integer, "people killed so far (cumulative)", "people"},
      {"security", K::Integer, "security personnel on the streets", "people"},
      {"legitimacy", K::Real, "perceived legitimacy, population-weighted mean over places",
       "share (0 to 1)"},
      {"internet", K::Real, "internet level, population-weighted (1 normal, 0 cut)",
       "share of normal (0 to 1)"},
  };
  for (const Product& product : country.products) {
    columns.push_back({product.name + "_price", K::Real,
                       fmt::format("{} price, population-weighted", product.label), product.unit});
  }
  return columns;
}

std::vector<ColumnSpec> city_columns() {
  using K = ColumnKind;
  return {
      {"tick", K::Integer, "hour since the start", "hour"},
      {"place", K::Text, "city, or \"rural <region>\" for the rest of a region"},
      {"region", K::Text, "region (oblast or city of republican significance)"},
      {"latitude", K::Real, "degrees north (WGS 84), the scenario's place data", "degrees north"},
      {"longitude", K::Real, "degrees east (WGS 84), the scenario's place data", "degrees east"},
      {"protesters", K::Integer, "people protesting in the streets", "people"},
      {"strikers", K::Integer, "workers of striking enterprises", "people"},
      {"detained", K::Integer, "people in detention now", "people"},
      {"injured_cumulative", K::Integer, "people injured so far (cumulative)", "people"},
      {"killed_cumulative", K::Integer, "people killed so far (cumulative)", "people"},
      {"security", K::Integer, "security personnel on the streets", "people"},
      {"internet", K::Real, "internet level (1 normal, 0 cut)", "share of normal (0 to 1)"},
      {"force", K::Text,
       fmt::format("force in use: {}, {}, {}", kForceLevelNames[0].key, kForceLevelNames[1].key,
                   kForceLevelNames[2].key)},
  };
}

void record_tick(const World& w, std::int64_t tick, TimeSeries& national, Table& cities) {
  const Country& c = w.country;
  double protesters = 0, strikers = 0, detained = 0, detained_total = 0, injured = 0, killed = 0,
         security = 0, legitimacy = 0, internet = 0, protesting = 0;
  std::array<double, kMaxProducts> price{};
  const double total = c.population();
  for (std::size_t p = 0; p < c.places.size(); ++p) {
    const PlaceState& s = w.places[p];
    const double weight = c.places[p].population / total;
    protesters += s.protesters;
    strikers += s.strikers;
    detained += s.detained_now;
    detained_total += s.detained_total;
    injured += s.injured_total;
    killed += s.killed_total;
    security += s.security;
    legitimacy += weight * w.legitimacy_of(p);
    internet += weight * s.internet;
    for (std::size_t k = 0; k < c.products.size(); ++k) price[k] += weight * s.price[k];
    protesting += s.protesters + s.strikers >= noticed_protest(w.params.protest_min_people,
                                                               w.params.protest_min_share,
                                                               c.places[p].population);
    cities.rows.push_back({static_cast<double>(tick), c.places[p].name,
                           c.regions[c.places[p].region].name, c.places[p].latitude,
                           c.places[p].longitude, s.protesters, s.strikers, s.detained_now,
                           s.injured_total, s.killed_total, s.security, s.internet,
                           std::string(force_level_key(s.level))});
  }
  double striking = 0;
  for (const auto& e : w.enterprises) striking += e.striking;
  std::vector<double> row = {static_cast<double>(tick),
                             protesters,
                             strikers,
                             striking,
                             protesting,
                             detained,
                             detained_total,
                             injured,
                             killed,
                             security,
                             legitimacy,
                             internet};
  row.insert(row.end(), price.begin(), price.begin() + static_cast<long>(c.products.size()));
  national.append(row);
}

std::vector<PlaceOutcome> place_outcomes(const Country& country, const RunTrace& trace) {
  std::vector<PlaceOutcome> places;
  places.reserve(country.places.size());
  for (std::size_t p = 0; p < country.places.size(); ++p) {
    const Place& place = country.places[p];
    places.push_back(
        {place.name,
         country.regions[place.region].name,
         place.latitude,
         place.longitude,
         place.population,
         trace.first_protest[p],
         {{"peak_protesters", trace.peak_protesters[p], "most people protesting in one hour"},
          {"killed_cumulative", trace.place_killed[p], "people killed by the end of the run"},
          {"injured_cumulative", trace.place_injured[p], "people injured by the end of the run"}}});
  }
  return places;
}

std::vector<std::string> daily_report(const TimeSeries& national, const Calendar& calendar) {
  std::vector<std::string> lines;
  const auto& protesters = national.column("protesters");
  const auto& strikers = national.column("strikers");
  const auto& places = national.column("places_protesting");
  const auto& detained = national.column("detained_cumulative");
  const auto& injured = national.column("injured_cumulative");
  const auto& killed = national.column("killed_cumulative");
  lines.push_back("  Day by day (peak hour of each day; totals at the day's end):");
  lines.push_back(fmt::format("    {:<10} {:>11} {:>10} {:>7} {:>9} {:>8} {:>7}", "date",
                              "protesters", "strikers", "places", "detained", "injured", "killed"));
  std::size_t begin = 0;
  while (begin < protesters.size()) {
    const auto date = calendar.time_of(static_cast<std::int64_t>(begin)).date;
    std::size_t end = begin;
    while (end < protesters.size() && calendar.time_of(static_cast<std::int64_t>(end)).date == date)
      ++end;
    const auto peak = [&](const std::vector<double>& v) {
      return *std::max_element(v.begin() + static_cast<long>(begin),
                               v.begin() + static_cast<long>(end));
    };
    lines.push_back(
        fmt::format("    {:<10} {:>11.0f} {:>10.0f} {:>7.0f} {:>9.0f} {:>8.0f} {:>7.0f}",
                    date.to_string(), peak(protesters), peak(strikers), peak(places),
                    detained[end - 1], injured[end - 1], killed[end - 1]));
    begin = end;
  }
  return lines;
}

RunObserver::RunObserver(const Country& country, std::int64_t ticks) : country_(country) {
  trace_.series = TimeSeries(national_columns(country));
  trace_.cities = Table{"cities.csv", city_columns(), {}};
  trace_.cities.rows.reserve(static_cast<std::size_t>(ticks + 1) * country.places.size());
  trace_.peak_protesters.assign(country.places.size(), 0.0);
  trace_.first_protest.assign(country.places.size(), -1);
  trace_.first_strike.assign(country.enterprises.size(), -1);
  trace_.first_storm.assign(country.places.size(), -1);
  trace_.first_refusal.assign(country.places.size(), -1);
  trace_.place_killed.assign(country.places.size(), 0.0);
  trace_.place_injured.assign(country.places.size(), 0.0);
}

void RunObserver::on_action(std::int64_t tick, const Action& action) {
  if (std::holds_alternative<ForeignTroops>(action) && troops_tick_ < 0) troops_tick_ = tick;
  if (const auto* f = std::get_if<ForcePolicy>(&action);
      f && f->level == ForceLevel::Lethal && lethal_tick_ < 0) {
    lethal_tick_ = tick;
  }
}

void RunObserver::record(const World& w, std::int64_t tick, const TickCounts& counts) {
  record_tick(w, tick, trace_.series, trace_.cities);
  for (std::size_t p = 0; p < w.places.size(); ++p) {
    const PlaceState& s = w.places[p];
    trace_.peak_protesters[p] = std::max(trace_.peak_protesters[p], s.protesters);
    if (trace_.first_protest[p] < 0) trace_.first_protest[p] = s.first_protest;
    trace_.first_storm[p] = s.stormed_at;
    if (trace_.first_refusal[p] < 0 && s.local_refused) trace_.first_refusal[p] = tick;
    trace_.place_killed[p] = s.killed_total;
    trace_.place_injured[p] = s.injured_total;
  }
  for (std::size_t e = 0; e < w.enterprises.size(); ++e) {
    if (trace_.first_strike[e] < 0 && w.enterprises[e].striking) trace_.first_strike[e] = tick;
  }
  trace_.strikes += counts.strikes_started;
  if (trace_.first_strike_place.empty() && counts.first_strike_place != Country::npos) {
    trace_.first_strike_place = country_.places[counts.first_strike_place].name;
  }
}

RunTrace RunObserver::finish() && {
  if (troops_tick_ >= 0 && lethal_tick_ >= 0) {
    trace_.crackdown_tick = std::max(troops_tick_, lethal_tick_);
  }
  return std::move(trace_);
}

}  // namespace unrest::uprising
