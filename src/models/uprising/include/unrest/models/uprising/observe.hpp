#pragma once
/// \file
/// What the uprising model records: the national series per hour, the
/// cities table (one row per place and hour), what a run's summary and fit
/// need besides (peaks, first protests, the first strike, the crackdown),
/// and the day-by-day report.

#include <cstdint>
#include <string>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/run_result.hpp"
#include "unrest/core/table.hpp"
#include "unrest/core/timeseries.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

/// The national series' columns (timeseries.csv), with `<product>_price` per product.
std::vector<ColumnSpec> national_columns(const Country& country);
/// The cities table's columns (cities.csv).
std::vector<ColumnSpec> city_columns();

/// Appends the national row and the places' rows of `tick`.
void record_tick(const World& w, std::int64_t tick, TimeSeries& national, Table& cities);

/// Lines for the printed summary: a day-by-day national table.
std::vector<std::string> daily_report(const TimeSeries& national, const Calendar& calendar);

/// What a finished run recorded: the outputs per tick, and what the summary
/// and the fit read from it.
struct RunTrace {
  TimeSeries series;                        ///< national, per tick (timeseries.csv)
  Table cities;                             ///< per place and tick (cities.csv)
  std::vector<double> peak_protesters;      ///< per place, the most in one hour
  std::vector<std::int64_t> first_protest;  ///< per place, tick of its first protest (-1: none)
  std::vector<std::int64_t> first_strike;   ///< per enterprise, tick its first strike began (-1)
  std::vector<std::int64_t> first_storm;    ///< per place, tick its akimat was first stormed (-1)
  std::vector<std::int64_t> first_refusal;  ///< per place, tick its units refused orders (-1)
  std::vector<double> place_killed;         ///< per place, people killed over the run
  std::vector<double> place_injured;        ///< per place, people injured over the run
  std::int64_t crackdown_tick = -1;  ///< when both foreign troops and lethal force were in place
  std::string first_strike_place;    ///< where the first strike began ("" if none)
  double strikes = 0;                ///< enterprises that began a strike

  /// People protesting nationally, per tick (index = tick).
  [[nodiscard]] const std::vector<double>& national_protesters() const {
    return series.column("protesters");
  }
  /// People killed, injured and detained over the run.
  [[nodiscard]] double killed() const { return series.column("killed_cumulative").back(); }
  [[nodiscard]] double injured() const { return series.column("injured_cumulative").back(); }
  [[nodiscard]] double detained() const { return series.column("detained_cumulative").back(); }
};

/// Each place at its coordinates with what happened there over the run
/// (places.geojson): its first protest, peak crowd, killed and injured.
std::vector<PlaceOutcome> place_outcomes(const Country& country, const RunTrace& trace);

/// Watches a run: records each tick's state, notes the actions that make the
/// crackdown and the strikes as the step reports them, and hands the
/// finished trace over.
class RunObserver {
 public:
  /// Reserves room for `ticks` ticks of `country`'s places.
  RunObserver(const Country& country, std::int64_t ticks);

  /// Notes an action as it applies: the first foreign troops and the first
  /// order of lethal force.
  void on_action(std::int64_t tick, const Action& action);

  /// Records the state `tick` left, and what its step reported.
  void record(const World& w, std::int64_t tick, const TickCounts& counts);

  /// The trace of the run; the observer is spent.
  [[nodiscard]] RunTrace finish() &&;

 private:
  const Country& country_;
  RunTrace trace_;
  std::int64_t troops_tick_ = -1;
  std::int64_t lethal_tick_ = -1;
};

}  // namespace unrest::uprising
