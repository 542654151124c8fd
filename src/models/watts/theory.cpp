#include "unrest/models/watts/theory.hpp"

#include <algorithm>
#include <cmath>

#include "unrest/core/distributions.hpp"
#include "unrest/models/watts/cascade.hpp"

namespace unrest::watts {

namespace {

/// P(phi <= x) for continuous threshold distributions.
double phi_cdf(const Params& p, double x) {
  if (p.threshold == ThresholdKind::Normal) {
    return p.phi_sd == 0 ? (p.phi <= x ? 1.0 : 0.0) : normal_cdf((x - p.phi) / p.phi_sd);
  }
  if (p.phi_high == p.phi_low) return p.phi_low <= x ? 1.0 : 0.0;
  return std::clamp((x - p.phi_low) / (p.phi_high - p.phi_low), 0.0, 1.0);
}

double binomial(std::uint32_t n, std::uint32_t k, double q) {
  if (q <= 0) return k == 0 ? 1.0 : 0.0;
  if (q >= 1) return k == n ? 1.0 : 0.0;
  return std::exp(std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0) +
                  k * std::log(q) + (n - k) * std::log1p(-q));
}

/// Iterates x <- f(x) from x0 until it settles (monotone maps).
template <class F>
double fixed_point(F&& f, double x0) {
  double x = x0;
  for (int i = 0; i < 100'000; ++i) {
    const double next = f(x);
    if (std::abs(next - x) < 1e-13) return next;
    x = next;
  }
  return x;
}

}  // namespace

DegreeDistribution poisson_degrees(double z) {
  DegreeDistribution d;
  d.mean = z;
  for (std::int64_t k = 0;; ++k) {
    const double pk = poisson_pmf(k, z);
    d.p.push_back(pk);
    if (static_cast<double>(k) > z && pk < 1e-16) break;
  }
  return d;
}

DegreeDistribution empirical_degrees(const std::vector<double>& degrees) {
  DegreeDistribution d;
  for (const double x : degrees) {
    const auto k = static_cast<std::size_t>(x);
    if (d.p.size() <= k) d.p.resize(k + 1, 0.0);
    d.p[k] += 1;
    d.mean += x;
  }
  for (double& pk : d.p) pk /= static_cast<double>(degrees.size());
  d.mean /= static_cast<double>(degrees.size());
  return d;
}

DegreeDistribution degree_distribution(const Params& p) {
  return p.graph == GraphKind::Configuration ? empirical_degrees(p.degrees)
                                             : poisson_degrees(p.mean_degree);
}

double activation_probability(const Params& p, std::uint32_t m, std::uint32_t k) {
  if (m == 0 || k == 0) return 0.0;
  if (p.threshold == ThresholdKind::Fixed) return required_active(p.phi, k) <= m ? 1.0 : 0.0;
  return phi_cdf(p, static_cast<double>(m) / k);
}

CascadeTheory cascade_theory(const Params& params, const DegreeDistribution& d) {
  CascadeTheory t;
  const double z = d.mean;
  const auto kmax = static_cast<std::uint32_t>(d.p.size());
  std::vector<double> rho(kmax, 0.0);
  double g0_second = 0;
  for (std::uint32_t k = 1; k < kmax; ++k) {
    rho[k] = activation_probability(params, 1, k);
    t.vulnerable_share += rho[k] * d.p[k];
    g0_second += static_cast<double>(k) * (k - 1) * rho[k] * d.p[k];
  }
  if (z <= 0) return t;
  t.condition = g0_second / z;

  // u: the probability that an edge does not lead into the giant vulnerable
  // cluster: it ends at a node that is not vulnerable, or at a vulnerable node
  // none of whose other edges leads there. u = 1 - G1(1) + G1(u).
  const auto g1 = [&](double x) {
    double s = 0;
    for (std::uint32_t k = 1; k < kmax; ++k) s += k * rho[k] * d.p[k] * std::pow(x, k - 1.0);
    return s / z;
  };
  const double g1_at_1 = g1(1.0);
  const double u = fixed_point([&](double x) { return 1 - g1_at_1 + g1(x); }, 0.0);
  double g0_u = 0, g_u = 0;
  for (std::uint32_t k = 0; k < kmax; ++k) {
    g0_u += rho[k] * d.p[k] * std::pow(u, k);
    g_u += d.p[k] * std::pow(u, k);
  }
  t.vulnerable_cluster = t.vulnerable_share - g0_u;
  t.frequency = 1 - g_u;  // some neighbour of the seed is in the giant vulnerable cluster

  // Gleeson and Cahalane (2007) with a vanishing seed: q, the probability that
  // a neighbour reached along an edge is active, is the smallest fixed point
  // above 0 of q = sum_k (k p_k / z) sum_m Bin(m; k - 1, q) F(m, k); the
  // active share is then sum_k p_k sum_m Bin(m; k, q) F(m, k).
  if (t.condition <= 1) return t;
  const auto edge_map = [&](double q) {
    double s = 0;
    for (std::uint32_t k = 1; k < kmax; ++k) {
      double inner = 0;
      for (std::uint32_t m = 1; m < k; ++m)
        inner += binomial(k - 1, m, q) * activation_probability(params, m, k);
      s += k * d.p[k] / z * inner;
    }
    return s;
  };
  const double q = fixed_point(edge_map, 1e-6);
  for (std::uint32_t k = 1; k < kmax; ++k) {
    double inner = 0;
    for (std::uint32_t m = 1; m <= k; ++m)
      inner += binomial(k, m, q) * activation_probability(params, m, k);
    t.size += d.p[k] * inner;
  }
  return t;
}

double cascade_condition(const Params& params, const DegreeDistribution& d) {
  if (d.mean <= 0) return 0;
  double g0_second = 0;
  for (std::uint32_t k = 2; k < d.p.size(); ++k) {
    g0_second += static_cast<double>(k) * (k - 1) * activation_probability(params, 1, k) * d.p[k];
  }
  return g0_second / d.mean;
}

std::optional<std::pair<double, double>> cascade_window(const Params& params) {
  const auto holds = [&](double z) { return cascade_condition(params, poisson_degrees(z)) > 1; };
  // Scan, then refine each end by bisection.
  constexpr double kStep = 0.05;
  double first = -1, last = -1;
  for (double z = kStep; z <= 100; z += kStep) {
    if (holds(z)) {
      if (first < 0) first = z;
      last = z;
    } else if (first >= 0) {
      break;
    }
  }
  if (first < 0) return std::nullopt;
  const auto refine = [&](double inside, double outside) {
    for (int i = 0; i < 50; ++i) {
      const double mid = (inside + outside) / 2;
      (holds(mid) ? inside : outside) = mid;
    }
    return (inside + outside) / 2;
  };
  return std::pair{refine(first, first - kStep), refine(last, last + kStep)};
}

}  // namespace unrest::watts
