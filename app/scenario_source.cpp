#include "scenario_source.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::cli {

Scenario load_scenario(const std::string& name) {
  std::error_code ec;
  if (std::filesystem::is_regular_file(name, ec)) return Scenario::load_file(name);
  if (find_embedded_scenario(name)) return Scenario::load_embedded(name);
  // A name that looks like a file gets the file's own error ("No such file").
  if (name.ends_with(".toml") || std::filesystem::exists(name, ec))
    return Scenario::load_file(name);
  std::vector<std::string> names;
  for (const auto& s : embedded_scenarios()) names.emplace_back(s.name);
  throw InputError(SourceLocation{name, 0, 0},
                   fmt::format("no such scenario file, and no shipped scenario of that name{}; "
                               "`unrest scenarios` lists the shipped ones",
                               did_you_mean(name, names)));
}

}  // namespace unrest::cli
