#include "unrest/core/distributions.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace unrest {
namespace {

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

TEST(Distributions, OpenUnitNeverReachesTheEnds) {
  EXPECT_GT(open_unit(0), 0);
  EXPECT_LT(open_unit(~std::uint64_t{0}), 1);
}

}  // namespace
}  // namespace unrest
