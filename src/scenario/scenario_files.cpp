#include "unrest/scenario/scenario_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "unrest/core/error.hpp"
#include "unrest/scenario/embedded.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest {

namespace {

/// The files a shipped TOML file names: its base and its [data] files.
std::vector<std::pair<std::string, SourceLocation>> named_files(const EmbeddedFile& file) {
  toml::table tree;
  try {
    tree = toml::parse(file.text, std::string(file.path));
  } catch (const toml::parse_error& e) {
    throw InputError(location_of(e.source()),
                     fmt::format("TOML syntax error: {}", e.description()));
  }
  std::vector<std::pair<std::string, SourceLocation>> out;
  if (const toml::node* base = tree.at_path("scenario.base").node()) {
    if (const auto name = base->value<std::string>()) {
      out.emplace_back(path_beside(file.path, *name), location_of(*base));
    }
  }
  if (const toml::table* data = tree["data"].as_table()) {
    for (const auto& [key, node] : *data) {
      if (const auto name = node.value<std::string>()) {
        out.emplace_back(path_beside(file.path, *name), location_of(node));
      }
    }
  }
  return out;
}

}  // namespace

std::string path_beside(std::string_view file, std::string_view relative) {
  const std::filesystem::path folder = std::filesystem::path(file).parent_path();
  return (folder / std::filesystem::path(relative)).lexically_normal().generic_string();
}

std::vector<ScenarioFile> shipped_scenario_files(std::string_view name) {
  const EmbeddedFile* main = find_embedded_scenario(name);
  if (!main) {
    throw InputError(SourceLocation{std::string(name), 0, 0},
                     "no shipped scenario of that name; `unrest scenarios` lists them");
  }
  const std::filesystem::path folder = std::filesystem::path(main->path).parent_path();
  std::vector<ScenarioFile> out;
  std::vector<const EmbeddedFile*> queue{main};
  for (std::size_t i = 0; i < queue.size(); ++i) {
    const EmbeddedFile& file = *queue[i];
    const std::string relative =
        std::filesystem::path(file.path).lexically_relative(folder).generic_string();
    if (relative.empty() || relative.starts_with("..")) {
      throw InputError(SourceLocation{std::string(file.path), 0, 0},
                       fmt::format("lies outside the folder of scenario {}: it cannot be "
                                   "written out beside it",
                                   name));
    }
    out.push_back({relative, file.text});
    if (!file.path.ends_with(".toml")) continue;
    for (const auto& [path, where] : named_files(file)) {
      const EmbeddedFile* named = find_embedded_file(path);
      if (!named) {
        throw InputError(where, fmt::format("names {}, which is not a shipped file", path));
      }
      if (std::find(queue.begin(), queue.end(), named) == queue.end()) queue.push_back(named);
    }
  }
  return out;
}

}  // namespace unrest
