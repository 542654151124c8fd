// The component kernel: draws inside the support, distributed as the
// truncated normal, with a density that integrates to one on the support.

#include "unrest/ensemble/truncated_kernel.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace unrest::ensemble {
namespace {

/// The truncated density of one coordinate at x, integrated by the midpoint
/// rule over [low, high] in n steps.
double integral(const TruncatedKernel& kernel, double centre, double low, double high,
                int n = 20000) {
  const double h = (high - low) / n;
  double sum = 0;
  for (int i = 0; i < n; ++i)
    sum += std::exp(kernel.log_density({low + (i + 0.5) * h}, {centre})) * h;
  return sum;
}

TEST(TruncatedKernel, TheDensityIntegratesToOneOnTheSupport) {
  // A centre in the middle, at a bound, and a kernel far wider than the support.
  EXPECT_NEAR(integral(TruncatedKernel({0.1}, {{0, 1}}), 0.5, 0, 1), 1, 1e-6);
  EXPECT_NEAR(integral(TruncatedKernel({0.1}, {{0, 1}}), 0.0, 0, 1), 1, 1e-6);
  EXPECT_NEAR(integral(TruncatedKernel({10}, {{0, 1}}), 1.0, 0, 1), 1, 1e-6);
  // Outside the support the density is zero.
  EXPECT_EQ(TruncatedKernel({0.1}, {{0, 1}}).log_density({1.01}, {0.5}),
            -std::numeric_limits<double>::infinity());
  EXPECT_EQ(TruncatedKernel({0.1}, {{0, 1}}).log_density({-0.01}, {0.5}),
            -std::numeric_limits<double>::infinity());
}

TEST(TruncatedKernel, WithoutBoundsItIsTheNormal) {
  const double inf = std::numeric_limits<double>::infinity();
  const TruncatedKernel kernel({2.0}, {{-inf, inf}});
  const double x = 1.3, centre = 0.4, t = (x - centre) / 2.0;
  EXPECT_NEAR(kernel.log_density({x}, {centre}),
              -0.5 * t * t - std::log(2.0 * std::sqrt(2 * std::numbers::pi)), 1e-12);
  EXPECT_NEAR(normal_cdf(0), 0.5, 1e-15);
  EXPECT_NEAR(normal_cdf(1.959963984540054), 0.975, 1e-12);
}

TEST(TruncatedKernel, DrawsAreTheTruncatedNormalsQuantiles) {
  // Centre at the lower bound of [0, 1], sd 0.2: a half-normal cut at 5 sd.
  const TruncatedKernel kernel({0.2}, {{0, 1}});
  const int n = 100000;
  double sum = 0;
  for (int i = 0; i < n; ++i) {
    const double u = (i + 0.5) / n;
    const double x = kernel.perturb({0.0}, {u})[0];
    ASSERT_GE(x, 0);
    ASSERT_LE(x, 1);
    sum += x;
  }
  // The half-normal's mean, sd sqrt(2 / pi) (the cut at 5 sd changes it by < 1e-5).
  EXPECT_NEAR(sum / n, 0.2 * std::sqrt(2 / std::numbers::pi), 1e-4);
  // The median draw is the half-normal's median, 0.6745 sd (the cut at 5 sd
  // moves it by 1e-7).
  EXPECT_NEAR(kernel.perturb({0.0}, {0.5})[0], 0.2 * 0.6744897501960817, 1e-6);
}

TEST(TruncatedKernel, AFarTruncationKeepsItsPrecision) {
  // The support starts 30 sd above the centre: the draws come from the
  // upper tail, inside the support and close to its lower end.
  const TruncatedKernel kernel({1.0}, {{30, 40}});
  for (const double u : {1e-9, 0.5, 1 - 1e-9}) {
    const double x = kernel.perturb({0.0}, {u})[0];
    EXPECT_GE(x, 30) << u;
    EXPECT_LT(x, 31) << u;  // the tail falls by e^-30 per unit here
  }
  EXPECT_TRUE(std::isfinite(kernel.log_density({30.01}, {0.0})));
  // Each coordinate is its own: a second one, unbounded, is untouched.
  const double inf = std::numeric_limits<double>::infinity();
  const TruncatedKernel two({1.0, 1.0}, {{30, 40}, {-inf, inf}});
  EXPECT_NEAR(two.perturb({0.0, 5.0}, {0.5, 0.5})[1], 5.0, 1e-12);
}

}  // namespace
}  // namespace unrest::ensemble
