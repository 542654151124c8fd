#include "unrest/models/epstein/interventions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "unrest/models/epstein/sites.hpp"

namespace unrest::epstein {

namespace {

std::vector<ActionKind<Action>> make_kinds() {
  return {
      {"set_legitimacy",
       "set the legitimacy L",
       {"value: the new L, in [0, 1]"},
       {"value"},
       [](TableReader& r) -> Action {
         return SetLegitimacy{r.require(r.real("value", 0, 1), "value")};
       }},
      {"adjust_legitimacy",
       "change L by an amount (repeat with `every` for a gradual decline)",
       {"by: the change, in [-1, 1]; L stays within [0, 1]"},
       {"by"},
       [](TableReader& r) -> Action {
         return AdjustLegitimacy{r.require(r.real("by", -1, 1), "by")};
       }},
      {"set_cop_density",
       "resize the cop force to a density (cops withdraw at random or join on empty sites)",
       {"value: cops per site, in [0, 1]"},
       {"value"},
       [](TableReader& r) -> Action {
         return SetCopDensity{r.require(r.real("value", 0, 1), "value")};
       }},
      {"adjust_cop_density",
       "change the target cop density by an amount, and resize the force to it",
       {"by: the change in cops per site, in [-1, 1]; the target stays >= 0"},
       {"by"},
       [](TableReader& r) -> Action {
         return AdjustCopDensity{r.require(r.real("by", -1, 1), "by")};
       }},
  };
}

/// Withdraws or adds cops until round(density x sites) are on duty (or the
/// grid is full). Returns the change.
long match_cop_force(World& w, const RandomStream& rng, std::int64_t tick) {
  const auto target = static_cast<long>(std::llround(w.cop_density * w.grid.cells()));
  std::vector<std::uint32_t> on_duty;
  std::vector<std::uint32_t> off_duty;
  for (std::uint32_t k = 0; k < w.cop_slots(); ++k) {
    (w.cop_cell[k] == kNowhere ? off_duty : on_duty).push_back(k);
  }
  const auto have = static_cast<long>(on_duty.size());
  const auto ticks = static_cast<std::uint64_t>(tick);
  if (have > target) {
    // The first (have - target) of a partial random permutation withdraw.
    const auto leave = static_cast<std::uint32_t>(have - target);
    for (std::uint32_t i = 0; i < leave; ++i) {
      const auto left = static_cast<std::uint64_t>(on_duty.size() - i);
      const auto j = i + rng.draw(ticks, i, Purpose::CopRemoval).below(left);
      std::swap(on_duty[i], on_duty[j]);
      const std::uint32_t k = on_duty[i];
      vacate(w, w.cop_cell[k]);
      w.cop_cell[k] = kNowhere;
    }
    return -static_cast<long>(leave);
  }
  long added = 0;
  for (long n = have; n < target; ++n) {
    std::uint32_t k = 0;
    if (!off_duty.empty()) {
      k = off_duty.front();  // reuse withdrawn slots first, lowest first
      off_duty.erase(off_duty.begin());
    } else {
      k = w.cop_slots();
      w.cop_cell.push_back(kNowhere);
      w.acted_at.push_back(-1);
    }
    const std::uint32_t id = w.citizens() + k;
    const CellIndex cell = random_empty_site(w, rng, tick, id, Purpose::CopPlacement);
    if (cell == kNowhere) break;
    place(w, id, cell, Site::Cop);
    ++added;
  }
  return added;
}

}  // namespace

const std::vector<ActionKind<Action>>& action_kinds() {
  static const std::vector<ActionKind<Action>> kinds = make_kinds();
  return kinds;
}

std::string apply(const Action& action, World& w, const RandomStream& rng, std::int64_t tick) {
  struct Visitor {
    World& w;
    const RandomStream& rng;
    std::int64_t tick;

    std::string operator()(const SetLegitimacy& a) const {
      const double before = w.legitimacy;
      w.legitimacy = a.value;
      return fmt::format("set_legitimacy: L {} -> {}", before, w.legitimacy);
    }
    std::string operator()(const AdjustLegitimacy& a) const {
      const double before = w.legitimacy;
      w.legitimacy = std::clamp(w.legitimacy + a.by, 0.0, 1.0);
      return fmt::format("adjust_legitimacy: L {} -> {}", before, w.legitimacy);
    }
    std::string operator()(const SetCopDensity& a) const {
      w.cop_density = a.value;
      const long change = match_cop_force(w, rng, tick);
      return fmt::format("set_cop_density: target {} per site, {:+} cops", w.cop_density, change);
    }
    std::string operator()(const AdjustCopDensity& a) const {
      w.cop_density = std::max(0.0, w.cop_density + a.by);
      const long change = match_cop_force(w, rng, tick);
      return fmt::format("adjust_cop_density: target {:.4g} per site, {:+} cops", w.cop_density,
                         change);
    }
  };
  return std::visit(Visitor{w, rng, tick}, action);
}

Event intervention_event(std::int64_t tick, const Action& action, std::string detail) {
  struct Values {
    std::vector<EventValue> operator()(const SetLegitimacy& a) const {
      return {{"value", a.value}};
    }
    std::vector<EventValue> operator()(const AdjustLegitimacy& a) const { return {{"by", a.by}}; }
    std::vector<EventValue> operator()(const SetCopDensity& a) const {
      return {{"value", a.value}};
    }
    std::vector<EventValue> operator()(const AdjustCopDensity& a) const { return {{"by", a.by}}; }
  };
  return {tick,
          "intervention",
          "grid",
          std::move(detail),
          action_kinds()[action.index()].name,
          std::visit(Values{}, action)};
}

}  // namespace unrest::epstein
