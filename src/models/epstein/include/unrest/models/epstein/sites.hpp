#pragma once
/// \file
/// Finding and filling sites: placement, random empty sites, counts in view.

#include <vector>

#include "unrest/models/epstein/world.hpp"

namespace unrest::epstein {

/// Puts agent `id` on the empty site `cell` as `kind`.
inline void place(World& w, std::uint32_t id, CellIndex cell, Site kind) noexcept {
  w.site[cell] = kind;
  w.occupant[cell] = id;
  if (w.is_cop(id)) {
    w.cop_cell[id - w.citizens()] = cell;
  } else {
    w.citizen_cell[id] = cell;
  }
}

/// Takes the occupant off its site.
inline void vacate(World& w, CellIndex cell) noexcept {
  w.site[cell] = Site::Empty;
  w.occupant[cell] = kNoAgent;
}

/// Cops and actives within `view` of `centre` (the centre excluded).
struct SeenCounts {
  int cops = 0;
  int actives = 0;
};

inline SeenCounts count_seen(const World& w, CellIndex centre, const Neighbourhood& view) noexcept {
  int cops = 0;
  int actives = 0;
  const Site* sites = w.site.data();
  w.grid.for_each_run(centre, view, [&](CellIndex first, CellIndex count) {
    // Branch-free so the compiler can vectorise the scan of each row.
    for (CellIndex c = first; c < first + count; ++c) {
      cops += sites[c] == Site::Cop;
      actives += sites[c] == Site::Active;
    }
  });
  return {cops, actives};
}

/// Writes the sites of `view` around `centre` that hold `kind` to `out`
/// (resized to the view's size if smaller) and returns how many there are.
inline std::size_t collect_sites(const World& w, CellIndex centre, const Neighbourhood& view,
                                 Site kind, std::vector<CellIndex>& out) {
  if (out.size() < static_cast<std::size_t>(view.size()))
    out.resize(static_cast<std::size_t>(view.size()));
  std::size_t n = 0;
  CellIndex* buffer = out.data();
  const Site* sites = w.site.data();
  w.grid.for_each_run(centre, view, [&](CellIndex first, CellIndex count) {
    // Branch-free compaction: every site is written, the count advances only
    // on a match (the match pattern is random, so a branch would mispredict).
    for (CellIndex c = first; c < first + count; ++c) {
      buffer[n] = c;
      n += sites[c] == kind;
    }
  });
  return n;
}

/// A uniformly random empty site of the whole grid, by rejection sampling with
/// numbered draws, then by enumeration if the grid is nearly full; kNowhere if
/// it is full.
CellIndex random_empty_site(const World& w, const RandomStream& rng, std::int64_t tick,
                            std::uint64_t agent, Purpose purpose);

}  // namespace unrest::epstein
