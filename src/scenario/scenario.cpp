#include "unrest/scenario/scenario.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/scenario/table_reader.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest {

namespace {

const std::vector<std::string> kTopLevel = {"scenario", "run", "params", "schedule"};

toml::table parse_or_throw(std::string_view text, const std::string& name) {
  try {
    return toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    throw InputError(location_of(e.source()),
                     fmt::format("TOML syntax error: {}", e.description()));
  }
}

}  // namespace

Scenario::Scenario(toml::table root, std::string file)
    : root_(std::move(root)), file_(std::move(file)) {
  check_top_level();
}

Scenario Scenario::load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(SourceLocation{path, 0, 0},
                     fmt::format("cannot open scenario file: {}", std::strerror(errno)));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return Scenario(parse_or_throw(text.str(), path), path);
}

Scenario Scenario::load_text(std::string_view text, const std::string& name) {
  return Scenario(parse_or_throw(text, name), name);
}

void Scenario::check_top_level() const {
  TableReader reader(root_, "");
  for (const auto& key : kTopLevel) reader.take(key);
  reader.reject_unknown(kTopLevel);
  for (const auto* name : {"scenario", "run", "params"}) (void)table(name);
  (void)schedule();
}

const toml::table* Scenario::table(std::string_view name) const {
  const toml::node* node = root_.get(name);
  if (!node) return nullptr;
  if (!node->is_table()) {
    throw InputError(location_of(*node), std::string(name),
                     fmt::format("expected a table [{}], got {}", name, describe_node(*node)));
  }
  return node->as_table();
}

const toml::array* Scenario::schedule() const {
  const toml::node* node = root_.get("schedule");
  if (!node) return nullptr;
  const toml::array* array = node->as_array();
  if (!array || !array->is_array_of_tables()) {
    throw InputError(
        location_of(*node), "schedule",
        fmt::format("expected an array of tables [[schedule]], got {}", describe_node(*node)));
  }
  return array;
}

ScenarioHeader Scenario::header() const {
  const toml::table* t = table("scenario");
  if (!t)
    throw InputError(SourceLocation{file_, 0, 0}, "scenario", "the [scenario] table is missing");
  TableReader r(*t, "scenario");
  ScenarioHeader h;
  h.name = r.require(r.string("name"), "name");
  h.model = r.require(r.string("model"), "model");
  h.description = r.string("description").value_or("");
  h.sources = r.string_list("sources");
  r.reject_unknown({"name", "model", "description", "sources"});
  return h;
}

RunSettings Scenario::run_settings() const {
  RunSettings s;
  const toml::table empty;
  const toml::table* t = table("run");
  TableReader r(t ? *t : empty, "run");
  s.ticks = r.require(r.integer("ticks", 1, 100'000'000), "ticks");
  s.seed = static_cast<std::uint64_t>(r.integer("seed", 0, INT64_MAX).value_or(0));
  const auto start = r.date_hour("start");
  const auto hours = r.integer("hours_per_tick", 1, 24);
  if (start) {
    if (!start->date.valid()) throw r.error("start", "is not a valid calendar date");
    const int h = static_cast<int>(hours.value_or(1));
    if (24 % h != 0)
      throw r.error("hours_per_tick", fmt::format("expected a divisor of 24, got {}", h));
    s.calendar = Calendar(*start, h);
  } else if (hours) {
    throw r.error("hours_per_tick", "needs a start date: set run.start as well");
  }
  r.reject_unknown({"ticks", "seed", "start", "hours_per_tick"});
  return s;
}

void Scenario::apply_override(const std::string& assignment) {
  const std::string where = "--set '" + assignment + "'";
  const auto eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0) {
    throw InputError(SourceLocation{where, 0, 0}, "expected key=value, e.g. legitimacy=0.8");
  }
  std::string key = assignment.substr(0, eq);
  const std::string value = assignment.substr(eq + 1);
  if (key.find('.') == std::string::npos) key = "params." + key;

  // The value as TOML; a bare word that is not TOML is taken as a string.
  toml::table parsed;
  try {
    parsed = toml::parse("value = " + value, where);
  } catch (const toml::parse_error&) {
    std::ostringstream quoted;  // toml++ escapes the string for us
    quoted << toml::table{{"value", value}};
    parsed = toml::parse(quoted.str(), where);
  }

  std::vector<std::string> path;
  for (std::size_t start = 0;;) {
    const auto dot = key.find('.', start);
    path.push_back(key.substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (!std::count(kTopLevel.begin(), kTopLevel.end(), path.front()) || path.front() == "schedule") {
    throw InputError(SourceLocation{where, 0, 0}, key,
                     fmt::format("cannot override this key; overrides reach [scenario], [run] and "
                                 "[params]{}",
                                 did_you_mean(path.front(), kTopLevel)));
  }
  toml::table* target = &root_;
  for (std::size_t i = 0; i + 1 < path.size(); ++i) {
    toml::node* next = target->get(path[i]);
    if (!next) {
      target->insert(path[i], toml::table{});
      next = target->get(path[i]);
    }
    if (!next->is_table()) {
      throw InputError(SourceLocation{where, 0, 0}, key, "its parent is not a table");
    }
    target = next->as_table();
  }
  target->insert_or_assign(path.back(), std::move(*parsed.get("value")));
}

}  // namespace unrest
