#include "unrest/space/row_bits.hpp"

namespace unrest {

RowMasks::RowMasks(const Neighbourhood& n) : reach(n.reach()) {
  if (2 * reach + 1 > 64) return;  // too wide for one window: not usable
  masks.assign(static_cast<std::size_t>(2 * reach + 1), 0);
  for (const RowSpan& s : n.spans()) {
    for (int dx = s.dx_first; dx <= s.dx_last; ++dx) {
      masks[static_cast<std::size_t>(s.dy + reach)] |= std::uint64_t{1} << (dx + reach);
    }
  }
}

RowBits::RowBits(int width, int height, int halo, bool value)
    : width_(width),
      height_(height),
      halo_(halo),
      // One spare word a row: a 64-bit window from any padded position reads
      // whole words of its own row.
      row_words_((width + 2 * halo + 63) / 64 + 1),
      narrow_(width + 2 * halo <= 64),
      words_(static_cast<std::size_t>(row_words_) * static_cast<std::size_t>(height + 2 * halo),
             0) {
  fill(value);
}

void RowBits::fill(bool value) noexcept {
  for (auto& w : words_) w = 0;
  if (!value) return;
  const int padded_width = width_ + 2 * halo_;
  for (int r = 0; r < height_ + 2 * halo_; ++r) {
    for (int p = 0; p < padded_width; ++p) write<true>(r, p, false);
  }
}

void RowBits::select_view(const RowMasks& m, int cx, int cy, const int* per_row, int k, int& x,
                          int& y) const noexcept {
  int i = 0;
  while (k >= per_row[i]) k -= per_row[i++];
  const int first = cx + halo_ - m.reach;
  const int stored_row = cy + halo_ - m.reach + i;
  const int p = first + select_in_word(window(stored_row, first) & m.masks[static_cast<std::size_t>(i)], k);
  x = p - halo_;
  x += x < 0 ? width_ : 0;
  x -= x >= width_ ? width_ : 0;
  y = stored_row - halo_;
  y += y < 0 ? height_ : 0;
  y -= y >= height_ ? height_ : 0;
}

}  // namespace unrest
