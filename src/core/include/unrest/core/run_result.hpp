#pragma once
/// \file
/// What one run of a model hands to the output and report layers: plain data,
/// no live simulation objects.

#include <cstdint>
#include <string>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/event_log.hpp"
#include "unrest/core/params.hpp"
#include "unrest/core/table.hpp"
#include "unrest/core/timeseries.hpp"

namespace unrest {

/// An end-of-run statistic.
struct SummaryItem {
  std::string name;  ///< snake_case
  double value = 0;
  std::string description;  ///< one line, with the unit
};

/// A place of the run at its coordinates, with what happened there
/// (places.geojson; a model with places fills them).
struct PlaceOutcome {
  std::string name;
  std::string region;
  double latitude = 0;   ///< degrees north (WGS 84)
  double longitude = 0;  ///< degrees east (WGS 84)
  double population = 0;
  std::int64_t first_protest_tick = -1;  ///< -1: none in the run
  std::vector<SummaryItem> values;       ///< end-of-run values, named as the place's columns
};

struct RunResult {
  std::string model;
  std::uint64_t seed = 0;
  std::uint64_t run = 0;
  std::int64_t ticks = 0;
  Calendar calendar;
  std::vector<ResolvedParam> parameters;
  TimeSeries series;
  EventLog events;
  std::vector<SummaryItem> summary;
  std::vector<Table> tables;         ///< further outputs (cities.csv)
  std::vector<PlaceOutcome> places;  ///< places.geojson, if the model has places
  FitReport fit;                     ///< the fit to the observed record (fit.json), if any
  std::vector<std::string> report;   ///< lines the model adds to the printed summary

  /// The summary value of that name; throws std::out_of_range if absent.
  [[nodiscard]] double summary_value(const std::string& name) const;
};

}  // namespace unrest
