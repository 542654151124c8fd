#pragma once
/// \file
/// One bit per lattice site, for one kind of occupant: counting the sites of
/// a kind in a run of cells is a few popcounts, not a scan of bytes, and the
/// k-th such site is a select. Bit c stands for cell c (rows are not padded),
/// so the runs of TorusGrid::for_each_run map onto ranges of bits directly.

#include <bit>
#include <cstdint>
#include <vector>

#include "unrest/space/torus.hpp"

namespace unrest {

class CellBits {
 public:
  CellBits() = default;
  /// `cells` bits, all `value`.
  explicit CellBits(CellIndex cells, bool value = false)
      : words_((static_cast<std::size_t>(cells) + 63) / 64, value ? ~std::uint64_t{0} : 0) {}

  [[nodiscard]] bool test(CellIndex c) const noexcept { return (load(c >> 6) >> (c & 63)) & 1U; }
  void set(CellIndex c) noexcept { words_[c >> 6] |= bit(c); }
  void clear(CellIndex c) noexcept { words_[c >> 6] &= ~bit(c); }
  /// Sets every bit to `value`.
  void fill(bool value) noexcept {
    for (auto& w : words_) w = value ? ~std::uint64_t{0} : 0;
  }

  /// Set bits among cells [first, first + count).
  [[nodiscard]] int count(CellIndex first, CellIndex count) const noexcept {
    if (count == 0) return 0;
    const CellIndex last = first + count - 1;
    CellIndex w = first >> 6;
    const CellIndex w_last = last >> 6;
    if (w == w_last) return std::popcount(masked(w, first, last));
    int n = std::popcount(load(w) >> (first & 63));
    for (++w; w < w_last; ++w) n += std::popcount(load(w));
    return n + std::popcount(load(w_last) & low_mask(last));
  }

  /// The cell of the `k`-th set bit (from 0) among cells [first, first +
  /// count), in increasing order; requires k < count(first, count).
  [[nodiscard]] CellIndex select(CellIndex first, CellIndex count, int k) const noexcept {
    const CellIndex last = first + count - 1;
    for (CellIndex w = first >> 6; w <= (last >> 6); ++w) {
      const CellIndex lo = w == (first >> 6) ? first : w << 6;
      const CellIndex hi = w == (last >> 6) ? last : (w << 6) + 63;
      std::uint64_t m = masked(w, lo, hi) << (lo & 63);
      const int n = std::popcount(m);
      if (k < n) {
        for (int i = 0; i < k; ++i) m &= m - 1;
        return (w << 6) + static_cast<CellIndex>(std::countr_zero(m));
      }
      k -= n;
    }
    return first + count;  // unreachable when k < count(first, count)
  }

 private:
  static std::uint64_t bit(CellIndex c) noexcept { return std::uint64_t{1} << (c & 63); }
  /// Bits 0..(c & 63) set.
  static std::uint64_t low_mask(CellIndex c) noexcept {
    return ~std::uint64_t{0} >> (63 - (c & 63));
  }
  [[nodiscard]] std::uint64_t load(CellIndex w) const noexcept { return words_[w]; }
  /// Word w's bits for cells lo..hi (both in word w), shifted down to bit 0.
  [[nodiscard]] std::uint64_t masked(CellIndex w, CellIndex lo, CellIndex hi) const noexcept {
    return (load(w) & low_mask(hi)) >> (lo & 63);
  }

  std::vector<std::uint64_t> words_;
};

}  // namespace unrest
