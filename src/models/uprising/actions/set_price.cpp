// SetPrice: the LPG price becomes `price` (liberalisation, a cap, a cut).

#include <fmt/format.h>

#include "shared.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

ActionKind<Action> SetPrice::kind(const Calendar& /*calendar*/) {
  return {"price",
          "set the LPG price (liberalisation, cap or cut)",
          {"price: tenge per litre", kScopeField},
          {"price", "scope"},
          [](TableReader& r) -> Action {
            return SetPrice{r.require(r.real("price", 0, 1e6), "price"), read_scope(r)};
          }};
}

std::string SetPrice::apply(World& w, const RandomStream& /*rng*/, std::int64_t /*tick*/) const {
  for (const auto p : scope.places) w.places[p].lpg_price = price;
  return fmt::format("price: LPG {} tenge/litre in {}", price, scope_text(scope));
}

}  // namespace unrest::uprising
