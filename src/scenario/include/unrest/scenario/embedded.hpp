#pragma once
/// \file
/// The files of the scenarios shipped in scenarios/ (TOML and CSV), compiled
/// into the program so that `unrest run kazakhstan-2022/scenario` works from
/// anywhere.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace unrest {

struct EmbeddedFile {
  std::string_view path;  ///< "scenarios/epstein/run2.toml"
  std::string_view text;
};

/// Every shipped file, sorted by path.
std::span<const EmbeddedFile> embedded_files() noexcept;

/// The shipped file at that path, or null.
const EmbeddedFile* find_embedded_file(std::string_view path) noexcept;

/// A shipped scenario: a TOML file, named by its path under scenarios/
/// without ".toml" ("epstein/run2").
struct EmbeddedScenario {
  std::string name;
  std::string_view path;
  std::string_view text;
};

/// All shipped scenarios, sorted by name.
std::vector<EmbeddedScenario> embedded_scenarios();

/// The scenario of that name, or nothing.
const EmbeddedFile* find_embedded_scenario(std::string_view name) noexcept;

/// What `unrest run` runs with no scenario.
inline constexpr std::string_view kDefaultScenario = "kazakhstan-2022/scenario";

}  // namespace unrest
