#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "commands.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/models/registry.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::cli {

namespace {

void print_model(const ModelEntry& m) {
  std::cout << fmt::format(
      "{}\n  {}\n  Reference: {}\n\n  Parameters ([params] in a scenario; "
      "--set key=value on the command line):\n",
      m.name, m.summary, m.reference);
  const auto params = m.parameters();
  std::size_t width = 0;
  for (const auto& p : params) width = std::max(width, p.key.size());
  for (const auto& p : params) {
    std::cout << fmt::format("    {:<{}}  default {}{}\n", p.key, width, p.default_value,
                             p.unit == "1" ? "" : " " + p.unit);
    std::cout << fmt::format("    {:<{}}  {}; allowed: {}\n", "", width, p.meaning, p.range);
    std::cout << fmt::format("    {:<{}}  source: {}\n", "", width, p.source);
  }
  const auto actions = m.actions();
  if (!actions.empty()) {
    std::cout << "\n  Scheduled actions ([[schedule]] with action, at, every, until):\n";
    for (const auto& a : actions) {
      std::cout << fmt::format("    {}: {}\n", a.name, a.summary);
      for (const auto& f : a.fields) std::cout << fmt::format("      {}\n", f);
    }
  }
  if (m.conditions) {
    std::string quantities;
    for (const auto& q : m.conditions()) quantities += (quantities.empty() ? "" : ", ") + q;
    std::cout << fmt::format(
        "\n  Conditions (when = {{ quantity, at_least or below, scope }} of [[schedule]]; when "
        "and lift of [[policy]]):\n    {}\n"
        "\n  The state's policy ([[policy]] rules: id, measure = {{ action = ..., its fields }}, "
        "when,\n  delay_hours, lift, lift_hours, each_place; docs/scenarios.md):\n    a "
        "rule brings its measure when its condition holds, and lifts it when its reason has "
        "passed\n",
        quantities);
  }
  std::vector<std::string> shipped;
  for (const auto& e : embedded_scenarios()) {
    if (Scenario::load_embedded(e.name).header().model == m.name) {
      shipped.emplace_back(e.name);
    }
  }
  if (!shipped.empty()) {
    std::cout << "\n  Shipped scenarios (unrest run NAME):\n";
    for (const auto& name : shipped) std::cout << fmt::format("    {}\n", name);
  }
  std::cout << "\n";
}

}  // namespace

int models_command(const std::string& name) {
  if (name.empty()) {
    for (const auto& m : model_registry()) print_model(m);
    return 0;
  }
  if (const ModelEntry* m = find_model(name)) {
    print_model(*m);
    return 0;
  }
  std::vector<std::string> names;
  for (const auto& m : model_registry()) names.emplace_back(m.name);
  throw InputError(SourceLocation{"unrest models", 0, 0},
                   fmt::format("no model \"{}\"{}", name, did_you_mean(name, names)));
}

}  // namespace unrest::cli
