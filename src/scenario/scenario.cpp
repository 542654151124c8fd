#include "unrest/scenario/scenario.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "unrest/core/error.hpp"
#include "unrest/core/hash.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/scenario/embedded.hpp"
#include "unrest/scenario/scenario_files.hpp"
#include "unrest/scenario/table_reader.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest {

namespace {

const std::vector<std::string> kTopLevel = {"scenario", "run",    "params",      "data",
                                            "schedule", "policy", "calibration", "fit"};

/// The arrays of tables whose entries carry an `id` that `drop` removes, and
/// that a derived scenario adds to rather than replaces.
const std::vector<std::string> kEntryArrays = {"schedule", "policy"};

bool is_entry_array(std::string_view key) {
  return std::find(kEntryArrays.begin(), kEntryArrays.end(), key) != kEntryArrays.end();
}

/// Removes the entries of `array` whose `id` is `id`; returns how many.
std::size_t erase_by_id(toml::array* array, const std::string& id) {
  std::size_t erased = 0;
  if (!array) return erased;
  for (std::size_t i = 0; i < array->size();) {
    const toml::table* entry = array->get(i)->as_table();
    const toml::node* entry_id = entry ? entry->get("id") : nullptr;
    if (entry_id && entry_id->value<std::string>() == id) {
      array->erase(array->begin() + static_cast<std::ptrdiff_t>(i));
      ++erased;
    } else {
      ++i;
    }
  }
  return erased;
}
constexpr int kMaxBaseDepth = 8;

toml::table parse_or_throw(std::string_view text, const std::string& name) {
  try {
    return toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    throw InputError(location_of(e.source()),
                     fmt::format("TOML syntax error: {}", e.description()));
  }
}

/// A file read from disk: its text, or why it could not be read.
struct ReadOutcome {
  std::optional<std::string> text;
  std::string problem;
};

/// The text of a file on disk or shipped, at most `limit` bytes; the reason
/// if it cannot be read, is a folder, or is larger (a device such as
/// /dev/zero is refused after `limit` bytes, not read for ever).
ReadOutcome read_text(const std::string& path, bool embedded, std::size_t limit) {
  if (embedded) {
    const EmbeddedFile* f = find_embedded_file(path);
    if (!f) return {std::nullopt, "no such shipped file"};
    return {std::string(f->text), {}};
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return {std::nullopt, "it is a folder, not a file"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return {std::nullopt, std::strerror(errno)};
  std::string text;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    if (text.size() + static_cast<std::size_t>(in.gcount()) > limit) {
      return {std::nullopt, fmt::format("it is larger than {} MiB, the limit for this kind of file",
                                        limit >> 20)};
    }
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) return {std::nullopt, std::strerror(errno)};
  return {std::move(text), {}};
}

std::string read_or_throw(const std::string& path, bool embedded, const SourceLocation& where,
                          const std::string& key, const char* what, std::size_t limit) {
  ReadOutcome read = read_text(path, embedded, limit);
  if (!read.text) {
    if (key.empty())
      throw InputError(SourceLocation{path, 0, 0},
                       fmt::format("cannot open {}: {}", what, read.problem));
    throw InputError(where, key, fmt::format("cannot open {} '{}': {}", what, path, read.problem));
  }
  return *std::move(read.text);
}

/// Moves `from`'s keys into `into`: tables merge key by key, the top-level
/// [[schedule]] and [[policy]] arrays are concatenated, anything else is replaced.
void merge_into(toml::table& into, toml::table&& from, bool top_level) {
  for (auto&& [key, node] : from) {
    toml::node* existing = into.get(key.str());
    if (existing && existing->is_table() && node.is_table()) {
      merge_into(*existing->as_table(), std::move(*node.as_table()), false);
    } else if (top_level && is_entry_array(key.str()) && existing && existing->is_array() &&
               node.is_array()) {
      for (auto& entry : *node.as_array()) {
        entry.visit([&](auto&& n) { existing->as_array()->push_back(std::move(n)); });
      }
    } else {
      node.visit([&](auto&& n) { into.insert_or_assign(key, std::move(n)); });
    }
  }
}

/// Removes the base's schedule entries and policy rules whose `id` is listed in `drop`.
void drop_entries(toml::table& merged, const toml::array& drop, const std::string& file) {
  for (const toml::node& id_node : drop) {
    const auto id = id_node.value<std::string>();
    if (!id) {
      throw InputError(
          location_of(id_node), "scenario.drop",
          fmt::format("expected schedule or policy ids (strings), got {}", describe_node(id_node)));
    }
    std::size_t erased = 0;
    for (const auto& array : kEntryArrays) erased += erase_by_id(merged[array].as_array(), *id);
    if (erased == 0) {
      throw InputError(location_of(id_node), "scenario.drop",
                       fmt::format("the base scenario of {} has no schedule entry or policy rule "
                                   "with id \"{}\"",
                                   file, *id));
    }
  }
}

/// Parses `text` (from `file`) and, recursively, its base.
toml::table load_tree(std::string_view text, const std::string& file, bool embedded, int depth) {
  toml::table tree = parse_or_throw(text, file);
  const toml::node* base = tree.at_path("scenario.base").node();
  if (!base) {
    if (const toml::node* drop = tree.at_path("scenario.drop").node()) {
      throw InputError(location_of(*drop), "scenario.drop",
                       "removes entries of a base scenario, and this file names no `base`");
    }
    return tree;
  }
  const auto base_name = base->value<std::string>();
  if (!base_name) {
    throw InputError(location_of(*base), "scenario.base",
                     fmt::format("expected a file name, got {}", describe_node(*base)));
  }
  if (depth >= kMaxBaseDepth) {
    throw InputError(location_of(*base), "scenario.base",
                     fmt::format("bases nest more than {} deep (a cycle?)", kMaxBaseDepth));
  }
  const std::string base_file = path_beside(file, *base_name);
  const std::string base_text =
      read_or_throw(base_file, embedded, location_of(*base), "scenario.base", "base scenario",
                    kMaxScenarioFileBytes);
  toml::table merged = load_tree(base_text, base_file, embedded, depth + 1);
  // The derived file names itself: the base's name, description, sources and
  // drop list do not carry over.
  if (toml::table* header = merged["scenario"].as_table()) {
    for (const char* key : {"name", "description", "sources", "drop", "base"}) header->erase(key);
  }
  if (const toml::node* drop = tree.at_path("scenario.drop").node()) {
    if (!drop->is_array()) {
      throw InputError(
          location_of(*drop), "scenario.drop",
          fmt::format("expected an array of schedule ids, got {}", describe_node(*drop)));
    }
    drop_entries(merged, *drop->as_array(), file);
  }
  merge_into(merged, std::move(tree), true);
  return merged;
}

}  // namespace

Scenario::Scenario(toml::table root, std::string file, Origin origin)
    : root_(std::move(root)), file_(std::move(file)), origin_(origin) {
  check_top_level();
}

Scenario Scenario::load_file(const std::string& path) {
  const std::string text =
      read_or_throw(path, false, {}, "", "scenario file", kMaxScenarioFileBytes);
  return Scenario(load_tree(text, path, false, 0), path, Origin::Disk);
}

Scenario Scenario::load_embedded(std::string_view name) {
  const EmbeddedFile* f = find_embedded_scenario(name);
  if (!f) {
    throw InputError(SourceLocation{std::string(name), 0, 0}, "no shipped scenario of that name");
  }
  const std::string path(f->path);
  return Scenario(load_tree(f->text, path, true, 0), path, Origin::Embedded);
}

Scenario Scenario::load_text(std::string_view text, const std::string& name) {
  return Scenario(load_tree(text, name, false, 0), name, Origin::Disk);
}

void Scenario::drop_schedule_entries(const std::vector<std::string>& ids,
                                     const SourceLocation& where, const std::string& key) {
  for (const std::string& id : ids) {
    std::size_t erased = 0;
    for (const auto& array : kEntryArrays) erased += erase_by_id(root_[array].as_array(), id);
    if (erased == 0) {
      throw InputError(
          where, key,
          fmt::format("the scenario has no schedule entry or policy rule with id \"{}\"", id));
    }
  }
  // An empty array is not an array of tables: no entries, no key.
  for (const auto& array : kEntryArrays) {
    if (const toml::array* a = root_[array].as_array(); a && a->empty()) root_.erase(array);
  }
}

CsvTable Scenario::data_table(std::string_view key) const {
  const toml::table* data = table("data");
  const toml::node* node = data ? data->get(key) : nullptr;
  const std::string full_key = join_key("data", key);
  if (!node) {
    throw InputError(data ? location_of(*data) : SourceLocation{file_, 0, 0}, full_key,
                     "is required but missing: the model needs this data file");
  }
  const auto relative = node->value<std::string>();
  if (!relative) {
    throw InputError(location_of(*node), full_key,
                     fmt::format("expected a file name, got {}", describe_node(*node)));
  }
  // Relative to the file that names it (a base's data stay beside the base).
  const std::string path = path_beside(location_of(*node).file, *relative);
  const std::string text = read_or_throw(path, origin_ == Origin::Embedded, location_of(*node),
                                         full_key, "data file", kMaxDataFileBytes);
  return CsvTable::parse(text, path);
}

void Scenario::check_top_level() const {
  TableReader reader(root_, "");
  for (const auto& key : kTopLevel) reader.take(key);
  reader.reject_unknown(kTopLevel);
  for (const auto* name : {"scenario", "run", "params"}) (void)table(name);
  (void)schedule();
  (void)policy();
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
  return entry_array("schedule");
}

const toml::array* Scenario::policy() const {
  return entry_array("policy");
}

const toml::array* Scenario::entry_array(std::string_view name) const {
  const toml::node* node = root_.get(name);
  if (!node) return nullptr;
  const toml::array* array = node->as_array();
  if (!array || !array->is_array_of_tables()) {
    throw InputError(
        location_of(*node), std::string(name),
        fmt::format("expected an array of tables [[{}]], got {}", name, describe_node(*node)));
  }
  return array;
}

std::string folder_name_problem(std::string_view name) {
  if (name.empty()) return "got an empty name";
  if (name.size() > kMaxScenarioNameLength) return fmt::format("got {} characters", name.size());
  if (name.front() == '.') return fmt::format("got \"{}\"", name);
  for (const char c : name) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '_' || c == '-';
    if (!plain) {
      return c >= 0x20 && c < 0x7f
                 ? fmt::format("got '{}' in \"{}\"", c, name)
                 : fmt::format("got the byte 0x{:02x}", static_cast<unsigned char>(c));
    }
  }
  return {};
}

ScenarioHeader Scenario::header() const {
  const toml::table* t = table("scenario");
  if (!t)
    throw InputError(SourceLocation{file_, 0, 0}, "scenario", "the [scenario] table is missing");
  TableReader r(*t, "scenario");
  ScenarioHeader h;
  h.name = r.require(r.string("name"), "name");
  // The name becomes a folder under the output folder: a file from someone
  // else must not choose a path outside it.
  if (const std::string problem = folder_name_problem(h.name); !problem.empty()) {
    throw r.error("name", fmt::format("expected a folder name of 1 to {} letters, digits, '.', "
                                      "'_' or '-', not starting with '.'; {}",
                                      kMaxScenarioNameLength, problem));
  }
  h.model = r.require(r.string("model"), "model");
  h.description = r.string("description").value_or("");
  h.sources = r.string_list("sources");
  (void)r.take("base");  // read when the file was loaded
  (void)r.take("drop");
  r.reject_unknown({"name", "model", "description", "sources", "base", "drop"});
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
    int offset = 0;
    if (const auto text = r.string("utc_offset")) {
      const auto minutes = parse_utc_offset(*text);
      if (!minutes) {
        throw r.error("utc_offset",
                      fmt::format("expected the clock's offset from UTC as \"+HH:MM\" or "
                                  "\"-HH:MM\" (within 14 hours, e.g. \"+06:00\"), got \"{}\"",
                                  *text));
      }
      offset = *minutes;
    }
    s.calendar = Calendar(*start, h, offset);
  } else if (hours) {
    throw r.error("hours_per_tick", "needs a start date: set run.start as well");
  } else if (r.string("utc_offset")) {
    throw r.error("utc_offset", "needs a start date: set run.start as well");
  }
  s.max_memory_gb = r.real("max_memory_gb", 0.001, 1e6).value_or(0);
  r.reject_unknown({"ticks", "seed", "start", "hours_per_tick", "utc_offset", "max_memory_gb"});
  return s;
}

void Scenario::apply_override(const std::string& assignment, const std::string& label) {
  const std::string where = label.empty() ? "--set '" + assignment + "'" : label;
  const auto eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0) {
    throw InputError(SourceLocation{where, 0, 0}, "expected key=value, e.g. legitimacy=0.8");
  }
  std::string key = assignment.substr(0, eq);
  const std::string value = assignment.substr(eq + 1);
  // A key is dotted bare TOML keys: letters, digits, '_' and '-'.
  bool plain_key = key.front() != '.' && key.back() != '.' && key.find("..") == std::string::npos;
  for (const char c : key) {
    plain_key = plain_key && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.');
  }
  if (!plain_key) {
    throw InputError(SourceLocation{where, 0, 0},
                     "expected key=value with a key of letters, digits, '_' and '-' (dotted "
                     "for a table: run.ticks), e.g. legitimacy=0.8");
  }
  // A bare key is a parameter, and so is a dotted one whose head is neither
  // a table of the scenario nor a misspelling of one (`base.youth`: one
  // segment's value of a parameter).
  const std::string head = key.substr(0, key.find('.'));
  if (key.find('.') == std::string::npos ||
      (!std::count(kTopLevel.begin(), kTopLevel.end(), head) &&
       closest_match(head, kTopLevel).empty())) {
    key = "params." + key;
  }
  // One line, one value: anything after it (a newline and a table, say)
  // would otherwise be parsed and silently dropped.
  if (value.find_first_of("\n\r") != std::string::npos) {
    throw InputError(SourceLocation{where, 0, 0}, key,
                     "expected one value on one line, got a value holding a line break");
  }

  // The value as TOML; a bare word that is not TOML is taken as a string.
  toml::table parsed;
  try {
    parsed = toml::parse("value = " + value, where);
  } catch (const toml::parse_error&) {
    std::ostringstream quoted;  // toml++ escapes the string for us
    quoted << toml::table{{"value", value}};
    parsed = toml::parse(quoted.str(), where);
  }
  if (parsed.size() != 1 || !parsed.get("value")) {
    throw InputError(SourceLocation{where, 0, 0}, key,
                     "expected one value after '=', got more (quote a string: key=\"...\")");
  }

  std::vector<std::string> path;
  for (std::size_t start = 0;;) {
    const auto dot = key.find('.', start);
    path.push_back(key.substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (!std::count(kTopLevel.begin(), kTopLevel.end(), path.front()) ||
      is_entry_array(path.front())) {
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
  // Moved as its concrete type, the value keeps its source: later errors
  // name the option it came from.
  toml::node* node = parsed.get("value");
  const toml::key located(path.back(), toml::source_region(node->source()));
  node->visit([&](auto&& n) { target->insert_or_assign(located, std::move(n)); });
}

std::string Scenario::fingerprint() const {
  TextHash h;
  std::ostringstream text;
  text << toml::toml_formatter{root_};
  h.add(text.str());
  if (const toml::table* data = table("data")) {
    for (const auto& [key, node] : *data) {
      const CsvTable csv = data_table(key.str());
      h.add(key.str());
      for (const auto& column : csv.header()) h.add(column);
      for (std::size_t r = 0; r < csv.rows(); ++r) {
        for (const auto& column : csv.header()) h.add(csv.text(r, column));
      }
    }
  }
  return h.hex();
}

}  // namespace unrest
