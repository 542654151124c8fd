// Dismissal: the government or an official goes; legitimacy rises nationally.

#include <fmt/format.h>

#include "shared.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

ActionKind<Action> Dismissal::kind(const Calendar& /*calendar*/) {
  return {"dismissal",
          "the government or an official is dismissed: legitimacy rises",
          {"official: who", "legitimacy: the rise, in [0, 1]"},
          {"official", "legitimacy"},
          [](TableReader& r) -> Action {
            return Dismissal{r.require(r.string("official"), "official"),
                             r.require(r.real("legitimacy", 0, 1), "legitimacy")};
          }};
}

std::string Dismissal::apply(World& w, const RandomStream& /*rng*/, std::int64_t /*tick*/) const {
  w.legitimacy_shift += legitimacy;
  return fmt::format("dismissal: {} (legitimacy +{})", official, legitimacy);
}

}  // namespace unrest::uprising
