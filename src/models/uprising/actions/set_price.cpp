// SetPrice: a product's price becomes `price` (liberalisation, a cap, a cut).

#include <fmt/format.h>

#include <algorithm>

#include "shared.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

ActionKind<Action> SetPrice::kind(const Calendar& /*calendar*/) {
  return {"price",
          "set a product's price (liberalisation, cap or cut)",
          {"price: in the product's unit (LPG without a products file: tenge per litre)",
           "cap: true to lower the price to `price` only where it is higher (default false)",
           "felt_at_once: true if people feel the new price from this hour, as when a repeal is "
           "announced (default false: felt over price_lag_hours, as prices paid at the pump)",
           "product: a product of [data] products (required when there are several)", kScopeField},
          {"price", "cap", "felt_at_once", "product", "scope"},
          [](TableReader& r) -> Action {
            SetPrice s;
            s.price = r.require(r.real("price", 0, 1e6), "price");
            s.cap = r.boolean("cap").value_or(false);
            s.felt_at_once = r.boolean("felt_at_once").value_or(false);
            s.product_name = r.string("product").value_or("");
            s.product_key = r.key_path("product");
            s.product_where = location_of(r.table());
            if (const toml::node* node = r.table().get("product"))
              s.product_where = location_of(*node);
            s.scope = read_scope(r);
            return s;
          }};
}

std::string SetPrice::apply(World& w, const RandomStream& /*rng*/, std::int64_t /*tick*/) const {
  for (const auto p : scope.places) {
    double& current = w.places[p].price[product];
    current = cap ? std::min(current, price) : price;
    if (felt_at_once) w.places[p].felt_price[product] = current;
  }
  const Product& what = w.country.products[product];
  return fmt::format("price: {} {}{} {} in {}{}", what.label, cap ? "at most " : "", price,
                     what.unit, scope_text(scope), felt_at_once ? ", felt at once" : "");
}

}  // namespace unrest::uprising
