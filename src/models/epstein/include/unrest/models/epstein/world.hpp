#pragma once
/// \file
/// The state of one Epstein run: the lattice, and the citizens and cops as
/// columns (structure of arrays). An agent's id is its index among citizens,
/// or n_citizens + its index among cops; ids key the random streams.

#include <cstdint>
#include <limits>
#include <vector>

#include "unrest/core/random.hpp"
#include "unrest/models/epstein/params.hpp"
#include "unrest/space/torus.hpp"

namespace unrest::epstein {

/// What a site holds. Jailed citizens are off the lattice.
enum class Site : std::uint8_t { Empty = 0, Quiet = 1, Active = 2, Cop = 3 };

/// The closed list of random decisions; each has its own stream.
enum class Purpose : std::uint32_t {
  Placement = 1,      ///< initial sites
  Attributes = 2,     ///< hardship and risk aversion
  Order = 3,          ///< activation order
  CopOrder = 4,       ///< activation order of cops (citizens_then_cops)
  Move = 5,           ///< movement destination
  ArrestTarget = 6,   ///< which active a cop arrests
  JailTerm = 7,       ///< the arrested citizen's term
  Release = 8,        ///< site on release
  CopRemoval = 9,     ///< which cops leave
  CopPlacement = 10,  ///< where new cops appear
  BlockLayout = 11,   ///< parallel blocks: offset and phase order
  BlockOrder = 12,    ///< parallel blocks: order within a block
};

inline constexpr std::uint32_t kNoAgent = std::numeric_limits<std::uint32_t>::max();
inline constexpr CellIndex kNowhere = std::numeric_limits<CellIndex>::max();
inline constexpr std::int32_t kNotJailed = -1;
inline constexpr std::int32_t kLifeTerm = std::numeric_limits<std::int32_t>::max();

struct World {
  World(const Params& params);

  TorusGrid grid;
  Neighbourhood citizen_view;
  Neighbourhood cop_view;
  Neighbourhood step_view;  ///< the 8 Moore neighbours, for move_rule = random_step

  // Sites.
  std::vector<Site> site;
  std::vector<std::uint32_t> occupant;  ///< agent id, or kNoAgent

  // Citizens, indexed by id in [0, citizens()).
  std::vector<double> hardship;
  std::vector<double> risk_aversion;
  std::vector<CellIndex> citizen_cell;  ///< current site; while jailed, the site of arrest
  std::vector<std::int32_t> jail_left;  ///< ticks left in jail, kNotJailed, or kLifeTerm
  std::vector<std::uint8_t> ever_active;

  // Cops, indexed by id - citizens().
  std::vector<CellIndex> cop_cell;  ///< kNowhere once withdrawn

  /// Last tick each agent acted in (parallel blocks only).
  std::vector<std::int64_t> acted_at;

  double legitimacy = 0;
  double cop_density = 0;  ///< the target the cop count follows

  [[nodiscard]] std::uint32_t citizens() const noexcept {
    return static_cast<std::uint32_t>(hardship.size());
  }
  [[nodiscard]] std::uint32_t cop_slots() const noexcept {
    return static_cast<std::uint32_t>(cop_cell.size());
  }
  [[nodiscard]] bool is_cop(std::uint32_t id) const noexcept { return id >= citizens(); }
  [[nodiscard]] bool jailed(std::uint32_t citizen) const noexcept {
    return jail_left[citizen] != kNotJailed;
  }
};

/// Places citizens and cops on random sites and draws their attributes.
World make_world(const Params& params, const RandomStream& rng);

/// Moves the occupant of `from` to the empty site `to`.
inline void move_occupant(World& w, CellIndex from, CellIndex to) noexcept {
  const std::uint32_t id = w.occupant[from];
  w.site[to] = w.site[from];
  w.occupant[to] = id;
  w.site[from] = Site::Empty;
  w.occupant[from] = kNoAgent;
  if (w.is_cop(id)) {
    w.cop_cell[id - w.citizens()] = to;
  } else {
    w.citizen_cell[id] = to;
  }
}

}  // namespace unrest::epstein
