#pragma once
/// \file
/// A scenario file: which model, how long, which seed, the model's parameters
/// and its calendar of interventions, as TOML.
///
///     [scenario]   name, model, description, sources
///     [run]        ticks, seed, start (date-time), hours_per_tick
///     [params]     the model's parameters
///     [[schedule]] interventions: action, at, every, until, and the action's fields

#include <toml++/toml.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "unrest/core/calendar.hpp"

namespace unrest {

struct ScenarioHeader {
  std::string name;
  std::string model;
  std::string description;
  std::vector<std::string> sources;
};

struct RunSettings {
  std::int64_t ticks = 0;
  std::uint64_t seed = 0;
  Calendar calendar;
};

class Scenario {
 public:
  /// Parses a scenario file. Throws InputError for a missing file or a syntax
  /// error, naming the file and line.
  static Scenario load_file(const std::string& path);
  /// Parses scenario text; `name` stands for the file in messages.
  static Scenario load_text(std::string_view text, const std::string& name);

  /// Applies a command-line override "key=value". A bare key means
  /// "params.key"; "run.ticks=100" reaches other tables. The value is read as
  /// TOML, and as a plain string if it is not valid TOML (so `rule=floor`
  /// works). The override is validated with the rest of the scenario.
  void apply_override(const std::string& assignment);

  /// The [scenario] table, validated.
  [[nodiscard]] ScenarioHeader header() const;
  /// The [run] table, validated.
  [[nodiscard]] RunSettings run_settings() const;
  /// A top-level table, or null when absent. Throws if the key is not a table.
  [[nodiscard]] const toml::table* table(std::string_view name) const;
  /// The [[schedule]] array, or null when absent.
  [[nodiscard]] const toml::array* schedule() const;
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] const toml::table& root() const noexcept { return root_; }

 private:
  Scenario(toml::table root, std::string file);
  void check_top_level() const;

  toml::table root_;
  std::string file_;
};

}  // namespace unrest
