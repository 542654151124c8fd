#include "unrest/space/row_bits.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <random>
#include <vector>

namespace unrest {
namespace {

// The sites of `n` around `centre` that `truth` marks, in for_each_run's order.
std::vector<CellIndex> marked_in_view(const TorusGrid& g, const Neighbourhood& n, CellIndex centre,
                                      const std::vector<bool>& truth) {
  std::vector<CellIndex> out;
  g.for_each_cell(centre, n, [&](CellIndex c) {
    if (truth[c]) out.push_back(c);
  });
  return out;
}

// A random pattern written site by site (with clears among the sets, so the
// halo's copies must follow both), then every view at every centre counted
// and selected both ways: by row masks (reach <= 31) and by padded runs. The
// lattices are narrow (a padded row in one word), wide (several words) and
// smaller than twice the halo in one direction (a site copied on both sides).
TEST(RowBits, CountsAndSelectsInEveryViewAgreeWithAScanOfTheTorus) {
  std::mt19937_64 gen(11);
  struct Case {
    int width, height;
    double radius;
  };
  for (const Case c : {Case{40, 40, 7}, Case{150, 19, 4.5}, Case{9, 70, 4}, Case{13, 13, 6}}) {
    for (const auto shape : {NeighbourhoodShape::Disk, NeighbourhoodShape::VonNeumann,
                             NeighbourhoodShape::Moore, NeighbourhoodShape::Cross}) {
      const TorusGrid g(c.width, c.height);
      const Neighbourhood n(shape, c.radius);
      ASSERT_TRUE(g.fits(n));
      const int halo = n.reach() + 1;  // a halo wider than the view is allowed
      const RowMasks masks(n);
      ASSERT_TRUE(masks.usable());
      RowBits bits(c.width, c.height, halo);
      std::vector<bool> truth(g.cells(), false);
      std::bernoulli_distribution on(0.4);
      for (int pass = 0; pass < 2; ++pass) {
        for (CellIndex cell = 0; cell < g.cells(); ++cell) {
          const bool value = on(gen);
          truth[cell] = value;
          if (value) {
            bits.set(g.x_of(cell), g.y_of(cell));
          } else {
            bits.clear(g.x_of(cell), g.y_of(cell));
          }
        }
      }
      for (CellIndex centre = 0; centre < g.cells(); ++centre) {
        const auto expected = marked_in_view(g, n, centre, truth);
        const int x = g.x_of(centre);
        const int y = g.y_of(centre);
        std::vector<int> through_row(masks.masks.size());
        ASSERT_EQ(bits.count_view(masks, x, y, through_row.data()),
                  static_cast<int>(expected.size()));
        int by_runs = 0;
        g.for_each_padded_run(centre, n, halo, [&](int row, int first, int count) {
          by_runs += bits.count(row, first, count);
        });
        ASSERT_EQ(by_runs, static_cast<int>(expected.size()));
        for (std::size_t k = 0; k < expected.size(); ++k) {
          int sx = -1;
          int sy = -1;
          bits.select_view(masks, x, y, through_row.data(), static_cast<int>(k), sx, sy);
          ASSERT_EQ(g.index(sx, sy), expected[k]) << "centre " << centre << " k " << k;
        }
      }
    }
  }
}

TEST(RowBits, FillAndTest) {
  RowBits bits(70, 5, 3, true);
  for (int y = 0; y < 5; ++y)
    for (int x = 0; x < 70; ++x) ASSERT_TRUE(bits.test(x, y));
  bits.clear(0, 0);
  EXPECT_FALSE(bits.test(0, 0));
  EXPECT_EQ(bits.count(4, 0, 70 + 6), 76);      // a row with its halo, across two words
  EXPECT_EQ(bits.count(0, 0, 70 + 6), 76 - 2);  // the site and its copy in the right halo
  bits.fill(false);
  EXPECT_EQ(bits.count(0, 0, 76), 0);
}

TEST(RowBits, SelectInWordAgreesWithClearingTheLowestBits) {
  std::mt19937_64 gen(3);
  for (int trial = 0; trial < 2000; ++trial) {
    std::uint64_t m = gen() & gen();
    if (trial % 3 == 0) m &= 0x7FFF;  // the short windows of a narrow view
    if (m == 0) continue;
    std::uint64_t rest = m;
    for (int k = 0; k < std::popcount(m); ++k) {
      ASSERT_EQ(RowBits::select_in_word(m, k), std::countr_zero(rest)) << m << " k " << k;
      rest &= rest - 1;
    }
  }
}

TEST(RowMasks, TooWideAViewIsNotUsable) {
  EXPECT_TRUE(RowMasks(Neighbourhood(NeighbourhoodShape::Moore, 31)).usable());
  EXPECT_FALSE(RowMasks(Neighbourhood(NeighbourhoodShape::Moore, 32)).usable());
}

}  // namespace
}  // namespace unrest
