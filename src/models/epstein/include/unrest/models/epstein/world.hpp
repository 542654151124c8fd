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
#include "unrest/space/row_bits.hpp"
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

  // Sites. `site` is the truth; the bits mirror it by kind, so that counting
  // a kind in view, or picking the k-th empty site, takes a few popcounts.
  // Write sites only through set_site (and place, vacate, move_occupant).
  std::vector<Site> site;
  std::vector<std::uint32_t> occupant;  ///< agent id, or kNoAgent
  int halo = 0;                         ///< the larger reach of the two views
  RowMasks citizen_masks;               ///< citizen_view as row masks, if usable
  RowMasks cop_masks;                   ///< cop_view as row masks, if usable
  RowMasks no_masks;                    ///< for any other view: count by runs
  RowBits empty_bits;
  RowBits active_bits;
  RowBits cop_bits;
  /// False for the reference path (tests): `site` is scanned instead of the
  /// bits (the same sites in the same order), and the bits go stale.
  bool bits_on = true;
  /// True while turns run in parallel blocks: blocks may share a word of
  /// bits at their edges, so bits are written atomically.
  bool bits_shared = false;

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

  /// P for each whole ratio C/A a citizen can see (arrest rules floor and
  /// round): one lookup instead of an exponential per decision.
  std::vector<double> arrest_probability_of_count;
  double table_constant = 0;  ///< the arrest constant k of that table

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

/// The bits of `kind`, or null for Quiet (no bits kept).
inline RowBits* bits_of(World& w, Site kind) noexcept {
  switch (kind) {
    case Site::Empty:
      return &w.empty_bits;
    case Site::Active:
      return &w.active_bits;
    case Site::Cop:
      return &w.cop_bits;
    case Site::Quiet:
      break;
  }
  return nullptr;
}

inline const RowBits* bits_of(const World& w, Site kind) noexcept {
  return bits_of(const_cast<World&>(w), kind);
}

/// Makes site `cell` hold `kind`, keeping the bits in step.
inline void set_site(World& w, CellIndex cell, Site kind) noexcept {
  const Site old = w.site[cell];
  if (old == kind) return;
  w.site[cell] = kind;
  if (!w.bits_on) return;
  const GridPoint at = w.grid.point_of(cell);
  if (RowBits* off = bits_of(w, old)) off->clear(at.x, at.y, w.bits_shared);
  if (RowBits* on = bits_of(w, kind)) on->set(at.x, at.y, w.bits_shared);
}

/// The row masks of `view`: of citizen_view or cop_view, else none (the
/// caller then counts by runs).
inline const RowMasks& masks_of(const World& w, const Neighbourhood& view) noexcept {
  if (&view == &w.citizen_view) return w.citizen_masks;
  return &view == &w.cop_view ? w.cop_masks : w.no_masks;
}

/// Moves the occupant of `from` (not empty) to the empty site `to`.
inline void move_occupant(World& w, CellIndex from, CellIndex to) noexcept {
  const std::uint32_t id = w.occupant[from];
  const Site kind = w.site[from];
  w.site[to] = kind;
  w.occupant[to] = id;
  w.site[from] = Site::Empty;
  w.occupant[from] = kNoAgent;
  if (w.bits_on) {
    // set_site twice, less what a move from a full site to an empty one
    // cannot need.
    const GridPoint a = w.grid.point_of(from);
    const GridPoint b = w.grid.point_of(to);
    w.empty_bits.clear(b.x, b.y, w.bits_shared);
    w.empty_bits.set(a.x, a.y, w.bits_shared);
    if (RowBits* bits = bits_of(w, kind)) {
      bits->clear(a.x, a.y, w.bits_shared);
      bits->set(b.x, b.y, w.bits_shared);
    }
  }
  if (w.is_cop(id)) {
    w.cop_cell[id - w.citizens()] = to;
  } else {
    w.citizen_cell[id] = to;
  }
}

}  // namespace unrest::epstein
