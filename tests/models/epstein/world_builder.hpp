#pragma once
// Hand-built worlds for rule-level tests: citizens and cops on chosen sites.

#include <vector>

#include "unrest/models/epstein/sites.hpp"
#include "unrest/models/epstein/world.hpp"

namespace unrest::epstein::testing {

struct CitizenSpec {
  int x = 0, y = 0;
  double hardship = 0.5;
  double risk_aversion = 0.5;
  bool active = false;
};

struct CopSpec {
  int x = 0, y = 0;
};

inline World build_world(const Params& p, const std::vector<CitizenSpec>& citizens,
                         const std::vector<CopSpec>& cops) {
  World w(p);
  const auto n = citizens.size();
  w.hardship.resize(n);
  w.risk_aversion.resize(n);
  w.citizen_cell.resize(n);
  w.jail_left.assign(n, kNotJailed);
  w.ever_active.assign(n, 0);
  w.cop_cell.resize(cops.size());
  w.acted_at.assign(n + cops.size(), -1);
  for (std::uint32_t i = 0; i < n; ++i) {
    const auto& c = citizens[i];
    w.hardship[i] = c.hardship;
    w.risk_aversion[i] = c.risk_aversion;
    place(w, i, w.grid.index(c.x, c.y), c.active ? Site::Active : Site::Quiet);
  }
  for (std::uint32_t k = 0; k < cops.size(); ++k) {
    place(w, static_cast<std::uint32_t>(n) + k, w.grid.index(cops[k].x, cops[k].y), Site::Cop);
  }
  return w;
}

/// Params for a small torus with the paper's rules and the given vision.
inline Params small_params(double vision, int side = 11) {
  Params p;
  p.width = side;
  p.height = side;
  p.vision = vision;
  p.cop_vision = vision;
  p.legitimacy = 0;
  return p;
}

}  // namespace unrest::epstein::testing
