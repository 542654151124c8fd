// SetPrice: the LPG price becomes `price` (liberalisation, a cap, a cut).

#include <fmt/format.h>

#include <algorithm>

#include "shared.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

ActionKind<Action> SetPrice::kind(const Calendar& /*calendar*/) {
  return {"price",
          "set the LPG price (liberalisation, cap or cut)",
          {"price: tenge per litre",
           "cap: true to lower the price to `price` only where it is higher (default false)",
           kScopeField},
          {"price", "cap", "scope"},
          [](TableReader& r) -> Action {
            SetPrice s;
            s.price = r.require(r.real("price", 0, 1e6), "price");
            s.cap = r.boolean("cap").value_or(false);
            s.scope = read_scope(r);
            return s;
          }};
}

std::string SetPrice::apply(World& w, const RandomStream& /*rng*/, std::int64_t /*tick*/) const {
  for (const auto p : scope.places) {
    double& current = w.places[p].lpg_price;
    current = cap ? std::min(current, price) : price;
  }
  return fmt::format("price: LPG {}{} tenge/litre in {}", cap ? "at most " : "", price,
                     scope_text(scope));
}

}  // namespace unrest::uprising
