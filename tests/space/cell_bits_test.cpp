#include "unrest/space/cell_bits.hpp"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace unrest {
namespace {

TEST(CellBits, SetClearAndTest) {
  CellBits bits(130);
  for (const CellIndex c : {0U, 63U, 64U, 129U}) {
    EXPECT_FALSE(bits.test(c));
    bits.set(c);
    EXPECT_TRUE(bits.test(c));
  }
  bits.clear(64);
  EXPECT_FALSE(bits.test(64));
  EXPECT_TRUE(bits.test(63));
  CellBits full(70, true);
  EXPECT_EQ(full.count(0, 70), 70);
  full.fill(false);
  EXPECT_EQ(full.count(0, 70), 0);
}

// Counting and selecting in every range of a random pattern agree with a scan
// of the same pattern: ranges inside one word, across two, across several, at
// word edges, of length 1 and empty.
TEST(CellBits, CountAndSelectAgreeWithAScan) {
  std::mt19937_64 gen(7);
  for (const double density : {0.05, 0.5, 0.95}) {
    const CellIndex cells = 300;
    std::vector<bool> truth(cells);
    CellBits bits(cells);
    std::bernoulli_distribution on(density);
    for (CellIndex c = 0; c < cells; ++c) {
      truth[c] = on(gen);
      if (truth[c]) bits.set(c);
    }
    for (CellIndex first = 0; first < cells; first += 7) {
      for (CellIndex count = 0; first + count <= cells; count += 5) {
        std::vector<CellIndex> set;
        for (CellIndex c = first; c < first + count; ++c)
          if (truth[c]) set.push_back(c);
        ASSERT_EQ(bits.count(first, count), static_cast<int>(set.size())) << first << "+" << count;
        for (std::size_t k = 0; k < set.size(); ++k) {
          ASSERT_EQ(bits.select(first, count, static_cast<int>(k)), set[k])
              << first << "+" << count << " k=" << k;
        }
      }
    }
  }
}

}  // namespace
}  // namespace unrest
