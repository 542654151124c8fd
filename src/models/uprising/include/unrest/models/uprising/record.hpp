#pragma once
/// \file
/// The observed record the run is measured against (observed.csv), row by
/// row: first protests, strikes, stormings, refusals of orders and the
/// casualties, each with the place or enterprise it names and, where the
/// record gives one, the time, each row with its source.
///
/// A `date` cell is a day ("2022-01-04": any hour of it), an hour
/// ("2022-01-04T18:00": that hour) or an interval between two of them
/// ("2022-01-04T18:00/2022-01-05T06:00"), on the scenario's clock. A
/// `value` cell is a number, a floor (">=1000": "over one thousand") or a
/// range ("164..238": counts that grew as the record was revised).
///
/// The crowds the record reports ([data] crowds, crowds.csv) are read with
/// it: one row per report, people_low to people_high (an empty people_high:
/// "at least people_low"; an empty people_low: "up to people_high").

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/models/uprising/country.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::uprising {

/// When the record puts an event: the hours [first_hour, last_hour] since
/// the run's start, both included (a day is its 24 hours).
struct ObservedTime {
  double first_hour = 0;
  double last_hour = 0;
  std::string text;  ///< as the record writes it
};

struct ObservedProtest {
  std::size_t place = 0;
  ObservedTime when;
};

/// A row that names a city, a region ("region:Mangystau") or the nation.
struct ObservedAt {
  std::string where;                 ///< as the record writes it
  std::vector<std::size_t> places;   ///< the places it covers
  std::optional<ObservedTime> when;  ///< none when the record gives no date
};

/// A strike row: an enterprise by name, or the enterprises of a place or
/// region.
struct ObservedStrike {
  std::string where;
  std::vector<std::size_t> enterprises;
  std::optional<ObservedTime> when;
};

/// A casualty figure (killed, injured, ...) for a place, region or nation.
struct ObservedTotal {
  ObservedAt at;
  std::string unit;
  double low = 0;
  double high = 0;  ///< +inf for a floor
  std::string text;
};

/// A crowd size a report gives for a city, region or the nation.
struct ObservedCrowd {
  ObservedAt at;
  double low = 0;    ///< 0 for "up to"
  double high = 0;   ///< +inf for "at least"
  std::string text;  ///< in the record's value form: 1000, >=1000, 40..50, <=6000
};

/// A row of a kind the model does not simulate (a road blockade, the
/// occupation of an installation, a protest called but not seen held, a
/// running count superseded by the outcome): kept, its place and date
/// checked, and listed as unscored with the reason.
struct ObservedUnmodelled {
  std::string kind;
  ObservedAt at;
  std::string why;  ///< from kUnmodelledKinds
};

/// The record's kinds the model reads but does not simulate, each with why.
inline constexpr std::pair<const char*, const char*> kUnmodelledKinds[] = {
    {"road_blockade", "the model has no road blockades (protesters stand in places)"},
    {"occupation", "the model has no occupations of installations other than seats of government"},
    {"protest_called", "a protest called is not a protest seen held"},
    {"outcome_interim", "a running count, superseded by the outcome rows"},
};

struct ObservedRecord {
  std::vector<ObservedProtest> first_protests;  ///< the cities the record names
  std::vector<ObservedStrike> strikes;
  std::vector<ObservedAt> stormings;
  /// The most places a storming row of a region or the nation counts (its
  /// `value`, ">=6": "six seats taken"); 0 when none does.
  double stormed_places_counted = 0;
  std::vector<ObservedAt> refusals;       ///< fraternisation: units that refused orders
  std::vector<ObservedTotal> totals;      ///< outcome rows
  std::vector<std::size_t> main_centres;  ///< where the record puts the largest protest
  std::vector<ObservedCrowd> crowds;      ///< reported crowd sizes ([data] crowds)
  std::vector<ObservedUnmodelled> unmodelled;
};

/// The range that rows of one place and unit make (a count revised over
/// time, or told by several sources): from the least to the most counted. A
/// floor ("at least 9") inside that range adds nothing; one above every count
/// opens the range upwards; floors alone give "at least" the least of them.
/// `rows` is not empty.
std::pair<double, double> combined_range(const std::vector<const ObservedTotal*>& rows);

/// Parses a `date` cell (see the file comment) into hours since the
/// calendar's start; nullopt and `problem` set when it is malformed.
std::optional<ObservedTime> parse_observed_time(const std::string& text, const Calendar& calendar,
                                                std::string& problem);

/// Reads [data] observed and, where the scenario names one, [data] crowds.
/// Unknown places, enterprises and malformed dates, values or numbers of
/// people are errors naming the file, line and column.
ObservedRecord load_record(const Scenario& scenario, const Country& country,
                           const Calendar& calendar);

}  // namespace unrest::uprising
