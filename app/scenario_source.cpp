#include "scenario_source.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::cli {

namespace {

/// " (did you mean 'epstein/run2'?)" for a misspelt shipped name: the name
/// with a ".toml" or "scenarios/" around it, a name a shipped one starts with
/// ("epstein/run3" for "epstein/run3-gradual-legitimacy"), a folder of shipped
/// scenarios, or the last part alone ("run2"); else the nearest spelling.
std::string suggest_shipped(std::string name) {
  std::vector<std::string> names;
  for (const auto& s : embedded_scenarios()) names.emplace_back(s.name);
  if (name.ends_with(".toml")) name.resize(name.size() - 5);
  if (name.starts_with("scenarios/")) name.erase(0, 10);
  while (name.ends_with("/")) name.pop_back();
  std::vector<std::string> found;
  for (const auto& n : names) {
    if (n == name || n == name + "/scenario" || n.substr(n.rfind('/') + 1) == name) {
      found.push_back(n);
    }
  }
  // A model's template ("templates/epstein") is offered only when nothing
  // else is: `unrest run epstein` more likely meant the shipped runs.
  const auto is_template = [](const std::string& n) { return n.starts_with("templates/"); };
  if (std::all_of(found.begin(), found.end(), is_template)) {
    for (const auto& n : names) {
      if (n.starts_with(name) && name.size() >= 3) found.push_back(n);
    }
  }
  if (!std::all_of(found.begin(), found.end(), is_template)) {
    found.erase(std::remove_if(found.begin(), found.end(), is_template), found.end());
  }
  if (found.empty()) return did_you_mean(name, names);
  std::string list;
  for (std::size_t i = 0; i < found.size() && i < 4; ++i) {
    list += fmt::format("{}'{}'", i == 0 ? "" : ", ", found[i]);
  }
  if (found.size() > 4) list += ", ...";
  return fmt::format(" (did you mean {}?)", list);
}

}  // namespace

Scenario load_scenario(const std::string& name) {
  std::error_code ec;
  if (std::filesystem::is_directory(name, ec)) {
    throw InputError(SourceLocation{name, 0, 0},
                     fmt::format("is a folder, not a scenario file{}", suggest_shipped(name)));
  }
  if (std::filesystem::is_regular_file(name, ec)) return Scenario::load_file(name);
  if (find_embedded_scenario(name)) return Scenario::load_embedded(name);
  // A name that looks like a file gets the file's own error ("No such file"),
  // and the shipped scenario it may have meant.
  if (name.ends_with(".toml") || std::filesystem::exists(name, ec)) {
    try {
      return Scenario::load_file(name);
    } catch (const InputError& e) {
      const std::string hint = suggest_shipped(name);
      if (hint.empty() || std::filesystem::exists(name, ec)) throw;
      throw InputError(SourceLocation{name, 0, 0}, fmt::format("no such scenario file{}", hint));
    }
  }
  throw InputError(SourceLocation{name, 0, 0},
                   fmt::format("no such scenario file, and no shipped scenario of that name{}; "
                               "`unrest scenarios` lists the shipped ones",
                               suggest_shipped(name)));
}

}  // namespace unrest::cli
