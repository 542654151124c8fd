#pragma once
/// \file
/// The event log kept beside the time series: interventions applied, and
/// notable moments the model detects (an outburst begins, a city's first
/// protest, a strike).

#include <cstdint>
#include <string>
#include <vector>

namespace unrest {

struct Event {
  std::int64_t tick = 0;
  std::string kind;    ///< snake_case category, e.g. "intervention", "outburst_start"
  std::string where;   ///< place it concerns ("grid", a city name, "nation")
  std::string detail;  ///< free text, human-readable
};

class EventLog {
 public:
  void add(std::int64_t tick, std::string kind, std::string where, std::string detail) {
    events_.push_back({tick, std::move(kind), std::move(where), std::move(detail)});
  }
  [[nodiscard]] const std::vector<Event>& events() const noexcept { return events_; }
  [[nodiscard]] std::size_t size() const noexcept { return events_.size(); }

 private:
  std::vector<Event> events_;
};

}  // namespace unrest
