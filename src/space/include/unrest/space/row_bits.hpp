#pragma once
/// \file
/// One bit per lattice site for one kind of occupant, row by row, with a
/// halo: each row is widened by `halo` sites copied from its far end on either
/// side, and `halo` rows copied from the far edge lie above and below. A
/// neighbourhood that crosses the edge of the torus is then a block of
/// consecutive rows and, in each, one contiguous run of bits: counting a kind
/// in view is a 64-bit window and a popcount per row, with no wrap to test,
/// and the k-th such site is a select in one window.
///
/// Padded position p of stored row r stands for site x = (p - halo) mod width,
/// y = (r - halo) mod height; set and clear write every copy of a site, so the
/// halo never goes stale.

#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <vector>

#include "unrest/space/torus.hpp"

namespace unrest {

/// A neighbourhood of reach r <= 31 as one 64-bit mask per row dy = -r..r,
/// bit dx + r set for each site in view (the centre excluded). Bits in
/// increasing order are the sites in TorusGrid::for_each_run's order.
struct RowMasks {
  RowMasks() = default;  ///< none: not usable
  explicit RowMasks(const Neighbourhood& n);
  /// Whether the neighbourhood fits (reach <= 31); else the masks are empty.
  [[nodiscard]] bool usable() const noexcept { return !masks.empty(); }

  int reach = 0;
  std::vector<std::uint64_t> masks;  ///< 2 reach + 1 rows, top to bottom
};

/// kSelectInByte[b * 8 + k]: the position of the k-th set bit of byte b.
extern const std::array<std::uint8_t, 256 * 8> kSelectInByte;

class RowBits {
 public:
  RowBits() = default;
  /// A width x height lattice whose views reach at most `halo` sites past an
  /// edge; requires width >= halo and height >= halo. All bits `value`.
  RowBits(int width, int height, int halo, bool value = false);

  [[nodiscard]] int halo() const noexcept { return halo_; }

  [[nodiscard]] bool test(int x, int y) const noexcept {
    const int p = x + halo_;
    return (word(y + halo_, p >> 6) >> (p & 63)) & 1U;
  }

  /// Sets (clears) site (x, y), 0 <= x < width, 0 <= y < height, and its
  /// halo copies. Atomic (relaxed) when `shared`: threads then may write
  /// other bits of the same words.
  void set(int x, int y, bool shared = false) noexcept { update<true>(x, y, shared); }
  void clear(int x, int y, bool shared = false) noexcept { update<false>(x, y, shared); }

  /// Every site `value`, the halo included; the spare bits stay 0.
  void fill(bool value) noexcept;

  /// Set bits in view `m` around (cx, cy); writes the running total through
  /// each row to `through_row` (2 reach + 1 of them) when it is not null.
  /// Requires m.usable() and m.reach <= halo.
  int count_view(const RowMasks& m, int cx, int cy, int* through_row = nullptr) const noexcept {
    return narrow_ ? count_rows<true>(m, cx, cy, through_row)
                   : count_rows<false>(m, cx, cy, through_row);
  }

  /// Set bits in view `m` around (cx, cy) of this and of `other` (the same
  /// sides and halo), in one pass.
  [[nodiscard]] std::array<int, 2> count_view_with(const RowBits& other, const RowMasks& m, int cx,
                                                   int cy) const noexcept {
    int shift = 0;
    const std::size_t start = view_start(m, cx, cy, shift);
    const std::uint64_t* a = words_.data() + start;
    const std::uint64_t* b = other.words_.data() + start;
    int na = 0;
    int nb = 0;
    for (const std::uint64_t mask : m.masks) {
      na += std::popcount((narrow_ ? load(a) >> shift : shifted(a, shift)) & mask);
      nb += std::popcount((narrow_ ? load(b) >> shift : shifted(b, shift)) & mask);
      a += row_words_;
      b += row_words_;
    }
    return {na, nb};
  }

  /// The site (x, y) of the `k`-th set bit (from 0) in view `m` around
  /// (cx, cy), given the running totals from count_view; requires k < the
  /// last of them.
  void select_view(const RowMasks& m, int cx, int cy, const int* through_row, int k, int& x,
                   int& y) const noexcept;

  /// Set bits among padded positions [p, p + count) of row y (0 <= y <
  /// height, count >= 1): the path for views too wide for RowMasks.
  [[nodiscard]] int count(int y, int p, int count) const noexcept {
    int n = 0;
    for (; count > 64; count -= 64, p += 64) n += std::popcount(window(y + halo_, p));
    return n + std::popcount(window(y + halo_, p) & low_bits(count));
  }

  /// The padded position of the `k`-th set bit (from 0) among [p, p +
  /// count) of row y; requires k < count(y, p, count).
  [[nodiscard]] int select(int y, int p, int count, int k) const noexcept {
    const int r = y + halo_;
    for (; count > 64; count -= 64, p += 64) {
      const int n = std::popcount(window(r, p));
      if (k < n) return p + select_in_word(window(r, p), k);
      k -= n;
    }
    return p + select_in_word(window(r, p) & low_bits(count), k);
  }

  /// The lowest `count` bits, 1 <= count <= 64.
  static std::uint64_t low_bits(int count) noexcept { return ~std::uint64_t{0} >> (64 - count); }

  /// The position of the k-th set bit of m (from 0); requires k < popcount(m).
  /// A binary search by halves, without branches: k is random, and a loop
  /// over the bits would mispredict its exit.
  static int select_in_word(std::uint64_t m, int k) noexcept {
    int position = 0;
    for (int width = 32; width >= 8; width /= 2) {
      const std::uint64_t low = m & ((std::uint64_t{1} << width) - 1);
      const int in_low = std::popcount(low);
      const int above = k >= in_low ? 1 : 0;
      k -= in_low & -above;
      position += width & -above;
      m = above ? m >> width : low;
    }
    return position + kSelectInByte[(m & 0xFF) * 8 + static_cast<std::uint64_t>(k)];
  }

 private:
  [[nodiscard]] std::size_t row_offset(int stored_row) const noexcept {
    return static_cast<std::size_t>(stored_row) * static_cast<std::size_t>(row_words_);
  }
  [[nodiscard]] std::uint64_t word(int stored_row, int w) const noexcept {
    return load(words_.data() + row_offset(stored_row) + static_cast<std::size_t>(w));
  }
  /// A relaxed atomic load: turns in parallel blocks read words whose other
  /// bits another thread may be writing (never the bits read for a count).
  static std::uint64_t load(const std::uint64_t* w) noexcept {
    return std::atomic_ref<std::uint64_t>(*const_cast<std::uint64_t*>(w))
        .load(std::memory_order_relaxed);
  }
  /// Bits p .. p + 63 of a stored row's padded run (bit i: position p + i).
  [[nodiscard]] std::uint64_t window(int stored_row, int p) const noexcept {
    const std::uint64_t* at = words_.data() + row_offset(stored_row) + (p >> 6);
    return shifted(at, p & 63);
  }
  /// 64 bits from bit `shift` of the word at `at`, the next word's low bits
  /// above them; (high << 1) << (63 - shift) avoids a shift by 64.
  static std::uint64_t shifted(const std::uint64_t* at, int shift) noexcept {
    return (load(at) >> shift) | ((load(at + 1) << 1) << (63 - shift));
  }

  /// The word of view `m`'s first row that holds dx = -reach, and in
  /// `shift` that position within it.
  [[nodiscard]] std::size_t view_start(const RowMasks& m, int cx, int cy,
                                       int& shift) const noexcept {
    const int first = cx + halo_ - m.reach;  // padded position of dx = -reach
    shift = first & 63;
    return row_offset(cy + halo_ - m.reach) + static_cast<std::size_t>(first >> 6);
  }

  template <bool Narrow>
  int count_rows(const RowMasks& m, int cx, int cy, int* through_row) const noexcept {
    int shift = 0;
    const std::uint64_t* at = words_.data() + view_start(m, cx, cy, shift);
    const auto rows = static_cast<int>(m.masks.size());
    int n = 0;
    for (int i = 0; i < rows; ++i, at += row_words_) {
      // A narrow row is one word, its spare bits 0.
      const std::uint64_t bits = Narrow ? load(at) >> shift : shifted(at, shift);
      n += std::popcount(bits & m.masks[static_cast<std::size_t>(i)]);
      if (through_row) through_row[i] = n;
    }
    return n;
  }

  template <bool On>
  void update(int x, int y, bool shared) noexcept {
    // A site within halo of an edge is also in the halo beyond the opposite
    // edge (in both, on a lattice narrower than twice the halo).
    const int p = x + halo_;
    const bool left_copy = p >= width_;
    const bool right_copy = x < halo_;
    const auto row = [&](int stored_row) {
      write<On>(stored_row, p, shared);
      if (left_copy) write<On>(stored_row, p - width_, shared);
      if (right_copy) write<On>(stored_row, p + width_, shared);
    };
    const int r = y + halo_;
    row(r);
    if (r >= height_) row(r - height_);
    if (y < halo_) row(r + height_);
  }

  template <bool On>
  void write(int stored_row, int p, bool shared) noexcept {
    std::uint64_t& w = words_[row_offset(stored_row) + static_cast<std::size_t>(p >> 6)];
    const std::uint64_t b = std::uint64_t{1} << (p & 63);
    if (shared) {
      std::atomic_ref<std::uint64_t> a(w);
      if constexpr (On) {
        a.fetch_or(b, std::memory_order_relaxed);
      } else {
        a.fetch_and(~b, std::memory_order_relaxed);
      }
    } else if constexpr (On) {
      w |= b;
    } else {
      w &= ~b;
    }
  }

  int width_ = 0;
  int height_ = 0;
  int halo_ = 0;
  int row_words_ = 1;
  bool narrow_ = true;  ///< a padded row fits one word
  std::vector<std::uint64_t> words_;
};

}  // namespace unrest
