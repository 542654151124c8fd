#pragma once
// What the actions' files share: reading a scope, an end and a length from a
// schedule entry, and writing a scope in an event line. Private to the model.

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/models/uprising/interventions.hpp"
#include "unrest/models/uprising/segments.hpp"
#include "unrest/scenario/table_reader.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest::uprising {

/// The `scope` field as `unrest models uprising` describes it.
inline constexpr const char* kScopeField =
    "scope: \"nation\", \"region:<name>\", a city, or a list of these";

/// Reads `scope` (a name or a list of names); without it, the nation unless
/// `required`.
inline Scope read_scope(TableReader& r, bool required = true) {
  Scope s;
  s.key = r.key_path("scope");
  const toml::node* node = r.table().get("scope");
  if (!node) {
    if (required) throw r.missing("scope");
    s.names = {"nation"};
    s.where = location_of(r.table());
    return s;
  }
  s.where = location_of(*node);
  if (node->is_string()) {
    s.names = {*r.string("scope")};
  } else {
    s.names = r.string_list("scope");
  }
  if (s.names.empty()) throw r.error("scope", "expected at least one place");
  return s;
}

/// When a condition is lifted: `end` as a tick or a date-hour (kForever if
/// not given); an error beside `hours`.
inline std::int64_t read_end(TableReader& r, const Calendar& calendar) {
  const toml::node* node = r.table().get("end");
  if (!node) return kForever;
  if (r.table().get("hours")) throw r.error("hours", "give either end or hours, not both");
  if (node->is_integer()) return *r.integer("end", 0, INT64_MAX);
  if (!calendar.has_dates()) throw r.error("end", "expected a tick (the scenario has no dates)");
  const auto when = r.date_hour("end");
  return calendar.tick_of(*when);
}

/// How long a condition lasts from when it comes (0: until `end`).
inline std::int64_t read_hours(TableReader& r) {
  return r.integer("hours", 1, 1'000'000).value_or(0);
}

/// Segment keys joined by `separator` ("youth, migrants").
inline std::string segment_keys(const std::vector<std::size_t>& segments,
                                const std::string& separator) {
  std::string out;
  for (const auto seg : segments)
    out += (out.empty() ? "" : separator) + std::string(kSegmentNames[seg]);
  return out;
}

/// The scope's names as written, for an event line ("Almaty, region:Mangystau").
inline std::string scope_text(const Scope& s) {
  std::string out;
  for (const auto& n : s.names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

/// The people each place gets when `personnel` are split evenly over the scope.
inline double split_evenly(double personnel, const Scope& s) {
  return personnel / static_cast<double>(std::max<std::size_t>(1, s.places.size()));
}

}  // namespace unrest::uprising
