#pragma once
/// \file
/// Finding and filling sites: placement, random empty sites, counts in view.

#include <array>
#include <vector>

#include "unrest/models/epstein/world.hpp"

namespace unrest::epstein {

/// Puts agent `id` on the empty site `cell` as `kind`.
inline void place(World& w, std::uint32_t id, CellIndex cell, Site kind) noexcept {
  set_site(w, cell, kind);
  w.occupant[cell] = id;
  if (w.is_cop(id)) {
    w.cop_cell[id - w.citizens()] = cell;
  } else {
    w.citizen_cell[id] = cell;
  }
}

/// Takes the occupant off its site.
inline void vacate(World& w, CellIndex cell) noexcept {
  set_site(w, cell, Site::Empty);
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
  if (w.bits_on) {
    const RowMasks& masks = masks_of(w, view);
    if (masks.usable()) {
      const GridPoint c = w.grid.point_of(centre);
      const auto [cops_seen, actives_seen] =
          w.cop_bits.count_view_with(w.active_bits, masks, c.x, c.y);
      return {cops_seen, actives_seen};
    }
    w.grid.for_each_padded_run(centre, view, w.halo, [&](int y, int first, int count) {
      cops += w.cop_bits.count(y, first, count);
      actives += w.active_bits.count(y, first, count);
    });
    return {cops, actives};
  }
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

/// The sites of `kind` (Empty or Active) in `view` around `centre`: how many
/// there are, and the k-th of them (from 0) in the order of
/// TorusGrid::for_each_run. From the bits when they are on (popcounts, then a
/// select), else listed into `buffer` by a scan of `site`; the same either way.
class SitesInView {
 public:
  SitesInView(const World& w, Site kind, CellIndex centre, const Neighbourhood& view,
              std::vector<CellIndex>& buffer)
      : w_(w),
        bits_(w.bits_on ? bits_of(w, kind) : nullptr),
        centre_(centre),
        view_(view),
        buffer_(buffer),
        masks_(masks_of(w, view)) {
    if (bits_ && masks_.usable()) {
      centre_at_ = w.grid.point_of(centre);
      n_ = bits_->count_view(masks_, centre_at_.x, centre_at_.y, through_row_.data());
    } else if (bits_) {
      w.grid.for_each_padded_run(centre, view, w.halo, [&](int y, int first, int count) {
        n_ += bits_->count(y, first, count);
      });
    } else {
      n_ = static_cast<int>(collect_sites(w, centre, view, kind, buffer));
    }
  }
  [[nodiscard]] int size() const noexcept { return n_; }
  /// The k-th site; requires k < size().
  [[nodiscard]] CellIndex operator[](int k) const noexcept {
    if (!bits_) return buffer_[static_cast<std::size_t>(k)];
    if (masks_.usable()) {
      int x = 0;
      int y = 0;
      bits_->select_view(masks_, centre_at_.x, centre_at_.y, through_row_.data(), k, x, y);
      return w_.grid.index(x, y);
    }
    CellIndex found = kNowhere;
    w_.grid.for_each_padded_run(centre_, view_, w_.halo, [&](int y, int first, int count) {
      if (found != kNowhere) return;
      const int n = bits_->count(y, first, count);
      if (k < n) {
        found = w_.grid.padded_cell(y, bits_->select(y, first, count, k), w_.halo);
      } else {
        k -= n;
      }
    });
    return found;
  }

 private:
  const World& w_;
  const RowBits* bits_;
  CellIndex centre_;
  const Neighbourhood& view_;
  std::vector<CellIndex>& buffer_;
  const RowMasks& masks_;
  GridPoint centre_at_;
  int n_ = 0;
  /// The running count through each row of the view (reach <= 31), kept so
  /// that finding the k-th site does not count again.
  std::array<int, 63> through_row_;
};

/// A uniformly random empty site of the whole grid, by rejection sampling with
/// numbered draws, then by enumeration if the grid is nearly full; kNowhere if
/// it is full.
CellIndex random_empty_site(const World& w, const RandomStream& rng, std::int64_t tick,
                            std::uint64_t agent, Purpose purpose);

}  // namespace unrest::epstein
