#pragma once
/// \file
/// The files a shipped scenario reads, so that it can be written out as
/// files to start from (`unrest scenarios --export`, `unrest init`).

#include <string>
#include <string_view>
#include <vector>

namespace unrest {

/// One file of a scenario: its path relative to the folder of the
/// scenario's own TOML file ("scenario.toml", "cities.csv"), and its text.
struct ScenarioFile {
  std::string path;
  std::string_view text;
};

/// `relative` resolved against the folder of `file` and normalised
/// ("a/b.toml", "../c.csv" -> "c.csv"): how a scenario names its base and its
/// data files, on disk or shipped.
std::string path_beside(std::string_view file, std::string_view relative);

/// The shipped files scenario `name` ("kazakhstan-2022/policy") reads: its
/// TOML file first, then its bases and the data files of every [data] table,
/// each once, in the order they are reached. Throws InputError if `name` is
/// not shipped, a file it names is not shipped, or a file lies outside the
/// scenario's folder (it could not be written out beside it).
std::vector<ScenarioFile> shipped_scenario_files(std::string_view name);

}  // namespace unrest
