// ForeignTroops: foreign units arrive, split evenly; they never refuse or
// fraternise.

#include <fmt/format.h>

#include "shared.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

ActionKind<Action> ForeignTroops::kind(const Calendar& /*calendar*/) {
  return {
      "foreign_troops",
      "foreign troops arrive (split evenly; they never fraternise)",
      {"personnel: how many", kScopeField},
      {"personnel", "scope"},
      [](TableReader& r) -> Action {
        return ForeignTroops{r.require(r.real("personnel", 0, 1e7), "personnel"), read_scope(r)};
      }};
}

std::string ForeignTroops::apply(World& w, const RandomStream& /*rng*/,
                                 std::int64_t /*tick*/) const {
  const double each = split_evenly(personnel, scope);
  for (const auto p : scope.places) w.places[p].foreign += each;
  return fmt::format("foreign troops: {} to {}", personnel, scope_text(scope));
}

}  // namespace unrest::uprising
