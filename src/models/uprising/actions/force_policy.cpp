// ForcePolicy: the most force the security forces may use, and whether they
// use it on any contact without warning.

#include <fmt/format.h>

#include "shared.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

ActionKind<Action> ForcePolicy::kind(const Calendar& /*calendar*/) {
  return {"force_policy",
          "the most force allowed",
          {fmt::format("level: \"{}\", \"{}\" or \"{}\"", kForceLevelNames[0].key,
                       kForceLevelNames[1].key, kForceLevelNames[2].key),
           "without_warning: use it on any contact (default false)", kScopeField},
          {"level", "without_warning", "scope"},
          [](TableReader& r) -> Action {
            std::vector<std::string> keys;
            for (const auto& name : kForceLevelNames) keys.emplace_back(name.key);
            const std::string key = r.require(r.choice("level", keys), "level");
            ForcePolicy f;
            for (const auto& name : kForceLevelNames) {
              if (key == name.key) f.level = name.level;
            }
            f.without_warning = r.boolean("without_warning").value_or(false);
            f.scope = read_scope(r);
            return f;
          }};
}

std::string ForcePolicy::apply(World& w, const RandomStream& /*rng*/, std::int64_t /*tick*/) const {
  for (const auto p : scope.places) {
    w.places[p].allowed = level;
    w.places[p].without_warning = without_warning;
  }
  return fmt::format("force policy: {}{} in {}", force_level_words(level),
                     without_warning ? " without warning" : "", scope_text(scope));
}

}  // namespace unrest::uprising
