#include "unrest/models/uprising/world.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "unrest/core/distributions.hpp"

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
    places[i].lpg_price = p.lpg_reference_price;
    places[i].felt_price = p.lpg_reference_price;
    places[i].expected_price = p.lpg_reference_price;
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

double World::observe(const Watch& watch) const noexcept {
  double sum = 0;
  for (const auto p : watch.places) {
    const PlaceState& s = places[p];
    switch (watch.quantity) {
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
    }
  }
  return sum;
}

namespace {

std::string scope_text(const Scope& s) {
  std::string out;
  for (const auto& n : s.names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

/// Each action's effect on the world, and its line for the event log.
struct ActionEffect {
  World& w;
  const RandomStream& rng;
  std::int64_t tick;

  std::string operator()(const SetPrice& a) const {
    for (const auto p : a.scope.places) w.places[p].lpg_price = a.price;
    return fmt::format("price: LPG {} tenge/litre in {}", a.price, scope_text(a.scope));
  }
  std::string operator()(const Concession& a) const {
    if (a.scope.nation) {
      w.legitimacy_shift += a.legitimacy;
    } else {
      for (const auto p : a.scope.places) w.places[p].legitimacy_local += a.legitimacy;
    }
    return fmt::format("concession: {} (legitimacy +{}) in {}", a.what, a.legitimacy,
                       scope_text(a.scope));
  }
  std::string operator()(const Dismissal& a) const {
    w.legitimacy_shift += a.legitimacy;
    return fmt::format("dismissal: {} (legitimacy +{})", a.official, a.legitimacy);
  }
  std::string operator()(const Emergency& a) const {
    for (const auto p : a.scope.places) {
      auto& s = w.places[p];
      s.emergency = true;
      s.curfew_from = a.curfew_from;
      s.curfew_to = a.curfew_to;
      s.emergency_until = a.hours > 0 ? tick + a.hours : a.end;
    }
    return fmt::format("emergency: curfew {:02}:00-{:02}:00 in {}", a.curfew_from, a.curfew_to,
                       scope_text(a.scope));
  }
  std::string operator()(const Internet& a) const {
    for (const auto p : a.scope.places) {
      w.places[p].internet = a.level;
      w.places[p].internet_until = a.hours > 0 ? tick + a.hours : a.end;
    }
    return fmt::format("internet: level {} in {}", a.level, scope_text(a.scope));
  }
  std::string operator()(const Deploy& a) const {
    const double each =
        a.personnel / static_cast<double>(std::max<std::size_t>(1, a.scope.places.size()));
    for (const auto p : a.scope.places) {
      auto& s = w.places[p];
      (a.force == ForceKind::Army            ? s.army
       : a.force == ForceKind::SpecialForces ? s.special
                                             : s.guard) += each;
    }
    static constexpr const char* names[] = {"national guard", "army", "special forces"};
    return fmt::format("deploy: {} {} to {}", a.personnel, names[static_cast<int>(a.force)],
                       scope_text(a.scope));
  }
  std::string operator()(const ForeignTroops& a) const {
    const double each =
        a.personnel / static_cast<double>(std::max<std::size_t>(1, a.scope.places.size()));
    for (const auto p : a.scope.places) w.places[p].foreign += each;
    return fmt::format("foreign troops: {} to {}", a.personnel, scope_text(a.scope));
  }
  std::string operator()(const ForcePolicy& a) const {
    for (const auto p : a.scope.places) {
      w.places[p].allowed = a.level;
      w.places[p].without_warning = a.without_warning;
    }
    return fmt::format("force policy: {}{} in {}", force_level_words(a.level),
                       a.without_warning ? " without warning" : "", scope_text(a.scope));
  }
  std::string operator()(const Release& a) const {
    double released = 0;
    for (const auto p : a.scope.places) {
      for (auto b = w.pop.place_blocks[p]; b < w.pop.place_blocks[p + 1]; ++b) {
        for (auto i = w.pop.blocks[b].begin; i < w.pop.blocks[b].end; ++i) {
          if (w.pop.state[i] != static_cast<std::uint8_t>(State::Detained)) continue;
          if (open_unit(rng.draw(static_cast<std::uint64_t>(tick), i, Purpose::Release).words[0]) <
              a.share) {
            w.pop.state[i] = static_cast<std::uint8_t>(State::Quiet);
            released += w.pop.place_people_per_agent[p];
          }
        }
      }
    }
    return fmt::format("release: {} of the detained ({} people) in {}", a.share, released,
                       scope_text(a.scope));
  }
};

}  // namespace

std::string apply(const Action& action, World& w, const RandomStream& rng, std::int64_t tick) {
  return std::visit(ActionEffect{w, rng, tick}, action);
}

}  // namespace unrest::uprising
