#pragma once
/// \file
/// The event log kept beside the time series: interventions applied, and
/// notable moments the model detects (an outburst begins, a city's first
/// protest, a strike).

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "unrest/core/params.hpp"

namespace unrest {

/// One named value of an event: an intervention's price, level, personnel...
struct EventValue {
  std::string name;  ///< the schedule's field name ("price", "level")
  ParamValue value;
};

struct Event {
  std::int64_t tick = 0;
  std::string kind;    ///< snake_case category, e.g. "intervention", "outburst_start"
  std::string where;   ///< place it concerns ("grid", a city name, "nation", "region:<name>")
  std::string detail;  ///< free text, human-readable
  std::string action;  ///< an intervention's action, as the schedule names it ("price")
  std::vector<EventValue> values;  ///< an intervention's values, as the schedule names them
};

class EventLog {
 public:
  void add(std::int64_t tick, std::string kind, std::string where, std::string detail) {
    events_.push_back({tick, std::move(kind), std::move(where), std::move(detail), {}, {}});
  }
  /// An intervention: its action and values beside the line.
  void add(Event event) { events_.push_back(std::move(event)); }
  [[nodiscard]] const std::vector<Event>& events() const noexcept { return events_; }
  [[nodiscard]] std::size_t size() const noexcept { return events_.size(); }

 private:
  std::vector<Event> events_;
};

}  // namespace unrest
