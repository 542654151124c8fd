#include "unrest/space/row_bits.hpp"

namespace unrest {

namespace {

constexpr std::array<std::uint8_t, 256 * 8> select_in_byte_table() {
  std::array<std::uint8_t, 256 * 8> table{};
  for (int b = 0; b < 256; ++b) {
    int k = 0;
    for (int bit = 0; bit < 8; ++bit) {
      if ((b >> bit) & 1)
        table[static_cast<std::size_t>(b * 8 + k++)] = static_cast<std::uint8_t>(bit);
    }
  }
  return table;
}

}  // namespace

const std::array<std::uint8_t, 256 * 8> kSelectInByte = select_in_byte_table();

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
    for (int p = 0; p < padded_width; ++p) {
      words_[row_offset(r) + static_cast<std::size_t>(p >> 6)] |= std::uint64_t{1} << (p & 63);
    }
  }
}

void RowBits::select_view(const RowMasks& m, int cx, int cy, const int* through_row, int k, int& x,
                          int& y) const noexcept {
  // The row holding the k-th bit: the first whose running total exceeds k,
  // by a binary search that compiles to conditional moves (k is random).
  const int* first_row = through_row;
  for (auto count = static_cast<int>(m.masks.size()); count > 0;) {
    const int step = count / 2;
    const bool after = first_row[step] <= k;
    first_row = after ? first_row + step + 1 : first_row;
    count = after ? count - step - 1 : step;
  }
  const auto i = static_cast<int>(first_row - through_row);
  k -= i > 0 ? through_row[i - 1] : 0;
  const int first = cx + halo_ - m.reach;
  const int stored_row = cy + halo_ - m.reach + i;
  const int p =
      first + select_in_word(window(stored_row, first) & m.masks[static_cast<std::size_t>(i)], k);
  x = wrap_once(p - halo_, width_);
  y = wrap_once(stored_row - halo_, height_);
}

}  // namespace unrest
