// Deploy: national guard, army or special forces sent to places, split evenly.

#include <fmt/format.h>

#include "shared.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

ActionKind<Action> Deploy::kind(const Calendar& /*calendar*/) {
  return {"deploy",
          "units sent to places (split evenly)",
          {"force: \"national_guard\", \"army\" or \"special_forces\"", "personnel: how many",
           kScopeField},
          {"force", "personnel", "scope"},
          [](TableReader& r) -> Action {
            const std::string name = r.require(
                r.choice("force", {kForceKindKeys.begin(), kForceKindKeys.end()}), "force");
            Deploy d;
            d.force = name == "army"             ? ForceKind::Army
                      : name == "special_forces" ? ForceKind::SpecialForces
                                                 : ForceKind::NationalGuard;
            d.personnel = r.require(r.real("personnel", 0, 1e7), "personnel");
            d.scope = read_scope(r);
            return d;
          }};
}

std::string Deploy::apply(World& w, const RandomStream& /*rng*/, std::int64_t /*tick*/) const {
  const double each = split_evenly(personnel, scope);
  for (const auto p : scope.places) {
    auto& s = w.places[p];
    (force == ForceKind::Army            ? s.army
     : force == ForceKind::SpecialForces ? s.special
                                         : s.guard) += each;
  }
  static constexpr const char* names[] = {"national guard", "army", "special forces"};
  return fmt::format("deploy: {} {} to {}", personnel, names[static_cast<int>(force)],
                     scope_text(scope));
}

}  // namespace unrest::uprising
