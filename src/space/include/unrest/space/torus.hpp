#pragma once
/// \file
/// A rectangular lattice whose edges wrap (a torus), and the neighbourhood an
/// agent sees within its vision, precomputed as row spans for fast scans.

#include <cstdint>
#include <vector>

namespace unrest {

using CellIndex = std::uint32_t;

/// Which lattice sites lie "within vision v". The classic implementations
/// differ; see docs/models/epstein.md.
enum class NeighbourhoodShape {
  Disk,        ///< Euclidean distance <= v (NetLogo's in-radius)
  VonNeumann,  ///< |dx| + |dy| <= floor(v)
  Moore,       ///< max(|dx|, |dy|) <= floor(v) (Mesa's get_neighborhood)
  Cross,       ///< the four lattice directions only, up to floor(v) (Sugarscape's vision)
};

/// A contiguous run of sites in one row, relative to the centre.
struct RowSpan {
  int dy = 0;
  int dx_first = 0;
  int dx_last = 0;  ///< inclusive
};

/// The sites within vision of a centre site, the centre itself excluded.
class Neighbourhood {
 public:
  Neighbourhood(NeighbourhoodShape shape, double radius);

  [[nodiscard]] const std::vector<RowSpan>& spans() const noexcept { return spans_; }
  /// Number of sites (the centre excluded).
  [[nodiscard]] int size() const noexcept { return size_; }
  /// Largest |dx| or |dy| of any site.
  [[nodiscard]] int reach() const noexcept { return reach_; }

 private:
  std::vector<RowSpan> spans_;
  int size_ = 0;
  int reach_ = 0;
};

/// v brought into [0, n), for v in [-n, 2n): one conditional wrap, no
/// division (a coordinate at most one side past an edge).
inline int wrap_once(int v, int n) noexcept {
  v += v < 0 ? n : 0;
  return v - (v >= n ? n : 0);
}

/// A site's column and row.
struct GridPoint {
  int x = 0;
  int y = 0;
};

class TorusGrid {
 public:
  TorusGrid(int width, int height);

  [[nodiscard]] int width() const noexcept { return width_; }
  [[nodiscard]] int height() const noexcept { return height_; }
  [[nodiscard]] CellIndex cells() const noexcept {
    return static_cast<CellIndex>(width_) * static_cast<CellIndex>(height_);
  }
  [[nodiscard]] CellIndex index(int x, int y) const noexcept {
    return static_cast<CellIndex>(y) * static_cast<CellIndex>(width_) + static_cast<CellIndex>(x);
  }
  [[nodiscard]] int x_of(CellIndex c) const noexcept {
    return static_cast<int>(c - y_of(c) * static_cast<CellIndex>(width_));
  }
  /// Column and row with one multiply (see y_of).
  [[nodiscard]] GridPoint point_of(CellIndex c) const noexcept {
    const int y = y_of(c);
    return {static_cast<int>(c - static_cast<CellIndex>(y) * static_cast<CellIndex>(width_)), y};
  }
  [[nodiscard]] int y_of(CellIndex c) const noexcept {
    // c / width by a multiply: exact for every 32-bit c with the magic
    // ceil(2^64 / width) (Lemire, Kaser and Kurz 2019); a division costs
    // more than the rest of a lattice turn's bookkeeping.
    if (width_ == 1) return static_cast<int>(c);
    return static_cast<int>((static_cast<Uint128>(width_magic_) * c) >> 64);
  }
  [[nodiscard]] int wrap_x(int x) const noexcept { return ((x % width_) + width_) % width_; }
  [[nodiscard]] int wrap_y(int y) const noexcept { return ((y % height_) + height_) % height_; }

  /// Whether every site of `n` around any centre is a distinct site (the
  /// neighbourhood does not wrap onto itself).
  [[nodiscard]] bool fits(const Neighbourhood& n) const noexcept {
    return 2 * n.reach() + 1 <= width_ && 2 * n.reach() + 1 <= height_;
  }

  /// Calls fn(first_cell, count) for each contiguous run of cells of the
  /// neighbourhood of `centre`, in a fixed order (rows top to bottom, left to
  /// right; a span crossing the edge is split in two). Requires fits(n).
  template <class Fn>
  void for_each_run(CellIndex centre, const Neighbourhood& n, Fn&& fn) const {
    const int cx = x_of(centre);
    const int cy = y_of(centre);
    for (const RowSpan& span : n.spans()) {
      // |dy| <= reach < height (fits).
      const int y = wrap_once(cy + span.dy, height_);
      const CellIndex row = static_cast<CellIndex>(y) * static_cast<CellIndex>(width_);
      const int first = cx + span.dx_first;
      const int last = cx + span.dx_last;
      if (first >= 0 && last < width_) {
        fn(row + static_cast<CellIndex>(first), static_cast<CellIndex>(last - first + 1));
      } else if (first < 0) {
        fn(row + static_cast<CellIndex>(first + width_), static_cast<CellIndex>(-first));
        fn(row, static_cast<CellIndex>(last + 1));
      } else {
        fn(row + static_cast<CellIndex>(first), static_cast<CellIndex>(width_ - first));
        fn(row, static_cast<CellIndex>(last - width_ + 1));
      }
    }
  }

  /// Calls fn(y, first, count) for each row span of the neighbourhood of
  /// `centre`, in the order of for_each_run, as positions of a row padded by
  /// `halo` sites on either side (position p is x = p - halo, wrapped; see
  /// RowBits): a span crossing the edge stays one run. Requires fits(n) and
  /// halo >= n.reach().
  template <class Fn>
  void for_each_padded_run(CellIndex centre, const Neighbourhood& n, int halo, Fn&& fn) const {
    const GridPoint c = point_of(centre);
    const int first = c.x + halo;
    for (const RowSpan& span : n.spans()) {
      fn(wrap_once(c.y + span.dy, height_), first + span.dx_first,
         span.dx_last - span.dx_first + 1);
    }
  }

  /// The cell at position p of row y padded by `halo` (see for_each_padded_run).
  [[nodiscard]] CellIndex padded_cell(int y, int p, int halo) const noexcept {
    return index(wrap_once(p - halo, width_), y);
  }

  /// Calls fn(cell) for each cell of the neighbourhood of `centre`, in the
  /// order of for_each_run.
  template <class Fn>
  void for_each_cell(CellIndex centre, const Neighbourhood& n, Fn&& fn) const {
    for_each_run(centre, n, [&](CellIndex first, CellIndex count) {
      for (CellIndex c = first; c < first + count; ++c) fn(c);
    });
  }

 private:
  __extension__ typedef unsigned __int128 Uint128;  // GCC and Clang; not ISO

  int width_;
  int height_;
  std::uint64_t width_magic_ = 0;  ///< ceil(2^64 / width), for width >= 2
};

}  // namespace unrest
