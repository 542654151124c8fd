#pragma once
/// \file
/// How a run compares with the record. Two kinds of output: sanity scores
/// (which cities protest and when, the order, the origin, the peak's window,
/// the fall after the crackdown, the death toll) and the targets that
/// `unrest score` scores over an ensemble, every row of the record that the
/// model can speak to. Tolerances and windows come from the scenario's
/// [fit] table.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/table.hpp"
#include "unrest/models/uprising/fit_settings.hpp"
#include "unrest/models/uprising/observe.hpp"
#include "unrest/models/uprising/record.hpp"

namespace unrest::uprising {

/// The record's national figure of `unit` ("killed"): the range of its
/// rows (a count revised over time gives a range), nullopt if none.
std::optional<std::pair<double, double>> national_total(const ObservedRecord& record,
                                                        const std::string& unit);

/// The hardship the price shock alone gives a place: the sum over products of
/// its region's share reached by the product times the relative rise of the
/// product's national price (the input the "input ranking" baseline orders
/// places by).
double shock_hardship(const Country& country, std::size_t place,
                      std::span<const double> price_rise);

/// The targets of a run: every first protest, strike, storming, refusal and
/// casualty row of the record, with the run's value beside it. Rows the
/// model cannot speak to are listed in `unscored` with the reason.
std::vector<FitTarget> fit_targets(const Country& country, const ObservedRecord& record,
                                   const RunTrace& trace, const std::string& origin,
                                   const FitTolerance& tolerance,
                                   std::span<const double> price_rise,
                                   std::vector<std::pair<std::string, std::string>>& unscored);

/// Scores a run's trace against the record; `origin` is the place the
/// record starts from.
FitReport score_fit(const Country& country, const ObservedRecord& record, const RunTrace& trace,
                    const Calendar& calendar, const std::string& origin,
                    const FitSettings& settings, std::span<const double> price_rise);

}  // namespace unrest::uprising
