#include "unrest/ensemble/priors.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace unrest::ensemble {
namespace {

Prior make(PriorKind kind, double low, double high, double mean = 0, double sd = 1) {
  return Prior{"x", kind, low, high, mean, sd};
}

/// Composite Simpson's rule with n (even) intervals.
double simpson(const std::function<double(double)>& f, double a, double b, int n = 20000) {
  const double h = (b - a) / n;
  double sum = f(a) + f(b);
  for (int i = 1; i < n; ++i) sum += f(a + i * h) * (i % 2 == 1 ? 4 : 2);
  return sum * h / 3;
}

/// P(low <= X <= x) by integrating the density: in log x for a log-uniform
/// prior (density(e^s) e^s ds, e^s kept inside the support where exp(log(high))
/// rounds above high), and over at most 12 sd either side of the mean for a
/// normal with an infinite bound (the rest is below 1e-32).
double cdf_by_integration(const Prior& p, double x) {
  if (p.kind == PriorKind::LogUniform) {
    const auto inside = [&](double s) { return std::clamp(std::exp(s), p.low, p.high); };
    return simpson([&](double s) { return p.density(inside(s)) * inside(s); }, std::log(p.low),
                   std::log(x));
  }
  const double from = std::max(p.low, p.mean - 12 * p.sd);
  return simpson([&](double t) { return p.density(t); }, from, x);
}

std::vector<Prior> valid_priors() {
  return {make(PriorKind::Uniform, 0.5, 0.75),
          make(PriorKind::LogUniform, 1e-5, 1e-3),
          make(PriorKind::Normal, 0.5, 0.7, 0.6, 0.05),
          make(PriorKind::Normal, -INFINITY, INFINITY, 2, 3),
          make(PriorKind::Normal, 1, INFINITY, 0, 1),
          make(PriorKind::Normal, -INFINITY, -4, 0, 1),
          make(PriorKind::Normal, 5, 6, 0, 1)};  // far tail: keeps 2.9e-7 of the mass
}

TEST(Priors, DensitiesIntegrateToOne) {
  for (const Prior& p : valid_priors()) {
    const double top = std::min(p.high, p.mean + 12 * p.sd);
    const double upper = p.kind == PriorKind::Normal ? top : p.high;
    // Simpson's error on these smooth densities with 20000 intervals is < 1e-10.
    EXPECT_NEAR(cdf_by_integration(p, upper), 1.0, 1e-9) << p.describe();
  }
}

TEST(Priors, QuantileInvertsTheCdf) {
  for (const Prior& p : valid_priors()) {
    double previous = -INFINITY;
    for (const double u : {1e-6, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 1 - 1e-6}) {
      const double x = p.quantile(u);
      EXPECT_TRUE(p.contains(x)) << p.describe() << " u = " << u;
      EXPECT_GT(x, previous) << p.describe() << " u = " << u;
      previous = x;
      // Integration error < 1e-10 plus the quantile's own (normal_quantile:
      // relative 1e-15): 1e-8 is generous.
      EXPECT_NEAR(cdf_by_integration(p, x), u, 1e-8) << p.describe() << " u = " << u;
    }
  }
}

TEST(Priors, ClosedFormsOfTheUniformKinds) {
  const Prior uniform = make(PriorKind::Uniform, 0.5, 0.75);
  EXPECT_DOUBLE_EQ(uniform.quantile(0.5), 0.625);
  EXPECT_DOUBLE_EQ(uniform.density(0.6), 4.0);
  const Prior log_uniform = make(PriorKind::LogUniform, 1e-5, 1e-3);
  EXPECT_NEAR(log_uniform.quantile(0.5), 1e-4, 1e-16);
  EXPECT_NEAR(log_uniform.density(1e-4), 1 / (1e-4 * std::log(100.0)), 1e-9);
  // Untruncated, the normal prior is the normal itself.
  const Prior normal = make(PriorKind::Normal, -INFINITY, INFINITY, 2, 3);
  EXPECT_NEAR(normal.quantile(0.975), 2 + 3 * 1.959963984540054, 1e-12);
  EXPECT_NEAR(normal.density(2), 1 / (3 * std::sqrt(2 * M_PI)), 1e-15);
}

TEST(Priors, ContainsIsTheClosedSupport) {
  const Prior p = make(PriorKind::Uniform, 0.5, 0.75);
  EXPECT_TRUE(p.contains(0.5));
  EXPECT_TRUE(p.contains(0.75));
  EXPECT_TRUE(p.contains(0.6));
  EXPECT_FALSE(p.contains(0.4999));
  EXPECT_FALSE(p.contains(0.7501));
  EXPECT_FALSE(p.contains(NAN));
  EXPECT_EQ(p.density(0.8), 0.0);
  const Prior half = make(PriorKind::Normal, 1, INFINITY, 0, 1);
  EXPECT_TRUE(half.contains(1e300));
  EXPECT_FALSE(half.contains(0.999));
  EXPECT_EQ(half.density(0.5), 0.0);
}

TEST(Priors, Describe) {
  EXPECT_EQ(make(PriorKind::Uniform, 0.5, 0.75).describe(), "uniform(0.5, 0.75)");
  EXPECT_EQ(make(PriorKind::LogUniform, 1e-5, 1e-3).describe(), "log-uniform(1e-05, 0.001)");
  EXPECT_EQ(make(PriorKind::Normal, 0.5, 0.7, 0.6, 0.05).describe(),
            "normal(0.6, 0.05) on [0.5, 0.7]");
  EXPECT_EQ(make(PriorKind::Normal, -INFINITY, INFINITY, 2, 3).describe(), "normal(2, 3)");
}

/// The message check_prior throws, or "" if it accepts the prior.
std::string rejection(const Prior& p) {
  try {
    check_prior(p);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

TEST(Priors, CheckPriorAcceptsValidPriors) {
  for (const Prior& p : valid_priors()) EXPECT_EQ(rejection(p), "") << p.describe();
}

TEST(Priors, CheckPriorRejectsImpossiblePriors) {
  struct Case {
    Prior prior;
    std::string expected;  // a part of the message
  };
  const std::vector<Case> cases = {
      {make(PriorKind::Uniform, 1, 1), "low < high"},
      {make(PriorKind::Uniform, 2, 1), "low < high"},
      {make(PriorKind::Uniform, 0, INFINITY), "finite bounds"},
      {make(PriorKind::Uniform, NAN, 1), "not a number"},
      {make(PriorKind::LogUniform, 0, 1), "0 < low"},
      {make(PriorKind::LogUniform, -1, 1), "0 < low"},
      {make(PriorKind::Normal, 0, 1, 0.5, 0), "sd > 0"},
      {make(PriorKind::Normal, 0, 1, 0.5, -1), "sd > 0"},
      {make(PriorKind::Normal, 0, 1, NAN, 1), "finite mean"},
      {make(PriorKind::Normal, 40, 41, 0, 1), "keeps only"},
      {make(PriorKind::Normal, -INFINITY, -40, 0, 1), "keeps only"},
  };
  for (const Case& c : cases) {
    const std::string message = rejection(c.prior);
    EXPECT_NE(message.find(c.expected), std::string::npos) << "message: " << message;
    EXPECT_NE(message.find("'x'"), std::string::npos) << "names the parameter: " << message;
  }
}

}  // namespace
}  // namespace unrest::ensemble
