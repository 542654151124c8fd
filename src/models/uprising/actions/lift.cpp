// Lifting a measure the state's policy put in force: the places of its scope
// return to the ordinary. Only measures that stand until lifted can be.

#include <fmt/format.h>

#include <algorithm>

#include "shared.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

namespace {

std::string lift_measure(const Emergency& e, World& w) {
  for (const auto p : e.scope.places) {
    w.places[p].emergency = false;
    w.places[p].emergency_until = kForever;
  }
  return fmt::format("emergency lifted in {}", scope_text(e.scope));
}

std::string lift_measure(const Internet& i, World& w) {
  for (const auto p : i.scope.places) {
    w.places[p].internet = 1;
    w.places[p].internet_until = kForever;
  }
  return fmt::format("internet restored in {}", scope_text(i.scope));
}

std::string lift_measure(const ForcePolicy& f, World& w) {
  for (const auto p : f.scope.places) {
    w.places[p].allowed = ForceLevel::NonLethal;
    w.places[p].without_warning = false;
  }
  return fmt::format("force policy back to non-lethal in {}", scope_text(f.scope));
}

std::string lift_measure(const Deploy& d, World& w) {
  const double each = split_evenly(d.personnel, d.scope);
  for (const auto p : d.scope.places) {
    auto& s = w.places[p];
    double& force = d.force == ForceKind::Army            ? s.army
                    : d.force == ForceKind::SpecialForces ? s.special
                                                          : s.guard;
    force = std::max(0.0, force - each);
  }
  return fmt::format("{} withdrawn from {}", d.personnel, scope_text(d.scope));
}

std::string lift_measure(const ForeignTroops& f, World& w) {
  const double each = split_evenly(f.personnel, f.scope);
  for (const auto p : f.scope.places)
    w.places[p].foreign = std::max(0.0, w.places[p].foreign - each);
  return fmt::format("foreign troops: {} leave {}", f.personnel, scope_text(f.scope));
}

template <class Measure>
concept Liftable = requires(const Measure& m, World& w) {
  lift_measure(m, w);
};

}  // namespace

bool liftable(const Action& action) {
  return std::visit([](const auto& a) { return Liftable<std::decay_t<decltype(a)>>; }, action);
}

std::string lift(const Action& action, World& w) {
  return std::visit(
      [&](const auto& a) -> std::string {
        if constexpr (Liftable<std::decay_t<decltype(a)>>) {
          return lift_measure(a, w);
        } else {
          return {};
        }
      },
      action);
}

}  // namespace unrest::uprising
