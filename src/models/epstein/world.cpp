#include "unrest/models/epstein/world.hpp"

#include <algorithm>
#include <cmath>

#include "unrest/models/epstein/rules.hpp"
#include "unrest/models/epstein/sites.hpp"

namespace unrest::epstein {

World::World(const Params& p)
    : grid(p.width, p.height),
      citizen_view(p.neighbourhood, p.vision),
      cop_view(p.neighbourhood, p.cop_vision),
      step_view(NeighbourhoodShape::Moore, 1.0),
      site(grid.cells(), Site::Empty),
      occupant(grid.cells(), kNoAgent),
      halo(std::max(citizen_view.reach(), cop_view.reach())),
      citizen_masks(citizen_view),
      cop_masks(cop_view),
      empty_bits(p.width, p.height, halo, true),
      active_bits(p.width, p.height, halo),
      cop_bits(p.width, p.height, halo),
      legitimacy(p.legitimacy),
      cop_density(p.cop_density),
      table_constant(p.arrest_constant) {
  // C/A <= C <= the sites in view.
  for (int ratio = 0; ratio <= citizen_view.size(); ++ratio) {
    arrest_probability_of_count.push_back(
        arrest_probability_of_ratio(static_cast<double>(ratio), p.arrest_constant));
  }
}

World make_world(const Params& p, const RandomStream& rng) {
  World w(p);
  const CellIndex cells = w.grid.cells();
  const auto citizens = static_cast<std::uint32_t>(std::llround(p.citizen_density * cells));
  const auto cops =
      std::min(static_cast<std::uint32_t>(std::llround(p.cop_density * cells)), cells - citizens);

  // A random permutation of the sites (Fisher-Yates); citizens take the first,
  // cops the next.
  std::vector<CellIndex> order(cells);
  for (CellIndex c = 0; c < cells; ++c) order[c] = c;
  for (CellIndex i = cells; i > 1; --i) {
    const auto j = static_cast<CellIndex>(rng.draw(0, i - 1, Purpose::Placement).below(i));
    std::swap(order[i - 1], order[j]);
  }

  w.hardship.resize(citizens);
  w.risk_aversion.resize(citizens);
  w.citizen_cell.resize(citizens);
  w.jail_left.assign(citizens, kNotJailed);
  w.ever_active.assign(citizens, 0);
  w.cop_cell.resize(cops);
  w.acted_at.assign(citizens + cops, -1);

#pragma omp parallel for schedule(static) if (citizens > 100'000)
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(citizens); ++i) {
    const auto id = static_cast<std::uint32_t>(i);
    const RandomDraws d = rng.draw(0, id, Purpose::Attributes);
    w.hardship[id] = d.uniform(0);
    w.risk_aversion[id] = d.uniform(1);
  }
  for (std::uint32_t id = 0; id < citizens; ++id) {
    place(w, id, order[id], Site::Quiet);
  }
  for (std::uint32_t k = 0; k < cops; ++k) {
    place(w, citizens + k, order[citizens + k], Site::Cop);
  }
  return w;
}

}  // namespace unrest::epstein
