#include "unrest/ensemble/abc_smc.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <optional>
#include <set>
#include <stdexcept>
#include <utility>
#include <variant>

#include "unrest/core/distributions.hpp"
#include "unrest/core/random.hpp"
#include "unrest/ensemble/truncated_kernel.hpp"

namespace unrest::ensemble {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// The run key of the algorithm's own stream (the seed is the caller's).
constexpr std::uint64_t kStreamRun = 0x0abc;

/// The algorithm's random decisions, each with its own stream.
enum class AbcPurpose : std::uint32_t { PriorDraw = 1, AncestorPick = 2, Perturbation = 3 };

// ---------------------------------------------------------------------------
// Random numbers: draw (tick = generation, agent = attempt, purpose, index).

/// The k-th uniform of one proposal's decision: word k % 4 of draw k / 4, so
/// four parameters share one Philox call. Open, so quantiles stay finite.
double uniform_for(const RandomStream& stream, std::size_t generation, std::uint64_t attempt,
                   AbcPurpose purpose, std::size_t k) {
  const auto draws = stream.draw(generation, attempt, purpose, static_cast<std::uint32_t>(k / 4));
  return open_unit(draws.words[k % 4]);
}

// ---------------------------------------------------------------------------
// The kernel space: log(theta) for a log-uniform parameter, theta otherwise.

double to_kernel_space(const Prior& prior, double theta) {
  return prior.kind == PriorKind::LogUniform ? std::log(theta) : theta;
}

double to_natural_scale(const Prior& prior, double z) {
  return prior.kind == PriorKind::LogUniform ? std::exp(z) : z;
}

/// A point of the parameter space in both coordinates.
struct Point {
  std::vector<double> z;      ///< kernel space
  std::vector<double> theta;  ///< natural scale
};

Point from_natural(const std::vector<Prior>& priors, std::vector<double> theta) {
  Point p{std::vector<double>(priors.size()), std::move(theta)};
  for (std::size_t k = 0; k < priors.size(); ++k) p.z[k] = to_kernel_space(priors[k], p.theta[k]);
  return p;
}

Point from_kernel(const std::vector<Prior>& priors, std::vector<double> z) {
  Point p{std::move(z), std::vector<double>(priors.size())};
  for (std::size_t k = 0; k < priors.size(); ++k) p.theta[k] = to_natural_scale(priors[k], p.z[k]);
  return p;
}

bool in_support(const std::vector<Prior>& priors, const Point& p) {
  for (std::size_t k = 0; k < priors.size(); ++k) {
    if (!priors[k].contains(p.theta[k])) return false;
  }
  return true;
}

/// Log of the joint prior density in the kernel space: the product of the
/// marginals, each log-uniform one times its Jacobian d theta / d z = theta.
double log_prior_density(const std::vector<Prior>& priors, const Point& p) {
  double log_density = 0;
  for (std::size_t k = 0; k < priors.size(); ++k) {
    log_density += std::log(priors[k].density(p.theta[k]));
    if (priors[k].kind == PriorKind::LogUniform) log_density += p.z[k];
  }
  return log_density;
}

/// A prior's spread in the kernel space: the scale of the ridge that rescues
/// a population collapsed onto a point.
double kernel_space_scale(const Prior& prior) {
  switch (prior.kind) {
    case PriorKind::Uniform:
      return prior.high - prior.low;
    case PriorKind::LogUniform:
      return std::log(prior.high / prior.low);
    case PriorKind::Normal:
      return std::min(prior.sd, prior.high - prior.low);
  }
  return 1;
}

// ---------------------------------------------------------------------------
// The multivariate normal perturbation kernel.

/// N(centre, C) with C = L L^T, L lower triangular (row-major, d x d).
class NormalKernel {
 public:
  NormalKernel(std::size_t dim, std::vector<double> cholesky)
      : dim_(dim), chol_(std::move(cholesky)) {
    double log_det_half = 0;
    for (std::size_t k = 0; k < dim_; ++k) log_det_half += std::log(at(k, k));
    log_norm_ = -0.5 * static_cast<double>(dim_) * std::log(2 * std::numbers::pi) - log_det_half;
  }

  /// centre + L n, n the standard normal draws at the uniforms.
  [[nodiscard]] std::vector<double> perturb(const std::vector<double>& centre,
                                            const std::vector<double>& uniforms) const {
    std::vector<double> normals(uniforms.size());
    for (std::size_t k = 0; k < normals.size(); ++k) normals[k] = normal_quantile(uniforms[k]);
    return shift(centre, normals);
  }

  /// centre + L n for a vector n of standard normal draws.
  [[nodiscard]] std::vector<double> shift(const std::vector<double>& centre,
                                          const std::vector<double>& standard_normals) const {
    std::vector<double> x = centre;
    for (std::size_t r = 0; r < dim_; ++r) {
      for (std::size_t c = 0; c <= r; ++c) x[r] += at(r, c) * standard_normals[c];
    }
    return x;
  }

  /// log N(x | centre, C), by forward substitution L y = x - centre.
  [[nodiscard]] double log_density(const std::vector<double>& x,
                                   const std::vector<double>& centre) const {
    std::vector<double> y(dim_);
    double quadratic = 0;
    for (std::size_t r = 0; r < dim_; ++r) {
      double s = x[r] - centre[r];
      for (std::size_t c = 0; c < r; ++c) s -= at(r, c) * y[c];
      y[r] = s / at(r, r);
      quadratic += y[r] * y[r];
    }
    return log_norm_ - 0.5 * quadratic;
  }

 private:
  [[nodiscard]] double at(std::size_t r, std::size_t c) const { return chol_[r * dim_ + c]; }

  std::size_t dim_;
  std::vector<double> chol_;
  double log_norm_ = 0;
};

/// A kernel-space coordinate's support: the prior's bounds (log bounds for a
/// log-uniform prior); a normal prior's may be infinite.
std::pair<double, double> kernel_space_support(const Prior& prior) {
  return {to_kernel_space(prior, prior.low), to_kernel_space(prior, prior.high)};
}

/// The Cholesky factor of a symmetric d x d matrix, or nothing if a pivot is
/// not clearly positive (below 1e-12 of its diagonal entry: near-singular).
std::optional<std::vector<double>> cholesky(const std::vector<double>& a, std::size_t d) {
  std::vector<double> l(d * d, 0.0);
  for (std::size_t r = 0; r < d; ++r) {
    for (std::size_t c = 0; c <= r; ++c) {
      double s = a[r * d + c];
      for (std::size_t k = 0; k < c; ++k) s -= l[r * d + k] * l[c * d + k];
      if (r == c) {
        if (!(s > 1e-12 * a[r * d + r]) || !std::isfinite(s)) return std::nullopt;
        l[r * d + r] = std::sqrt(s);
      } else {
        l[r * d + c] = s / l[c * d + c];
      }
    }
  }
  return l;
}

/// Twice the weighted covariance of the points (weights normalised, no
/// small-sample correction), row-major.
std::vector<double> twice_weighted_covariance(const std::vector<Point>& points,
                                              const std::vector<double>& weights, std::size_t d) {
  std::vector<double> mean(d, 0.0);
  for (std::size_t i = 0; i < points.size(); ++i) {
    for (std::size_t k = 0; k < d; ++k) mean[k] += weights[i] * points[i].z[k];
  }
  std::vector<double> cov(d * d, 0.0);
  for (std::size_t i = 0; i < points.size(); ++i) {
    for (std::size_t r = 0; r < d; ++r) {
      for (std::size_t c = 0; c < d; ++c) {
        cov[r * d + c] += 2 * weights[i] * (points[i].z[r] - mean[r]) * (points[i].z[c] - mean[c]);
      }
    }
  }
  return cov;
}

/// The kernel N(., 2 Sigma) of a population. If 2 Sigma is not positive
/// definite, a ridge growing from 1e-10 of each variance (or of the prior's
/// spread squared, for a variance of 0) is added to its diagonal until it is.
NormalKernel population_kernel(const std::vector<Prior>& priors, const std::vector<Point>& points,
                               const std::vector<double>& weights) {
  const std::size_t d = priors.size();
  const std::vector<double> cov = twice_weighted_covariance(points, weights, d);
  if (auto l = cholesky(cov, d)) return NormalKernel(d, std::move(*l));
  for (double jitter = 1e-10; jitter <= 1; jitter *= 100) {
    std::vector<double> ridged = cov;
    for (std::size_t k = 0; k < d; ++k) {
      const double variance = cov[k * d + k];
      const double spread = 1e-3 * kernel_space_scale(priors[k]);
      ridged[k * d + k] += jitter * (variance > 0 ? variance : spread * spread);
    }
    if (auto l = cholesky(ridged, d)) return NormalKernel(d, std::move(*l));
  }
  throw std::runtime_error("abc_smc: the population's covariance has no Cholesky factor");
}

/// The component kernel of a population: each coordinate's sd from twice its
/// weighted variance (a collapsed coordinate takes 1e-3 of its prior's
/// spread), truncated to its prior's support.
TruncatedKernel component_kernel(const std::vector<Prior>& priors, const std::vector<Point>& points,
                                 const std::vector<double>& weights) {
  const std::size_t d = priors.size();
  const std::vector<double> cov = twice_weighted_covariance(points, weights, d);
  std::vector<double> sd(d);
  std::vector<std::pair<double, double>> support(d);
  for (std::size_t k = 0; k < d; ++k) {
    const double variance = cov[k * d + k];
    sd[k] = variance > 0 ? std::sqrt(variance) : 1e-3 * kernel_space_scale(priors[k]);
    support[k] = kernel_space_support(priors[k]);
  }
  return TruncatedKernel(std::move(sd), std::move(support));
}

using Kernel = std::variant<NormalKernel, TruncatedKernel>;

Kernel make_kernel(AbcKernel kind, const std::vector<Prior>& priors,
                   const std::vector<Point>& points, const std::vector<double>& weights) {
  if (kind == AbcKernel::Component) return component_kernel(priors, points, weights);
  return population_kernel(priors, points, weights);
}

// ---------------------------------------------------------------------------
// Populations.

/// A generation's particles with their kernel-space coordinates.
struct Population {
  std::vector<Particle> particles;
  std::vector<Point> points;

  [[nodiscard]] std::vector<double> weights() const {
    std::vector<double> w(particles.size());
    for (std::size_t i = 0; i < w.size(); ++i) w[i] = particles[i].weight;
    return w;
  }
};

/// A simulated proposal that met the tolerance.
struct Accepted {
  std::uint64_t attempt = 0;
  Point point;
  double distance = 0;
};

/// The proposals of one generation that met its tolerance.
struct Harvest {
  std::vector<Accepted> accepted;         ///< in attempt order; the first `population` when filled
  std::uint64_t attempts = 0;             ///< attempt indices consumed
  std::size_t simulated = 0;              ///< proposals sent to the evaluator
  std::vector<std::uint64_t> in_support;  ///< attempts that were simulated, in order
  bool filled = false;
};

std::vector<double> evaluate_batch(const BatchEvaluator& evaluate,
                                   const std::vector<Proposal>& proposals) {
  std::vector<double> distances = evaluate(proposals);
  if (distances.size() != proposals.size()) {
    throw std::runtime_error(
        fmt::format("abc_smc: the evaluator returned {} distances for {} "
                    "proposals",
                    distances.size(), proposals.size()));
  }
  for (double& d : distances) {
    if (std::isnan(d)) d = kInfinity;
  }
  return distances;
}

/// Proposes attempts 0, 1, 2, ... of a generation, simulating those `propose`
/// places in the support in batches of `batch` (proposals outside it are
/// rejected unsimulated and do not count towards a batch: with many
/// parameters most perturbations may fall outside, and a batch of indices
/// would then hold a run or two, leaving the cores idle), until `population`
/// have distance <= epsilon or `limit` indices are used. Whole batches are
/// simulated; the first `population` accepted in attempt order are kept, so
/// the batch size never changes which.
template <class Propose>
Harvest harvest(std::size_t generation, double epsilon, std::size_t population, std::size_t batch,
                std::uint64_t limit, const std::vector<Prior>& priors, Propose&& propose,
                const BatchEvaluator& evaluate) {
  Harvest h;
  while (h.accepted.size() < population && h.attempts < limit) {
    std::vector<Proposal> proposals;
    std::vector<Point> points;
    for (; proposals.size() < batch && h.attempts < limit; ++h.attempts) {
      const std::uint64_t attempt = h.attempts;
      Point point = propose(attempt);
      if (!in_support(priors, point)) continue;  // prior density 0: rejected unsimulated
      proposals.push_back(Proposal{generation, attempt, point.theta});
      points.push_back(std::move(point));
      h.in_support.push_back(attempt);
    }
    if (proposals.empty()) continue;
    const std::vector<double> distances = evaluate_batch(evaluate, proposals);
    h.simulated += proposals.size();
    for (std::size_t i = 0; i < proposals.size(); ++i) {
      if (distances[i] <= epsilon)
        h.accepted.push_back(Accepted{proposals[i].attempt, std::move(points[i]), distances[i]});
    }
  }
  h.filled = h.accepted.size() >= population;
  if (h.filled) h.accepted.resize(population);
  return h;
}

Population to_population(std::vector<Accepted> accepted, const std::vector<double>& weights) {
  Population pop;
  for (std::size_t i = 0; i < accepted.size(); ++i) {
    pop.particles.push_back(
        Particle{accepted[i].point.theta, weights[i], accepted[i].distance, accepted[i].attempt});
    pop.points.push_back(std::move(accepted[i].point));
  }
  return pop;
}

/// exp(x_i - max) / sum: log weights normalised without overflow.
std::vector<double> normalise_log_weights(const std::vector<double>& log_w) {
  const double top = *std::max_element(log_w.begin(), log_w.end());
  std::vector<double> w(log_w.size());
  double total = 0;
  for (std::size_t i = 0; i < w.size(); ++i) total += w[i] = std::exp(log_w[i] - top);
  for (double& x : w) x /= total;
  return w;
}

/// log sum_i exp(terms_i), -infinity for no terms.
double log_sum_exp(const std::vector<double>& terms) {
  double top = -kInfinity;
  for (const double t : terms) top = std::max(top, t);
  if (!std::isfinite(top)) return top;
  double sum = 0;
  for (const double t : terms) sum += std::exp(t - top);
  return top + std::log(sum);
}

/// Beaumont et al.'s importance weights: prior density over the previous
/// population's weighted mixture of kernels, in the kernel space.
std::vector<double> importance_weights(const std::vector<Prior>& priors,
                                       const std::vector<Accepted>& accepted,
                                       const Population& previous, const Kernel& kernel) {
  std::vector<double> log_w(accepted.size());
  std::vector<double> terms(previous.particles.size());
  for (std::size_t j = 0; j < accepted.size(); ++j) {
    const Point& p = accepted[j].point;
    for (std::size_t i = 0; i < terms.size(); ++i) {
      terms[i] = std::log(previous.particles[i].weight) +
                 std::visit([&](const auto& k) { return k.log_density(p.z, previous.points[i].z); },
                            kernel);
    }
    log_w[j] = log_prior_density(priors, p) - log_sum_exp(terms);
  }
  return normalise_log_weights(log_w);
}

// ---------------------------------------------------------------------------
// Generations.

/// Generation 0: exactly `population` prior draws, all kept.
Harvest prior_generation(const std::vector<Prior>& priors, const AbcSettings& settings,
                         std::size_t batch, const RandomStream& stream,
                         const BatchEvaluator& evaluate) {
  const auto propose = [&](std::uint64_t attempt) {
    std::vector<double> theta(priors.size());
    for (std::size_t k = 0; k < priors.size(); ++k)
      theta[k] = priors[k].quantile(uniform_for(stream, 0, attempt, AbcPurpose::PriorDraw, k));
    return from_natural(priors, std::move(theta));
  };
  return harvest(0, kInfinity, settings.population, batch, settings.population, priors, propose,
                 evaluate);
}

/// The index i with cumulative[i - 1] <= u < cumulative[i].
std::size_t pick_by_weight(const std::vector<double>& cumulative, double u) {
  const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u * cumulative.back());
  return std::min<std::size_t>(static_cast<std::size_t>(it - cumulative.begin()),
                               cumulative.size() - 1);
}

Harvest perturbed_generation(std::size_t generation, double epsilon,
                             const std::vector<Prior>& priors, const AbcSettings& settings,
                             std::size_t batch, std::uint64_t limit, const RandomStream& stream,
                             const Population& previous, const Kernel& kernel,
                             const BatchEvaluator& evaluate) {
  std::vector<double> cumulative = previous.weights();
  std::partial_sum(cumulative.begin(), cumulative.end(), cumulative.begin());
  const auto propose = [&](std::uint64_t attempt) {
    const double u = stream.draw(generation, attempt, AbcPurpose::AncestorPick).uniform(0);
    const std::size_t ancestor = pick_by_weight(cumulative, u);
    std::vector<double> uniforms(priors.size());
    for (std::size_t k = 0; k < priors.size(); ++k)
      uniforms[k] = uniform_for(stream, generation, attempt, AbcPurpose::Perturbation, k);
    const std::vector<double>& centre = previous.points[ancestor].z;
    return from_kernel(
        priors, std::visit([&](const auto& k) { return k.perturb(centre, uniforms); }, kernel));
  };
  return harvest(generation, epsilon, settings.population, batch, limit, priors, propose, evaluate);
}

// ---------------------------------------------------------------------------
// Tolerances, summaries and stopping.

/// Type 7 quantile (linear between order statistics) of a sorted sample.
double sorted_quantile(const std::vector<double>& sorted, double p) {
  const double h = p * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(h));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  return sorted[below] + (h - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

/// The next tolerance: the unweighted p-quantile of the population's finite
/// distances, or nothing if none is finite.
std::optional<double> next_epsilon(const Population& pop, double p) {
  std::vector<double> finite;
  for (const Particle& particle : pop.particles) {
    if (std::isfinite(particle.distance)) finite.push_back(particle.distance);
  }
  if (finite.empty()) return std::nullopt;
  std::sort(finite.begin(), finite.end());
  return sorted_quantile(finite, p);
}

/// What every generation's summary records of its harvest.
GenerationSummary harvest_summary(std::size_t generation, double epsilon, const Harvest& h,
                                  std::size_t accepted, bool filled) {
  GenerationSummary s;
  s.generation = generation;
  s.epsilon = epsilon;
  s.attempts = h.attempts;
  s.simulated = h.simulated;
  s.accepted = accepted;
  s.filled = filled;
  return s;
}

GenerationSummary summarise(std::size_t generation, double epsilon, const Harvest& h,
                            const Population& pop) {
  GenerationSummary s = harvest_summary(generation, epsilon, h, pop.particles.size(), true);
  // Simulations up to the last kept one: proposals outside the support cost
  // nothing, so they do not lower the rate (nor does the batch size change it).
  const auto last = pop.particles.back().attempt;
  const auto needed =
      std::upper_bound(h.in_support.begin(), h.in_support.end(), last) - h.in_support.begin();
  s.acceptance_rate = static_cast<double>(s.accepted) / static_cast<double>(needed);
  const std::vector<double> w = pop.weights();
  double sum_squares = 0;
  for (const double x : w) sum_squares += x * x;
  s.ess = 1 / sum_squares;
  const std::size_t d = pop.particles.front().theta.size();
  for (std::size_t k = 0; k < d; ++k) {
    std::vector<double> values(pop.particles.size());
    for (std::size_t i = 0; i < values.size(); ++i) values[i] = pop.particles[i].theta[k];
    s.q05.push_back(weighted_quantile(values, w, 0.05));
    s.median.push_back(weighted_quantile(values, w, 0.5));
    s.q95.push_back(weighted_quantile(values, w, 0.95));
  }
  return s;
}

GenerationSummary unfilled_summary(std::size_t generation, double epsilon, const Harvest& h,
                                   const AbcSettings& settings) {
  GenerationSummary s = harvest_summary(generation, epsilon, h, h.accepted.size(), false);
  s.acceptance_rate =
      h.simulated > 0 ? static_cast<double>(s.accepted) / static_cast<double>(h.simulated) : 0.0;
  s.stop_reason = fmt::format(
      "generation {} accepted only {} of {} particles within max_attempts = {} at epsilon = "
      "{:.6g}; "
      "it is discarded and the result is generation {}",
      generation, s.accepted, settings.population, h.attempts, epsilon, generation - 1);
  return s;
}

/// Why to stop after a filled generation, or "".
std::string stop_reason(const GenerationSummary& s, const AbcSettings& settings) {
  if (settings.target_epsilon > 0 && s.epsilon <= settings.target_epsilon)
    return fmt::format("tolerance {:.6g} reached the target {:.6g}", s.epsilon,
                       settings.target_epsilon);
  if (s.acceptance_rate < settings.min_acceptance)
    return fmt::format("acceptance rate {:.4g} fell below min_acceptance = {:.4g}",
                       s.acceptance_rate, settings.min_acceptance);
  if (s.generation + 1 >= settings.max_generations)
    return fmt::format("reached max_generations = {}", settings.max_generations);
  return "";
}

void check_settings(const AbcSettings& s) {
  const auto fail = [](const std::string& what) {
    throw std::invalid_argument("abc_smc settings: " + what);
  };
  if (s.population < 2) fail(fmt::format("population must be at least 2, got {}", s.population));
  if (s.max_generations < 1) fail("max_generations must be at least 1");
  if (!(s.quantile > 0 && s.quantile <= 1))
    fail(fmt::format("quantile must lie in (0, 1], got {}", s.quantile));
  if (!(s.min_acceptance >= 0 && s.min_acceptance <= 1))
    fail(fmt::format("min_acceptance must lie in [0, 1], got {}", s.min_acceptance));
  if (!(s.target_epsilon >= 0))
    fail(fmt::format("target_epsilon must be >= 0, got {}", s.target_epsilon));
  if (s.max_attempts != 0 && s.max_attempts < s.population)
    fail(fmt::format("max_attempts ({}) must be 0 or at least the population ({})", s.max_attempts,
                     s.population));
}

void check_priors(const std::vector<Prior>& priors) {
  if (priors.empty()) throw std::invalid_argument("abc_smc: no parameter to fit (no prior)");
  std::set<std::string> names;
  for (const Prior& p : priors) {
    check_prior(p);
    if (!names.insert(p.parameter).second)
      throw std::invalid_argument(fmt::format("abc_smc: two priors for '{}'", p.parameter));
  }
}

}  // namespace

AbcResult abc_smc(const std::vector<Prior>& priors, const AbcSettings& settings,
                  const BatchEvaluator& evaluate) {
  check_settings(settings);
  check_priors(priors);
  const RandomStream stream(settings.seed, kStreamRun);
  const std::size_t batch = settings.batch > 0 ? settings.batch : settings.population;
  const std::uint64_t limit =
      settings.max_attempts > 0 ? settings.max_attempts : 1000 * settings.population;

  AbcResult result;
  Harvest first = prior_generation(priors, settings, batch, stream, evaluate);
  const std::vector<double> equal(first.accepted.size(),
                                  1.0 / static_cast<double>(first.accepted.size()));
  Population current = to_population(std::move(first.accepted), equal);
  result.trace.push_back(summarise(0, kInfinity, first, current));

  for (std::size_t generation = 1;; ++generation) {
    GenerationSummary& last = result.trace.back();
    last.stop_reason = stop_reason(last, settings);
    const std::optional<double> epsilon = next_epsilon(current, settings.quantile);
    if (last.stop_reason.empty() && !epsilon)
      last.stop_reason = "no particle has a finite distance to set the next tolerance";
    if (!last.stop_reason.empty()) break;

    const Kernel kernel = make_kernel(settings.kernel, priors, current.points, current.weights());
    Harvest h = perturbed_generation(generation, *epsilon, priors, settings, batch, limit, stream,
                                     current, kernel, evaluate);
    if (!h.filled) {
      result.trace.push_back(unfilled_summary(generation, *epsilon, h, settings));
      break;
    }
    const std::vector<double> weights = importance_weights(priors, h.accepted, current, kernel);
    Population next = to_population(std::move(h.accepted), weights);
    result.trace.push_back(summarise(generation, *epsilon, h, next));
    current = std::move(next);
  }
  result.population = std::move(current.particles);
  return result;
}

double weighted_quantile(std::vector<double> values, std::vector<double> weights, double p) {
  if (values.size() != weights.size()) {
    throw std::invalid_argument(
        fmt::format("weighted_quantile: {} values but {} weights", values.size(), weights.size()));
  }
  if (!(p >= 0 && p <= 1))
    throw std::invalid_argument(fmt::format("weighted_quantile: p = {} is outside [0, 1]", p));
  std::vector<std::pair<double, double>> pairs;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!std::isnan(values[i]) && std::isfinite(weights[i]) && weights[i] > 0)
      pairs.emplace_back(values[i], weights[i]);
  }
  if (pairs.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::sort(pairs.begin(), pairs.end());
  double total = 0;
  for (const auto& [value, weight] : pairs) total += weight;
  const double target = p * total;
  // Midpoint of value i's weight: W_{<i} + w_i / 2.
  double before = 0;
  double previous_mid = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const double mid = before + pairs[i].second / 2;
    if (target <= mid) {
      if (i == 0) return pairs[0].first;
      const double t = (target - previous_mid) / (mid - previous_mid);
      return pairs[i - 1].first + t * (pairs[i].first - pairs[i - 1].first);
    }
    before += pairs[i].second;
    previous_mid = mid;
  }
  return pairs.back().first;
}

}  // namespace unrest::ensemble
