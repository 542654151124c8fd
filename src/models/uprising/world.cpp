#include "unrest/models/uprising/world.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace unrest::uprising {

World::World(const Country& c, const Params& p, const RandomStream& rng)
    : country(c),
      params(p),
      pop(make_population(c, p, rng)),
      tables(p),
      places(c.places.size()),
      enterprises(c.enterprises.size()),
      district_share(pop.districts.size(), 0.0),
      place_share(c.places.size(), 0.0) {
  const double total = c.population();
  // Police in proportion to population; the national guard at the regional
  // centres in proportion to their regions' populations.
  const double police_total = c.forces.police > 0 ? c.forces.police : p.police_per_capita * total;
  for (std::size_t i = 0; i < c.places.size(); ++i) {
    places[i].police = police_total * c.places[i].population / total;
    for (std::size_t k = 0; k < c.products.size(); ++k) {
      places[i].price[k] = c.products[k].reference_price;
      places[i].felt_price[k] = c.products[k].reference_price;
      places[i].expected_price[k] = c.products[k].reference_price;
    }
  }
  const double guard_total =
      c.forces.national_guard > 0 ? c.forces.national_guard : p.guard_per_capita * total;
  if (guard_total > 0) {
    for (std::size_t r = 0; r < c.regions.size(); ++r) {
      std::size_t centre = Country::npos;
      for (std::size_t i = 0; i < c.places.size(); ++i) {
        if (c.places[i].region == r && c.places[i].regional_centre) centre = i;
      }
      if (centre == Country::npos) continue;
      // A share of each region's guard is a mobile reserve that follows the
      // protest when redeploy_on; the rest stays at its post.
      const double share = c.regions[r].population / total;
      const double mobile = p.redeploy_on ? p.guard_mobile_share : 0.0;
      places[centre].guard += (1 - mobile) * guard_total * share;
      places[centre].guard_mobile += mobile * guard_total * share;
      places[centre].guard_home_share += share;
      guard_mobile_total += mobile * guard_total * share;
    }
  }
}

double World::legitimacy_of(std::size_t place) const noexcept {
  const double history = country.regions[country.places[place].region].legitimacy_offset +
                         country.places[place].legitimacy_offset;
  const double l = params.legitimacy + params.history_weight * history + legitimacy_shift +
                   places[place].legitimacy_local;
  return std::clamp(l, 0.0, 1.0);
}

double World::legitimacy_fall(std::size_t place) const noexcept {
  return std::max(0.0, -(legitimacy_shift + places[place].legitimacy_local));
}

double World::observe(const Watch& watch) const noexcept {
  return observe(watch.quantity, watch.places);
}

double World::observe(Quantity quantity, std::span<const std::uint32_t> of_places) const noexcept {
  if (quantity == Quantity::EnterprisesStriking) {
    double striking = 0;
    for (std::size_t e = 0; e < enterprises.size(); ++e) {
      const auto place = static_cast<std::uint32_t>(country.enterprises[e].place);
      striking +=
          enterprises[e].striking && std::binary_search(of_places.begin(), of_places.end(), place);
    }
    return striking;
  }
  double sum = 0, security = 0;
  for (const auto p : of_places) {
    const PlaceState& s = places[p];
    switch (quantity) {
      case Quantity::Protesters:
        sum += s.protesters;
        break;
      case Quantity::Strikers:
        sum += s.strikers;
        break;
      case Quantity::PlacesProtested:
        sum += s.first_protest >= 0 ? 1.0 : 0.0;
        break;
      case Quantity::Killed:
        sum += s.killed_total;
        break;
      case Quantity::Injured:
        sum += s.injured_total;
        break;
      case Quantity::PlacesStormed:
        sum += s.stormed_at >= 0 ? 1.0 : 0.0;
        break;
      case Quantity::PlacesRefused:
        sum += s.local_refused ? 1.0 : 0.0;
        break;
      case Quantity::ProtestersPerOfficer:
        sum += s.protesters;
        security += s.security;
        break;
      case Quantity::EnterprisesStriking:
        break;  // counted above
    }
  }
  // The streets' security, not below one officer: a crowd facing no one is
  // as many protesters per officer as it has people.
  return quantity == Quantity::ProtestersPerOfficer ? sum / std::max(1.0, security) : sum;
}

}  // namespace unrest::uprising
