#pragma once
/// \file
/// Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC), the
/// model-free core of `unrest calibrate`: Beaumont et al. 2009, "Adaptive
/// approximate Bayesian computation", Biometrika 96:983, and Toni et al. 2009,
/// J. R. Soc. Interface 6:187, with the tolerance of each generation a
/// quantile of the previous generation's distances (Drovandi & Pettitt 2011;
/// Del Moral et al. 2012).
///
/// The caller's batch evaluator simulates; everything here is a deterministic
/// function of (priors, settings, the evaluator's distances): the random
/// numbers are counter-based draws keyed by (generation, attempt), and a
/// generation keeps the first `population` accepted proposals in attempt
/// order, so neither the batch size nor the evaluator's parallelism changes
/// the result (while max_attempts is not reached).
///
/// The perturbation kernel works in a transformed space where each log-uniform
/// parameter is log(theta) and the others are themselves, so that parameters of
/// very different scales (a rate in 1e-5..1e-3 beside a share in 0.5..0.75)
/// are each moved in proportion to their spread. The importance weights use
/// the prior density in that space (the log-uniform prior times its Jacobian
/// theta: uniform in log theta), so the weighted population still targets the
/// ABC posterior of theta.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "unrest/ensemble/priors.hpp"

namespace unrest::ensemble {

/// How ABC-SMC runs and when it stops.
/// How later generations perturb their ancestors, in the kernel space (log
/// for log-uniform priors).
enum class AbcKernel {
  /// N(ancestor, 2 Sigma), Sigma the population's weighted covariance
  /// (Beaumont et al. 2009); proposals outside the prior's support are
  /// rejected unsimulated. With many bounded priors most of them fall outside.
  Multivariate,
  /// Each parameter apart, N(ancestor, 2 sigma_k^2) truncated to its prior's
  /// support, sigma_k^2 the population's weighted variance: every proposal is
  /// inside, and the truncation's mass enters the importance weights. Loses
  /// the correlations between parameters.
  Component,
};

struct AbcSettings {
  std::size_t population = 200;     ///< particles per generation
  std::size_t max_generations = 8;  ///< including generation 0 (from the prior)
  /// The next tolerance is this quantile (in (0, 1]) of the current
  /// population's finite distances, unweighted (type 7 interpolation).
  double quantile = 0.5;
  double min_acceptance = 0.02;  ///< stop after a generation whose acceptance rate fell below this
  double target_epsilon = 0;     ///< stop once a generation's tolerance is <= this (0: never)
  std::size_t batch = 0;         ///< attempt indices per evaluator call (0: = population)
  /// Attempt indices per generation (0: 1000 * population: proposals outside
  /// the prior's support cost no simulation, and with several bounded priors
  /// most proposals fall outside). A generation that
  /// cannot fill its population within them ends the run: the previous
  /// population is the result, and the trace ends with the unfilled generation.
  std::size_t max_attempts = 0;
  std::uint64_t seed = 1;  ///< keys the algorithm's own random stream
  AbcKernel kernel = AbcKernel::Multivariate;
};

/// One member of a population.
struct Particle {
  std::vector<double> theta;  ///< one value per prior, in prior order
  double weight = 0;          ///< normalised importance weight (sums to 1 over the population)
  double distance = 0;        ///< as the evaluator returned it (NaN read as +infinity)
  std::uint64_t attempt = 0;  ///< the attempt index within its generation
};

/// What one generation did, for the calibration trace.
struct GenerationSummary {
  std::size_t generation = 0;
  double epsilon = 0;  ///< tolerance used (generation 0: +infinity)
  /// Attempt indices consumed: proposals generated, including those outside
  /// the prior's support (rejected unsimulated) and those a last batch
  /// computed beyond the population. Depends on `batch`.
  std::size_t attempts = 0;
  std::size_t simulated = 0;  ///< proposals sent to the evaluator (depends on `batch`)
  std::size_t accepted = 0;   ///< == population when the generation filled
  bool filled = true;         ///< false: the generation ran out of max_attempts and was discarded
  /// accepted / the proposals simulated up to the last one kept (when not
  /// filled: over all simulated). Proposals outside the support cost no
  /// simulation and do not count (Toni et al. redraw them).
  double acceptance_rate = 0;
  double ess = 0;  ///< effective sample size 1 / sum w^2 (0 when not filled)
  /// Weighted quantiles of each parameter (empty when not filled).
  std::vector<double> q05, median, q95;
  std::string stop_reason;  ///< "" or why the algorithm stopped after this generation
};

/// The outcome of a run.
struct AbcResult {
  std::vector<Particle> population;  ///< the final (last filled) generation
  std::vector<GenerationSummary> trace;
};

/// One proposal to simulate: its generation, its attempt index within the
/// generation, and the parameter values (in prior order, natural scale).
struct Proposal {
  std::size_t generation;
  std::uint64_t attempt;
  std::vector<double> theta;
};

/// Simulates each proposal and returns its distance to the observed record, in
/// the same order. May return +infinity (or NaN, read as +infinity) for a
/// failed simulation. Must be a function of each proposal alone.
using BatchEvaluator = std::function<std::vector<double>(const std::vector<Proposal>&)>;

/// Runs ABC-SMC.
///
/// Generation 0 simulates exactly `population` prior draws and keeps them all
/// with equal weights, infinite distances included; those never set a
/// tolerance, which is a quantile of the finite distances only (a population
/// without any finite distance stops the run). Generation t >= 1 proposes, for
/// attempt 0, 1, 2, ..., an ancestor drawn by weight perturbed by the normal
/// kernel N(theta_i, 2 Sigma), Sigma the weighted covariance of the previous
/// population (Beaumont et al. 2009) in the kernel space; a proposal outside the
/// support consumes its attempt index unsimulated. It keeps the first
/// `population` proposals in attempt order whose distance is <= epsilon_t and
/// weighs them by prior density over the weighted mixture of kernels.
///
/// After each filled generation the run stops, in this order of precedence,
/// when its tolerance is <= target_epsilon, when its acceptance rate is below
/// min_acceptance, or when it is generation max_generations - 1; the reason is
/// the stop_reason of the last summary.
///
/// Throws std::invalid_argument for bad settings or priors (none, a duplicate
/// parameter name, or one failing check_prior), and std::runtime_error if the
/// evaluator returns a different number of distances than it was given.
AbcResult abc_smc(const std::vector<Prior>& priors, const AbcSettings& settings,
                  const BatchEvaluator& evaluate);

/// The weighted p-quantile of values (weights need not be normalised), p in
/// [0, 1]: the inverse of the weighted empirical CDF interpolated linearly
/// between the midpoints of each value's weight, value i (sorted) sitting at
/// cumulative weight W_{<i} + w_i / 2 of the total; below the first midpoint
/// the smallest value, above the last the largest. With equal weights this is
/// Hyndman and Fan's type 5. Pairs with a NaN value or a weight that is not
/// finite and positive are left out; NaN when none is left. Throws
/// std::invalid_argument if the sizes differ or p is outside [0, 1].
double weighted_quantile(std::vector<double> values, std::vector<double> weights, double p);

}  // namespace unrest::ensemble
