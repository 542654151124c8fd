#include "unrest/core/random.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace unrest {
namespace {

enum class TestPurpose : std::uint32_t { A = 1, B = 2 };

TEST(RandomStream, SameKeyAndCounterGiveSameDraws) {
  const RandomStream a(42, 3);
  const RandomStream b(42, 3);
  EXPECT_EQ(a.draw(7, 11, TestPurpose::A).words, b.draw(7, 11, TestPurpose::A).words);
}

TEST(RandomStream, EachCounterFieldSeparatesStreams) {
  const RandomStream s(42, 0);
  const auto base = s.draw(7, 11, TestPurpose::A).words;
  EXPECT_NE(base, s.draw(8, 11, TestPurpose::A).words);
  EXPECT_NE(base, s.draw(7, 12, TestPurpose::A).words);
  EXPECT_NE(base, s.draw(7, 11, TestPurpose::B).words);
  EXPECT_NE(base, s.draw(7, 11, TestPurpose::A, 1).words);
  EXPECT_NE(base, RandomStream(43, 0).draw(7, 11, TestPurpose::A).words);
  EXPECT_NE(base, RandomStream(42, 1).draw(7, 11, TestPurpose::A).words);
}

TEST(RandomDraws, UniformIsInUnitIntervalWithMeanHalf) {
  const RandomStream s(1, 0);
  double sum = 0;
  const int n = 100'000;
  for (int i = 0; i < n; ++i) {
    const double u = s.draw(0, static_cast<std::uint64_t>(i), TestPurpose::A).uniform(i % 4);
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
  }
  // Mean of U(0,1) is 1/2 with standard error 1/sqrt(12 n) = 0.0009; 5 s.e.
  EXPECT_NEAR(sum / n, 0.5, 0.0046);
}

TEST(RandomDraws, BelowCoversTheRangeUniformly) {
  const RandomStream s(9, 0);
  std::array<int, 7> counts{};
  const int n = 70'000;
  for (int i = 0; i < n; ++i) {
    const auto k = s.draw(0, static_cast<std::uint64_t>(i), TestPurpose::B).below(7);
    ASSERT_LT(k, 7u);
    ++counts[k];
  }
  // Each bin expects 10,000 with s.d. sqrt(10000 * 6/7) = 93; allow 5 s.d.
  for (const int c : counts) EXPECT_NEAR(c, 10'000, 465);
}

TEST(RandomDraws, WordsOfOneDrawAreDistinct) {
  const auto d = RandomStream(5, 5).draw(1, 2, TestPurpose::A);
  const std::set<std::uint64_t> words(d.words.begin(), d.words.end());
  EXPECT_EQ(words.size(), 4u);
}

}  // namespace
}  // namespace unrest
