#pragma once
/// \file
/// The scenarios shipped in scenarios/, compiled into the program so that
/// `unrest run epstein/run2` works from anywhere.

#include <span>
#include <string_view>

namespace unrest {

struct EmbeddedScenario {
  std::string_view name;  ///< path under scenarios/ without ".toml", e.g. "epstein/run2"
  std::string_view path;  ///< "scenarios/epstein/run2.toml"
  std::string_view text;
};

/// All shipped scenarios, sorted by name.
std::span<const EmbeddedScenario> embedded_scenarios() noexcept;

/// The scenario of that name, or null.
inline const EmbeddedScenario* find_embedded_scenario(std::string_view name) noexcept {
  for (const auto& s : embedded_scenarios()) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

/// What `unrest run` runs with no scenario: the paper's Run 2 until the
/// Kazakhstan scenario lands.
inline constexpr std::string_view kDefaultScenario = "epstein/run2";

}  // namespace unrest
