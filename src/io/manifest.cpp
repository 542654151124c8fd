#include "unrest/io/manifest.hpp"

#include <cmath>

#include "unrest/core/version.hpp"

namespace unrest {

nlohmann::json param_json(const ParamValue& value) {
  struct Visitor {
    nlohmann::json operator()(bool b) const { return b; }
    nlohmann::json operator()(std::int64_t i) const { return i; }
    nlohmann::json operator()(double d) const {
      if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
      return d;
    }
    nlohmann::json operator()(const std::string& s) const { return s; }
    nlohmann::json operator()(const std::vector<double>& v) const {
      nlohmann::json out = nlohmann::json::array();
      for (const double x : v) out.push_back((*this)(x));
      return out;
    }
  };
  return std::visit(Visitor{}, value);
}

nlohmann::json fit_json(const FitReport& fit) {
  using nlohmann::json;
  json scores = json::object();
  bool all = true;
  for (const auto& s : fit.scores) {
    scores[s.name] = {{"value", std::isfinite(s.value) ? json(s.value) : json(nullptr)},
                      {"target", s.target},
                      {"pass", s.pass},
                      {"description", s.description}};
    all = all && s.pass;
  }
  json details = json::array();
  for (const auto& row : fit.details.rows) {
    json r = json::object();
    for (std::size_t c = 0; c < row.size() && c < fit.details.columns.size(); ++c) {
      if (const auto* text = std::get_if<std::string>(&row[c])) {
        r[fit.details.columns[c].name] = *text;
      } else {
        const double v = std::get<double>(row[c]);
        r[fit.details.columns[c].name] = std::isfinite(v) ? json(v) : json(nullptr);
      }
    }
    details.push_back(r);
  }
  // Every row of the record the model scores, with this run's value beside
  // it (an open end, "over 1,000", is null).
  const auto number = [](double x) { return std::isfinite(x) ? json(x) : json(nullptr); };
  json targets = json::array();
  for (const auto& t : fit.targets) {
    targets.push_back({{"target", t.name},
                       {"group", t.group},
                       {"unit", t.unit},
                       {"observed", t.observed_text},
                       {"observed_low", number(t.observed_low)},
                       {"observed_high", number(t.observed_high)},
                       {"simulated", number(t.simulated)},
                       {"tolerance", number(t.tolerance)},
                       {"log_scale", t.log_scale}});
  }
  json unscored = json::array();
  for (const auto& [name, why] : fit.unscored) unscored.push_back({{"target", name}, {"why", why}});
  return {{"all_pass", all},
          {"scores", scores},
          {"details", details},
          {"targets", targets},
          {"unscored", unscored}};
}

namespace {

const char* kind_name(ColumnKind kind) {
  return kind == ColumnKind::Integer ? "integer" : kind == ColumnKind::Real ? "real" : "text";
}

/// Each column's name, kind, unit and description; with `time` after a first
/// column `tick` when the calendar has dates (as the CSV writers add it).
nlohmann::json columns_json(const std::vector<ColumnSpec>& specs, bool timed) {
  nlohmann::json columns = nlohmann::json::array();
  for (std::size_t c = 0; c < specs.size(); ++c) {
    const ColumnSpec& spec = specs[c];
    columns.push_back(
        {{"name", spec.name},
         {"kind", kind_name(spec.kind)},
         {"unit", spec.unit.empty() ? nlohmann::json(nullptr) : nlohmann::json(spec.unit)},
         {"description", spec.description}});
    if (c == 0 && timed) columns.push_back(time_column_json());
  }
  return columns;
}

}  // namespace

nlohmann::json time_column_json() {
  return {{"name", "time"},
          {"kind", "text"},
          {"unit", "ISO 8601 date-time with the scenario's UTC offset"},
          {"description", "when the tick begins on the scenario's clock (run.utc_offset)"}};
}

std::vector<ColumnSpec> event_columns() {
  using K = ColumnKind;
  return {{"tick", K::Integer, "tick of the event", "tick"},
          {"kind", K::Text, "what happened: intervention, first_protest, strike_start, ..."},
          {"where", K::Text,
           "the place it concerns; for an intervention its scope as written (\"nation\", "
           "\"region:<name>\", places)"},
          {"action", K::Text, "an intervention's action, as the schedule names it"},
          {"values", K::Text,
           "an intervention's values as a JSON object, keyed as the schedule's fields (an end as "
           "a tick); empty for other events"},
          {"detail", K::Text, "the event in words"}};
}

std::vector<ColumnSpec> place_properties(const RunResult& result) {
  using K = ColumnKind;
  std::vector<ColumnSpec> properties = {
      {"name", K::Text, "the place"},
      {"region", K::Text, "its region"},
      {"population", K::Integer, "people living there", "people"},
      {"first_protest_tick", K::Integer, "tick of its first protest (null: none)", "tick"},
      {"first_protest_time", K::Text, "its first protest on the scenario's clock (null: none)",
       "ISO 8601 date-time with the scenario's UTC offset"}};
  if (!result.places.empty()) {
    for (const auto& v : result.places.front().values) {
      properties.push_back({v.name, K::Real, v.description});
    }
  }
  return properties;
}

nlohmann::json manifest_json(const RunResult& result, const RunContext& context) {
  using nlohmann::json;
  json m;
  m["unrest_version"] = std::string(version());
  m["git_commit"] = std::string(git_commit());
  m["scenario"] = {{"name", context.scenario.name},
                   {"file", context.scenario_file},
                   {"description", context.scenario.description},
                   {"sources", context.scenario.sources}};
  m["model"] = result.model;
  m["seed"] = result.seed;
  m["run"] = result.run;
  m["ticks"] = result.ticks;
  if (result.calendar.has_dates()) {
    m["calendar"] = {{"start", result.calendar.stamp(0)},
                     {"hours_per_tick", result.calendar.hours_per_tick()},
                     {"utc_offset", format_utc_offset(result.calendar.utc_offset_minutes())}};
  } else {
    m["calendar"] = {{"start", nullptr}, {"unit", "step"}};
  }
  m["threads"] = context.threads;
  m["wall_seconds"] = context.wall_seconds;
  m["overrides"] = context.overrides;
  json params = json::object();
  json units = json::object();
  for (const auto& p : result.parameters) {
    params[p.key] = param_json(p.value);
    units[p.key] = p.unit;
  }
  m["parameters"] = params;
  m["parameter_units"] = units;
  json summary = json::object();
  for (const auto& s : result.summary) {
    summary[s.name] = {{"value", std::isfinite(s.value) ? json(s.value) : json(nullptr)},
                       {"description", s.description}};
  }
  m["summary"] = summary;
  const bool dated = result.calendar.has_dates();
  m["outputs"] = {
      {"timeseries.csv",
       {{"rows", result.series.rows()}, {"columns", columns_json(result.series.specs(), dated)}}},
      {"events.csv",
       {{"rows", result.events.size()}, {"columns", columns_json(event_columns(), dated)}}}};
  for (const Table& t : result.tables) {
    const bool timed = dated && !t.columns.empty() && t.columns[0].name == "tick";
    m["outputs"][t.file] = {{"rows", t.rows.size()}, {"columns", columns_json(t.columns, timed)}};
  }
  if (!result.places.empty()) {
    m["outputs"]["places.geojson"] = {
        {"features", result.places.size()},
        {"properties", columns_json(place_properties(result), false)}};
  }
  if (!result.fit.empty()) {
    m["outputs"]["fit.json"] = {{"scores", result.fit.scores.size()}};
  }
  return m;
}

}  // namespace unrest
