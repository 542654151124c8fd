// Concession: a promise or a regulation; legitimacy rises, nationally or in
// the places of its scope.

#include <fmt/format.h>

#include "shared.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

ActionKind<Action> Concession::kind(const Calendar& /*calendar*/) {
  return {"concession",
          "a concession or promise: legitimacy rises",
          {"legitimacy: the rise, in [0, 1]", "what: a description", kScopeField},
          {"legitimacy", "what", "scope"},
          [](TableReader& r) -> Action {
            return Concession{r.require(r.real("legitimacy", 0, 1), "legitimacy"),
                              r.string("what").value_or(""), read_scope(r, false)};
          }};
}

std::string Concession::apply(World& w, const RandomStream& /*rng*/, std::int64_t /*tick*/) const {
  if (scope.nation) {
    w.legitimacy_shift += legitimacy;
  } else {
    for (const auto p : scope.places) w.places[p].legitimacy_local += legitimacy;
  }
  return fmt::format("concession: {} (legitimacy +{}) in {}", what, legitimacy, scope_text(scope));
}

}  // namespace unrest::uprising
