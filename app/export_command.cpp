// `unrest scenarios --export NAME DIR` and `unrest init MODEL DIR`: a shipped
// scenario, or a model's template, written out as files to start from.

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "unrest/core/error.hpp"
#include "unrest/io/atomic_file.hpp"
#include "unrest/scenario/embedded.hpp"
#include "unrest/scenario/scenario_files.hpp"

namespace unrest::cli {

namespace {

constexpr std::string_view kTemplates = "templates/";

/// Writes `files` into `folder`; with `force` false, refuses (before writing
/// anything) if one of them is there already, so that no work is lost.
void write_files(const std::vector<ScenarioFile>& files, const std::filesystem::path& folder,
                 bool force) {
  std::error_code ec;
  if (std::filesystem::exists(folder, ec) && !std::filesystem::is_directory(folder, ec)) {
    throw InputError(SourceLocation{folder.generic_string(), 0, 0},
                     "exists and is not a folder: name a new or existing folder");
  }
  if (!force) {
    for (const ScenarioFile& f : files) {
      if (std::filesystem::exists(folder / f.path, ec)) {
        throw InputError(SourceLocation{(folder / f.path).generic_string(), 0, 0},
                         "exists already: choose another folder, or --force to overwrite");
      }
    }
  }
  for (const ScenarioFile& f : files) {
    const std::filesystem::path target = folder / f.path;
    std::filesystem::create_directories(target.parent_path());
    write_file_atomically(target, f.text);
  }
}

void print_written(const std::vector<ScenarioFile>& files, const std::filesystem::path& folder,
                   const std::string& from) {
  std::cout << fmt::format("unrest: wrote {} ({} file{}) to {}/\n", from, files.size(),
                           files.size() == 1 ? "" : "s", folder.generic_string());
  for (const ScenarioFile& f : files) std::cout << "  " << f.path << "\n";
  const std::string toml = (folder / files.front().path).generic_string();
  std::cout << fmt::format("next: unrest validate {0}; unrest run {0}\n", toml);
}

/// The shipped template of `model`: templates/<model>/scenario or templates/<model>.
std::string template_of(const std::string& model) {
  for (const std::string& name :
       {fmt::format("{}{}/scenario", kTemplates, model), fmt::format("{}{}", kTemplates, model)}) {
    if (find_embedded_scenario(name)) return name;
  }
  std::string known;
  for (const auto& s : embedded_scenarios()) {
    if (!s.name.starts_with(kTemplates)) continue;
    std::string m = s.name.substr(kTemplates.size());
    m = m.substr(0, m.find('/'));
    known += fmt::format("{}{}", known.empty() ? "" : ", ", m);
  }
  throw InputError(SourceLocation{model, 0, 0},
                   fmt::format("no template for this model; templates: {}", known));
}

}  // namespace

int export_command(const std::string& name, const std::string& folder, bool force) {
  const std::vector<ScenarioFile> files = shipped_scenario_files(name);
  write_files(files, folder, force);
  print_written(files, folder, name);
  return 0;
}

int init_command(const std::string& model, const std::string& folder, bool force) {
  const std::string name = template_of(model);
  std::vector<ScenarioFile> files = shipped_scenario_files(name);
  // A one-file template (templates/epstein.toml) is written as scenario.toml.
  files.front().path = "scenario.toml";
  write_files(files, folder, force);
  print_written(files, folder, fmt::format("the {} template", model));
  return 0;
}

}  // namespace unrest::cli
