#include "unrest/space/torus.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <vector>

namespace unrest {
namespace {

TEST(Neighbourhood, SizesOfTheClassicShapes) {
  // The Euclidean disk of radius 1.7 is the 8 Moore neighbours (Epstein's Run 1).
  EXPECT_EQ(Neighbourhood(NeighbourhoodShape::Disk, 1.7).size(), 8);
  // Radius 7: 149 lattice points within distance 7, less the centre.
  EXPECT_EQ(Neighbourhood(NeighbourhoodShape::Disk, 7).size(), 148);
  EXPECT_EQ(Neighbourhood(NeighbourhoodShape::VonNeumann, 7).size(), 112);
  EXPECT_EQ(Neighbourhood(NeighbourhoodShape::Moore, 7).size(), 224);
  EXPECT_EQ(Neighbourhood(NeighbourhoodShape::Cross, 7).size(), 28);
  EXPECT_EQ(Neighbourhood(NeighbourhoodShape::Disk, 0.5).size(), 0);
  EXPECT_EQ(Neighbourhood(NeighbourhoodShape::Disk, 7).reach(), 7);
}

TEST(TorusGrid, WrapsCoordinates) {
  const TorusGrid g(10, 5);
  EXPECT_EQ(g.wrap_x(-1), 9);
  EXPECT_EQ(g.wrap_x(10), 0);
  EXPECT_EQ(g.wrap_y(-6), 4);
  EXPECT_EQ(g.x_of(g.index(3, 4)), 3);
  EXPECT_EQ(g.y_of(g.index(3, 4)), 4);
}

// The row of a cell comes from a multiply by a precomputed inverse, not a
// division: exact for every width, at every cell a lattice can index.
TEST(TorusGrid, RowAndColumnOfACellAreExactForEveryWidth) {
  std::mt19937 gen(5);
  std::vector<int> widths;
  for (int w = 1; w <= 300; ++w) widths.push_back(w);
  for (const int w : {1000, 1024, 4096, 65535, 65536, 100'000, 1'000'003}) widths.push_back(w);
  for (const int w : widths) {
    const TorusGrid g(w, 1);
    std::vector<CellIndex> cells{0,
                                 1,
                                 static_cast<CellIndex>(w - 1),
                                 static_cast<CellIndex>(w),
                                 0xFFFFFFFFU,
                                 0xFFFFFFFFU - static_cast<CellIndex>(w)};
    for (int i = 0; i < 200; ++i) cells.push_back(static_cast<CellIndex>(gen()));
    for (const CellIndex c : cells) {
      ASSERT_EQ(g.y_of(c), static_cast<int>(c / static_cast<CellIndex>(w))) << w << " " << c;
      ASSERT_EQ(g.x_of(c), static_cast<int>(c % static_cast<CellIndex>(w))) << w << " " << c;
    }
  }
}

// Every shape, at every centre including corners, yields exactly the sites at
// the right offsets, each once, never the centre.
TEST(TorusGrid, RunsCoverTheNeighbourhoodExactlyOnceAcrossTheEdges) {
  const TorusGrid g(17, 15);
  for (const auto shape : {NeighbourhoodShape::Disk, NeighbourhoodShape::VonNeumann,
                           NeighbourhoodShape::Moore, NeighbourhoodShape::Cross}) {
    const Neighbourhood n(shape, 4.5);
    ASSERT_TRUE(g.fits(n));
    for (CellIndex centre = 0; centre < g.cells(); ++centre) {
      std::multiset<CellIndex> seen;
      g.for_each_cell(centre, n, [&](CellIndex c) { seen.insert(c); });
      ASSERT_EQ(seen.size(), static_cast<std::size_t>(n.size()));
      ASSERT_EQ(std::set<CellIndex>(seen.begin(), seen.end()).size(), seen.size());
      ASSERT_FALSE(seen.contains(centre));
      for (const CellIndex c : seen) {
        int dx = std::abs(g.x_of(c) - g.x_of(centre));
        int dy = std::abs(g.y_of(c) - g.y_of(centre));
        dx = std::min(dx, g.width() - dx);
        dy = std::min(dy, g.height() - dy);
        ASSERT_LE(std::max(dx, dy), n.reach());
        if (shape == NeighbourhoodShape::Disk) {
          ASSERT_LE(dx * dx + dy * dy, 4.5 * 4.5);
        }
        if (shape == NeighbourhoodShape::VonNeumann) {
          ASSERT_LE(dx + dy, 4);
        }
        if (shape == NeighbourhoodShape::Cross) {
          ASSERT_TRUE(dx == 0 || dy == 0);
        }
      }
    }
  }
}

TEST(TorusGrid, KnowsWhenANeighbourhoodWouldWrapOntoItself) {
  EXPECT_TRUE(TorusGrid(15, 15).fits(Neighbourhood(NeighbourhoodShape::Disk, 7)));
  EXPECT_FALSE(TorusGrid(14, 40).fits(Neighbourhood(NeighbourhoodShape::Disk, 7)));
}

}  // namespace
}  // namespace unrest
