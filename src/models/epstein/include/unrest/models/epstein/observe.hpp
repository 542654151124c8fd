#pragma once
/// \file
/// What the Epstein model records: per-tick counts, the outburst events, and
/// the end-of-run statistics the paper reports.

#include <cstdint>
#include <vector>

#include "unrest/core/event_log.hpp"
#include "unrest/core/run_result.hpp"
#include "unrest/core/timeseries.hpp"
#include "unrest/models/epstein/step.hpp"

namespace unrest::epstein {

/// The time-series columns, declared once.
std::vector<ColumnSpec> series_columns();

/// Appends the row of `tick` to `series`.
void record_tick(TimeSeries& series, const World& w, std::int64_t tick, const TickTally& tally);

/// Logs "outburst_start" when actives first exceed the level and
/// "outburst_end" (with its peak, length and total activation) when they fall back.
class OutburstTracker {
 public:
  explicit OutburstTracker(double level) : level_(level) {}
  void observe(std::int64_t tick, double actives, EventLog& log);

 private:
  double level_;
  bool inside_ = false;
  std::int64_t start_ = 0;
  double peak_ = 0;
  double total_ = 0;
};

/// End-of-run statistics from the series and the final state.
std::vector<SummaryItem> summarise(const TimeSeries& series, const World& w, const Params& p);

}  // namespace unrest::epstein
