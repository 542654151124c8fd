#include "unrest/scenario/embedded.hpp"

namespace unrest {

namespace {
constexpr std::string_view kPrefix = "scenarios/";
constexpr std::string_view kToml = ".toml";
}  // namespace

const EmbeddedFile* find_embedded_file(std::string_view path) noexcept {
  for (const auto& f : embedded_files()) {
    if (f.path == path) return &f;
  }
  return nullptr;
}

std::vector<EmbeddedScenario> embedded_scenarios() {
  std::vector<EmbeddedScenario> out;
  for (const auto& f : embedded_files()) {
    if (!f.path.ends_with(kToml)) continue;
    std::string_view name = f.path.substr(kPrefix.size());
    name.remove_suffix(kToml.size());
    out.push_back({std::string(name), f.path, f.text});
  }
  return out;
}

const EmbeddedFile* find_embedded_scenario(std::string_view name) noexcept {
  for (const auto& f : embedded_files()) {
    if (f.path.size() == kPrefix.size() + name.size() + kToml.size() &&
        f.path.starts_with(kPrefix) && f.path.ends_with(kToml) &&
        f.path.substr(kPrefix.size(), name.size()) == name) {
      return &f;
    }
  }
  return nullptr;
}

}  // namespace unrest
