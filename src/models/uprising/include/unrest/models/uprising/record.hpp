#pragma once
/// \file
/// The observed record the run is measured against (observed.csv): the first
/// protest per city with its date, strikes, interventions and the outcome
/// figures, each row with its source.

#include <cstdint>
#include <string>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/models/uprising/country.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::uprising {

struct ObservedProtest {
  std::size_t place = 0;
  CivilDate date;
};

struct ObservedRecord {
  std::vector<ObservedProtest> first_protests;  ///< the cities the record names
  std::vector<std::size_t> main_centres;        ///< where the record puts the largest protest
  double killed = -1;                           ///< people; -1 when the record has no figure
  double injured = -1;
  double detained = -1;
};

/// Reads [data] observed. Unknown places and malformed dates are errors.
ObservedRecord load_record(const Scenario& scenario, const Country& country);

}  // namespace unrest::uprising
