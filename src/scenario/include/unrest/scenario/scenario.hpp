#pragma once
/// \file
/// A scenario file: which model, how long, which seed, the model's parameters,
/// its data files and its calendar of interventions, as TOML.
///
///     [scenario]   name, model, description, sources, base, drop
///     [run]        ticks, seed, start (date-time), hours_per_tick, max_memory_gb
///     [params]     the model's parameters
///     [data]       the model's data files (CSV), by key, relative to this file
///     [[schedule]] interventions: action, at, every, until, id, source, note,
///                  and the action's fields
///     [[policy]]   the state's rules: a measure, the condition that brings it,
///                  a delay, and the condition that lifts it (the model's)
///     [calibration] priors of the parameters `unrest calibrate` may fit
///     [fit]        how `unrest score` measures runs against the record: the
///                  model's tolerances and windows, ensemble size, ablations
///
/// A scenario may build on another: `base = "scenario.toml"` loads that file
/// first; this file's tables then override the base's key by key, its
/// [[schedule]] entries and [[policy]] rules are added to the base's, and
/// `drop = ["id", ...]` removes base entries and rules by their `id`. A counterfactual is thus a
/// base and a few changes.

#include <toml++/toml.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/error.hpp"
#include "unrest/scenario/csv_table.hpp"

namespace unrest {

/// The longest scenario name: it names the output folder.
inline constexpr std::size_t kMaxScenarioNameLength = 100;

/// The largest scenario file (a base included) and data file read; a larger
/// file, or a device that never ends, is refused with an InputError.
inline constexpr std::size_t kMaxScenarioFileBytes = std::size_t{16} << 20;
inline constexpr std::size_t kMaxDataFileBytes = std::size_t{256} << 20;

/// Why `name` cannot be a folder name inside the output folder (one path
/// component of letters, digits, '.', '_' and '-', not starting with '.',
/// 1 to kMaxScenarioNameLength characters), or empty if it can.
std::string folder_name_problem(std::string_view name);

struct ScenarioHeader {
  std::string name;  ///< a safe folder name (see folder_name_problem)
  std::string model;
  std::string description;
  std::vector<std::string> sources;
};

struct RunSettings {
  std::int64_t ticks = 0;
  std::uint64_t seed = 0;
  Calendar calendar;
  /// run.max_memory_gb: the most memory a run may need; 0: what is available.
  double max_memory_gb = 0;
};

class Scenario {
 public:
  /// Parses a scenario file (and its bases). Throws InputError for a missing
  /// file or a syntax error, naming the file and line.
  static Scenario load_file(const std::string& path);
  /// A shipped scenario by name ("epstein/run2"); its bases and data files
  /// are shipped files too. Throws InputError if there is no such scenario.
  static Scenario load_embedded(std::string_view name);
  /// Parses scenario text; `name` stands for the file in messages, and bases
  /// and data files are looked for beside it on disk.
  static Scenario load_text(std::string_view text, const std::string& name);

  /// Applies a command-line override "key=value". A bare key means
  /// "params.key"; "run.ticks=100" reaches other tables. The value is read as
  /// TOML, and as a plain string if it is not valid TOML (so `rule=floor`
  /// works). The override is validated with the rest of the scenario; its
  /// errors name `label`, the option as the user typed it ("--scale 2"),
  /// or "--set 'assignment'" when empty. A value must be one TOML value on
  /// one line.
  void apply_override(const std::string& assignment, const std::string& label = "");

  /// The [scenario] table, validated.
  [[nodiscard]] ScenarioHeader header() const;
  /// The [run] table, validated.
  [[nodiscard]] RunSettings run_settings() const;
  /// A top-level table, or null when absent. Throws if the key is not a table.
  [[nodiscard]] const toml::table* table(std::string_view name) const;
  /// The [[schedule]] array, or null when absent.
  [[nodiscard]] const toml::array* schedule() const;
  /// The [[policy]] array, or null when absent.
  [[nodiscard]] const toml::array* policy() const;
  /// The data file named by [data].key, parsed. Throws InputError, located at
  /// the key, if the key is missing or the file cannot be read.
  [[nodiscard]] CsvTable data_table(std::string_view key) const;
  /// A hash of everything that decides a run's results: the merged scenario
  /// (bases, overrides) and the contents of its data files. Stored with
  /// ensemble results so a resumed job never mixes in another configuration's.
  [[nodiscard]] std::string fingerprint() const;
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] const toml::table& root() const noexcept { return root_; }

  /// Removes the schedule entries and policy rules whose `id` is listed (an ablation, a
  /// counterfactual made in code). An id the scenario does not have is an
  /// InputError located at `where`, naming `key`. (In place: a copy of a
  /// scenario would lose its nodes' file and line.)
  void drop_schedule_entries(const std::vector<std::string>& ids, const SourceLocation& where,
                             const std::string& key);

 private:
  enum class Origin { Disk, Embedded };
  Scenario(toml::table root, std::string file, Origin origin);
  void check_top_level() const;
  /// A top-level array of tables ([[schedule]], [[policy]]), or null when absent.
  [[nodiscard]] const toml::array* entry_array(std::string_view name) const;

  toml::table root_;
  std::string file_;
  Origin origin_;
};

}  // namespace unrest
