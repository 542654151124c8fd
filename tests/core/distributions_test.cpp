#include "unrest/core/distributions.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "unrest/core/random.hpp"

namespace unrest {
namespace {

enum class TestPurpose : std::uint32_t { A = 1 };

TEST(Distributions, NormalCdfKnownValues) {
  EXPECT_DOUBLE_EQ(normal_cdf(0), 0.5);
  EXPECT_NEAR(normal_cdf(1.959963984540054), 0.975, 1e-15);
  EXPECT_NEAR(normal_cdf(-1), 0.15865525393145707, 1e-15);
}

TEST(Distributions, NormalQuantileInvertsTheCdf) {
  for (double p = 1e-12; p < 1; p = p < 0.5 ? p * 3 : p + (1 - p) * 0.5) {
    EXPECT_NEAR(normal_cdf(normal_quantile(p)), p, 1e-14 * std::max(1.0, p / (1 - p))) << p;
  }
  EXPECT_NEAR(normal_quantile(0.975), 1.959963984540054, 1e-12);
  EXPECT_EQ(normal_quantile(0), -INFINITY);
}

TEST(Distributions, PoissonSumsToOne) {
  double total = 0, mean = 0;
  for (int k = 0; k < 100; ++k) {
    total += poisson_pmf(k, 4.5);
    mean += k * poisson_pmf(k, 4.5);
  }
  EXPECT_NEAR(total, 1, 1e-12);
  EXPECT_NEAR(mean, 4.5, 1e-12);
  EXPECT_NEAR(poisson_pmf(2, 1), std::exp(-1) / 2, 1e-15);
}

TEST(Distributions, PoissonDrawsHaveTheRightMeanAndVariance) {
  for (const double mean : {0.3, 4.0, 29.0, 31.0, 500.0}) {
    double sum = 0, sq = 0;
    const int n = 20'000;
    for (int i = 0; i < n; ++i) {
      const auto d = RandomStream(1, 0).draw(0, static_cast<std::uint64_t>(i), TestPurpose::A);
      const auto k = static_cast<double>(poisson_draw(mean, d.words[0], d.words[1]));
      sum += k;
      sq += k * k;
    }
    const double m = sum / n;
    const double var = sq / n - m * m;
    EXPECT_NEAR(m, mean, 5 * std::sqrt(mean / n)) << mean;
    EXPECT_NEAR(var / mean, 1.0, 0.05) << mean;
  }
  EXPECT_EQ(poisson_draw(0, 1, 2), 0u);
}

TEST(Distributions, StochasticRoundingKeepsTheMean) {
  double sum = 0;
  for (int i = 0; i < 10'000; ++i) {
    sum += static_cast<double>(stochastic_round(
        2.25, RandomStream(2, 0).draw(0, static_cast<std::uint64_t>(i), TestPurpose::A).words[0]));
  }
  EXPECT_NEAR(sum / 10'000, 2.25, 0.03);
  EXPECT_EQ(stochastic_round(3.0, 12345), 3u);
}

TEST(Distributions, OpenUnitNeverReachesTheEnds) {
  EXPECT_GT(open_unit(0), 0);
  EXPECT_LT(open_unit(~std::uint64_t{0}), 1);
}

}  // namespace
}  // namespace unrest
