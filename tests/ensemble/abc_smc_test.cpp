#include "unrest/ensemble/abc_smc.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>
#include <vector>

#include "unrest/core/distributions.hpp"
#include "unrest/core/random.hpp"

namespace unrest::ensemble {
namespace {

enum class SimulatorPurpose : std::uint32_t { Data = 1, Noise = 2, Trials = 3 };

/// The i-th standard normal of one simulation, keyed by (generation, attempt).
double simulated_normal(const RandomStream& stream, std::uint64_t generation, std::uint64_t attempt,
                        std::uint32_t i) {
  const auto draws = stream.draw(generation, attempt, SimulatorPurpose::Noise, i / 4);
  return normal_quantile(open_unit(draws.words[i % 4]));
}

/// y_1..y_20 ~ N(mu, 1) observed; prior mu ~ uniform(-5, 5); distance
/// |mean(simulated) - mean(observed)|. The exact posterior is N(mean(observed),
/// 1/20) (truncation at +-5 is negligible); the ABC posterior at tolerance
/// epsilon is that convolved with uniform(-epsilon, epsilon): variance
/// 1/20 + epsilon^2 / 3.
struct NormalMeanProblem {
  static constexpr std::uint32_t kN = 20;
  double observed_mean = 0;
  RandomStream simulator{77, 0};

  explicit NormalMeanProblem(double true_mu = 1.3) {
    const RandomStream data(2024, 1);
    for (std::uint32_t i = 0; i < kN; ++i) {
      const auto draws = data.draw(0, 0, SimulatorPurpose::Data, i / 4);
      observed_mean += true_mu + normal_quantile(open_unit(draws.words[i % 4]));
    }
    observed_mean /= kN;
  }

  [[nodiscard]] double distance(const Proposal& p) const {
    double mean = 0;
    for (std::uint32_t i = 0; i < kN; ++i)
      mean += p.theta[0] + simulated_normal(simulator, p.generation, p.attempt, i);
    return std::abs(mean / kN - observed_mean);
  }

  [[nodiscard]] BatchEvaluator evaluator() const {
    return [this](const std::vector<Proposal>& batch) {
      std::vector<double> d;
      for (const Proposal& p : batch) d.push_back(distance(p));
      return d;
    };
  }

  static std::vector<Prior> priors(double low = -5, double high = 5) {
    return {Prior{"mu", PriorKind::Uniform, low, high}};
  }
};

AbcSettings small_settings() {
  AbcSettings s;
  s.population = 100;
  s.max_generations = 5;
  s.min_acceptance = 0;
  s.seed = 11;
  return s;
}

double weighted_mean(const std::vector<Particle>& pop, std::size_t k) {
  double m = 0;
  for (const Particle& p : pop) m += p.weight * p.theta[k];
  return m;
}

double weighted_sd(const std::vector<Particle>& pop, std::size_t k) {
  const double m = weighted_mean(pop, k);
  double v = 0;
  for (const Particle& p : pop) v += p.weight * (p.theta[k] - m) * (p.theta[k] - m);
  return std::sqrt(v);
}

void expect_same_population(const std::vector<Particle>& a, const std::vector<Particle>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].theta, b[i].theta) << i;
    EXPECT_EQ(a[i].weight, b[i].weight) << i;
    EXPECT_EQ(a[i].distance, b[i].distance) << i;
    EXPECT_EQ(a[i].attempt, b[i].attempt) << i;
  }
}

/// Everything in a summary that does not depend on the batch size.
void expect_same_summary(const GenerationSummary& a, const GenerationSummary& b) {
  EXPECT_EQ(a.generation, b.generation);
  EXPECT_EQ(a.epsilon, b.epsilon);
  EXPECT_EQ(a.accepted, b.accepted);
  EXPECT_EQ(a.filled, b.filled);
  EXPECT_EQ(a.acceptance_rate, b.acceptance_rate);
  EXPECT_EQ(a.ess, b.ess);
  EXPECT_EQ(a.q05, b.q05);
  EXPECT_EQ(a.median, b.median);
  EXPECT_EQ(a.q95, b.q95);
  EXPECT_EQ(a.stop_reason, b.stop_reason);
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// --- weighted_quantile -------------------------------------------------------

TEST(WeightedQuantile, EqualWeightsInterpolateBetweenMidpoints) {
  // Midpoints of four equal weights sit at 1/8, 3/8, 5/8, 7/8 (type 5).
  const std::vector<double> v = {4, 1, 3, 2};
  const std::vector<double> w(4, 1.0);
  EXPECT_DOUBLE_EQ(weighted_quantile(v, w, 0.5), 2.5);
  EXPECT_DOUBLE_EQ(weighted_quantile(v, w, 0.125), 1);
  EXPECT_DOUBLE_EQ(weighted_quantile(v, w, 0.25), 1.5);
  EXPECT_DOUBLE_EQ(weighted_quantile(v, w, 0), 1);
  EXPECT_DOUBLE_EQ(weighted_quantile(v, w, 1), 4);
}

TEST(WeightedQuantile, UnequalAndUnnormalisedWeights) {
  // Weights 3 and 1 of 4: midpoints at 0.375 and 0.875.
  EXPECT_DOUBLE_EQ(weighted_quantile({0, 1}, {3, 1}, 0.5), 0.25);
  EXPECT_DOUBLE_EQ(weighted_quantile({0, 1}, {30, 10}, 0.5), 0.25);
  EXPECT_DOUBLE_EQ(weighted_quantile({0, 1}, {3, 1}, 0.2), 0);
  EXPECT_DOUBLE_EQ(weighted_quantile({0, 1}, {3, 1}, 0.9), 1);
  // Zero weights are left out; a single value is every quantile.
  EXPECT_DOUBLE_EQ(weighted_quantile({5, 7, 9}, {0, 1, 0}, 0.05), 7);
  EXPECT_DOUBLE_EQ(weighted_quantile({5, 7, 9}, {0, 1, 0}, 0.95), 7);
  EXPECT_TRUE(std::isnan(weighted_quantile({}, {}, 0.5)));
}

TEST(WeightedQuantile, RejectsBadArguments) {
  EXPECT_THROW(weighted_quantile({1, 2}, {1}, 0.5), std::invalid_argument);
  EXPECT_THROW(weighted_quantile({1, 2}, {1, 1}, 1.5), std::invalid_argument);
  EXPECT_THROW(weighted_quantile({1, 2}, {1, 1}, -0.1), std::invalid_argument);
}

// --- generation 0 and the evaluator's view -------------------------------------

TEST(AbcSmc, GenerationZeroSimulatesExactlyThePopulationInBatches) {
  const NormalMeanProblem problem;
  AbcSettings s = small_settings();
  s.population = 20;
  s.max_generations = 1;
  s.batch = 7;
  std::vector<std::size_t> sizes;
  const auto result = abc_smc(problem.priors(), s, [&](const std::vector<Proposal>& batch) {
    sizes.push_back(batch.size());
    return problem.evaluator()(batch);
  });
  EXPECT_EQ(sizes, (std::vector<std::size_t>{7, 7, 6}));
  ASSERT_EQ(result.trace.size(), 1u);
  const GenerationSummary& g0 = result.trace[0];
  EXPECT_EQ(g0.epsilon, INFINITY);
  EXPECT_EQ(g0.attempts, 20u);
  EXPECT_EQ(g0.accepted, 20u);
  EXPECT_EQ(g0.acceptance_rate, 1.0);
  EXPECT_NEAR(g0.ess, 20, 1e-9);
  EXPECT_TRUE(contains(g0.stop_reason, "max_generations"));
  for (std::size_t i = 0; i < result.population.size(); ++i) {
    EXPECT_EQ(result.population[i].attempt, i);
    EXPECT_DOUBLE_EQ(result.population[i].weight, 1.0 / 20);
  }
}

TEST(AbcSmc, ProposalsArriveInAttemptOrderAndInsideTheSupport) {
  // The posterior (mean(obs) ~ 0.05) sits against the prior's lower bound, so
  // many perturbations leave the support: they consume attempts unsimulated.
  const NormalMeanProblem problem(0.1);
  const auto priors = NormalMeanProblem::priors(0, 1);
  AbcSettings s = small_settings();
  s.batch = 13;
  std::vector<std::size_t> sizes, generations;
  std::uint64_t next_attempt = 0;
  std::size_t last_generation = 0;
  bool in_order = true, in_support = true;
  const auto result = abc_smc(priors, s, [&](const std::vector<Proposal>& batch) {
    sizes.push_back(batch.size());
    generations.push_back(batch.front().generation);
    for (const Proposal& p : batch) {
      if (p.generation != last_generation) next_attempt = 0;
      in_order = in_order && p.generation >= last_generation && p.attempt >= next_attempt;
      in_support = in_support && priors[0].contains(p.theta[0]);
      last_generation = p.generation;
      next_attempt = p.attempt + 1;
    }
    return problem.evaluator()(batch);
  });
  EXPECT_TRUE(in_order);
  EXPECT_TRUE(in_support);
  // A batch counts simulations, not attempts: every batch of a generation
  // but its last is full, however many proposals fell outside the support.
  for (std::size_t i = 0; i + 1 < sizes.size(); ++i) {
    if (generations[i] == generations[i + 1]) {
      EXPECT_EQ(sizes[i], 13u) << "batch " << i;
    }
  }
  std::size_t unsimulated = 0;
  for (const auto& g : result.trace) unsimulated += g.attempts - g.simulated;
  EXPECT_GT(unsimulated, 0u);
}

// --- determinism -------------------------------------------------------------

TEST(AbcSmc, SameInputsGiveTheSameResult) {
  const NormalMeanProblem problem;
  const auto a = abc_smc(problem.priors(), small_settings(), problem.evaluator());
  const auto b = abc_smc(problem.priors(), small_settings(), problem.evaluator());
  expect_same_population(a.population, b.population);
  ASSERT_EQ(a.trace.size(), b.trace.size());
  for (std::size_t g = 0; g < a.trace.size(); ++g) {
    expect_same_summary(a.trace[g], b.trace[g]);
    EXPECT_EQ(a.trace[g].attempts, b.trace[g].attempts);
  }
  AbcSettings other_seed = small_settings();
  other_seed.seed = 12;
  const auto c = abc_smc(problem.priors(), other_seed, problem.evaluator());
  EXPECT_NE(a.population[0].theta, c.population[0].theta);
}

TEST(AbcSmc, BatchSizeDoesNotChangeTheResult) {
  // Two parameters, one log-uniform, so the kernel's transform and the
  // ancestor draws are exercised too.
  const std::vector<Prior> priors = {{"mu", PriorKind::Uniform, -5, 5},
                                     {"rate", PriorKind::LogUniform, 1e-4, 1e-1}};
  const NormalMeanProblem problem;
  const BatchEvaluator evaluate = [&](const std::vector<Proposal>& batch) {
    std::vector<double> d = problem.evaluator()(batch);
    for (std::size_t i = 0; i < d.size(); ++i) d[i] += std::abs(std::log10(batch[i].theta[1]) + 2);
    return d;
  };
  AbcSettings s7 = small_settings();
  s7.batch = 7;
  AbcSettings s50 = small_settings();
  s50.batch = 50;
  const auto a = abc_smc(priors, s7, evaluate);
  const auto b = abc_smc(priors, s50, evaluate);
  ASSERT_EQ(a.trace.size(), 5u);
  expect_same_population(a.population, b.population);
  ASSERT_EQ(a.trace.size(), b.trace.size());
  for (std::size_t g = 0; g < a.trace.size(); ++g) {
    expect_same_summary(a.trace[g], b.trace[g]);
    EXPECT_TRUE(a.trace[g].filled);
  }
}

// --- correctness on known posteriors --------------------------------------------

/// Either kernel recovers the normal mean's posterior.
void expect_normal_mean_posterior(AbcKernel kernel) {
  const NormalMeanProblem problem;
  AbcSettings s;
  s.population = 500;
  s.max_generations = 8;
  s.seed = 5;
  s.kernel = kernel;
  const auto result = abc_smc(problem.priors(), s, problem.evaluator());
  ASSERT_EQ(result.trace.size(), 8u) << result.trace.back().stop_reason;
  const double epsilon = result.trace.back().epsilon;
  EXPECT_LT(epsilon, 0.1);
  const double ess = result.trace.back().ess;
  EXPECT_GT(ess, 100);
  // Exact posterior N(mean(obs), 1/20); ABC's tolerance widens it to variance
  // 1/20 + epsilon^2/3. The Monte Carlo error of the mean is about
  // 0.224 / sqrt(ess) (< 0.023 at ess > 100): 0.07 is 3 of those.
  const double mean = weighted_mean(result.population, 0);
  EXPECT_NEAR(mean, problem.observed_mean, 0.07);
  // The sd's relative Monte Carlo error is about 1 / sqrt(2 ess) (< 7%): 25%.
  const double expected_sd = std::sqrt(1.0 / 20 + epsilon * epsilon / 3);
  EXPECT_NEAR(weighted_sd(result.population, 0), expected_sd, 0.25 * expected_sd);
  EXPECT_NEAR(weighted_sd(result.population, 0), 1 / std::sqrt(20.0), 0.25 / std::sqrt(20.0));
  // The tolerance shrinks generation after generation.
  for (std::size_t g = 2; g < result.trace.size(); ++g)
    EXPECT_LT(result.trace[g].epsilon, result.trace[g - 1].epsilon);
}

TEST(AbcSmc, RecoversTheNormalMeanPosterior) {
  expect_normal_mean_posterior(AbcKernel::Multivariate);
}

/// A rate (log-uniform 1e-4..1e-1, truth 3e-3) seen as a Poisson count over an
/// exposure of 1e5 (300 expected) and a share (uniform 0..1, truth 0.6) seen as
/// successes in 400 trials (240 expected); the record holds the expected
/// counts. Distance: the misses in log count and in share, each over its noise
/// (0.058 and 0.0245), combined in quadrature.
double rate_and_share_distance(const Proposal& p) {
  static const RandomStream stream(31, 0);
  const auto count_draws = stream.draw(p.generation, p.attempt, SimulatorPurpose::Noise);
  const double count = static_cast<double>(
      poisson_draw(p.theta[0] * 1e5, count_draws.words[0], count_draws.words[1]));
  int successes = 0;
  for (std::uint32_t i = 0; i < 400; ++i) {
    const auto draws = stream.draw(p.generation, p.attempt, SimulatorPurpose::Trials, i / 4);
    successes += open_unit(draws.words[i % 4]) < p.theta[1];
  }
  const double count_miss = (std::log(count + 1) - std::log(301.0)) / 0.058;
  const double share_miss = (successes - 240) / 400.0 / 0.0245;
  return std::hypot(count_miss, share_miss);
}

TEST(AbcSmc, RecoversARateAndAShare) {
  const std::vector<Prior> priors = {{"rate", PriorKind::LogUniform, 1e-4, 1e-1},
                                     {"share", PriorKind::Uniform, 0, 1}};
  AbcSettings s;
  s.population = 300;
  s.max_generations = 10;
  s.seed = 3;
  const auto result = abc_smc(priors, s, [](const std::vector<Proposal>& batch) {
    std::vector<double> d;
    for (const Proposal& p : batch) d.push_back(rate_and_share_distance(p));
    return d;
  });
  const GenerationSummary& last = result.trace.back();
  ASSERT_TRUE(last.filled);
  // The truth lies in the 90% weighted interval of each parameter.
  EXPECT_LE(last.q05[0], 3e-3);
  EXPECT_GE(last.q95[0], 3e-3);
  EXPECT_LE(last.q05[1], 0.6);
  EXPECT_GE(last.q95[1], 0.6);
  // The exact posterior sd is ~6% in the rate and 0.025 in the share; the
  // final tolerance (~1.1 noise units) widens both by ~15%, so the 90%
  // interval spans ~0.22 in log(rate) (prior: log 1000 = 6.9) and ~0.095 in
  // the share (prior: 1). Bounds: a tenth of the prior's log-width, 0.15.
  EXPECT_LT(std::log(last.q95[0] / last.q05[0]), 0.1 * std::log(1000.0));
  EXPECT_LT(last.q95[1] - last.q05[1], 0.15);
}

// --- the component kernel ------------------------------------------------------

TEST(AbcSmc, TheComponentKernelRecoversTheNormalMeanPosterior) {
  expect_normal_mean_posterior(AbcKernel::Component);
}

TEST(AbcSmc, TheComponentKernelWeighsATruncatedPosteriorRight) {
  // The prior starts at the observed mean, so the posterior is the right half
  // of N(mean(observed), sd^2): its mean is sd sqrt(2 / pi) above the bound,
  // and no particle is below it. (The truncation's mass in the weights is
  // checked by TruncatedKernel.TheDensityIntegratesToOneOnTheSupport; here
  // leaving it out biases the mean by about 0.01, inside the tolerance.)
  const NormalMeanProblem problem;
  AbcSettings s;
  s.population = 500;
  s.max_generations = 8;
  s.seed = 9;
  s.kernel = AbcKernel::Component;
  const auto result =
      abc_smc(NormalMeanProblem::priors(problem.observed_mean, 5), s, problem.evaluator());
  ASSERT_TRUE(result.trace.back().filled);
  const double epsilon = result.trace.back().epsilon;
  const double sd = std::sqrt(1.0 / 20 + epsilon * epsilon / 3);
  const double expected = problem.observed_mean + sd * std::sqrt(2 / std::numbers::pi);
  // Monte Carlo error of the mean: sd * 0.6 / sqrt(ess), under 0.015 at ess > 100.
  EXPECT_GT(result.trace.back().ess, 100);
  EXPECT_NEAR(weighted_mean(result.population, 0), expected, 0.045);
  for (const Particle& p : result.population) EXPECT_GE(p.theta[0], problem.observed_mean);
}

/// Nineteen shares, each uniform on [0, 1] and true at 0.9 (near the bound),
/// each seen as successes in 100 trials; distance: the root mean square of the
/// misses in units of their noise.
double nineteen_shares_distance(const Proposal& p) {
  static const RandomStream stream(41, 0);
  double sum = 0;
  for (std::uint32_t k = 0; k < 19; ++k) {
    int successes = 0;
    for (std::uint32_t i = 0; i < 100; ++i) {
      const auto draws =
          stream.draw(p.generation, p.attempt, SimulatorPurpose::Trials, k * 25 + i / 4);
      successes += open_unit(draws.words[i % 4]) < p.theta[k];
    }
    const double miss = (successes / 100.0 - 0.9) / 0.03;
    sum += miss * miss;
  }
  return std::sqrt(sum / 19);
}

TEST(AbcSmc, WithManyBoundedPriorsTheComponentKernelSimulatesEveryProposal) {
  std::vector<Prior> priors;
  for (int k = 0; k < 19; ++k)
    priors.push_back({"share" + std::to_string(k), PriorKind::Uniform, 0, 1});
  const auto evaluate = [](const std::vector<Proposal>& batch) {
    std::vector<double> d;
    for (const Proposal& p : batch) d.push_back(nineteen_shares_distance(p));
    return d;
  };
  AbcSettings s;
  s.population = 100;
  s.max_generations = 4;
  s.min_acceptance = 0;
  s.seed = 2;
  s.kernel = AbcKernel::Component;
  const auto component = abc_smc(priors, s, evaluate);
  s.kernel = AbcKernel::Multivariate;
  const auto multivariate = abc_smc(priors, s, evaluate);
  ASSERT_EQ(component.trace.size(), 4u);
  for (const auto& g : component.trace) {
    EXPECT_TRUE(g.filled) << g.generation;
    EXPECT_EQ(g.attempts, g.simulated) << g.generation;  // every proposal inside the support
  }
  // The multivariate kernel throws most of its proposals outside the unit
  // cube: by the last generation fewer than one in ten is simulated.
  const auto& last = multivariate.trace.back();
  EXPECT_LT(10 * last.simulated, last.attempts);
  // Both move towards the truth; the component kernel at least as far.
  EXPECT_LE(component.trace.back().epsilon, 1.2 * multivariate.trace.back().epsilon);
}

// --- stop rules --------------------------------------------------------------

TEST(AbcSmc, StopsAtMaxGenerations) {
  const NormalMeanProblem problem;
  const auto result = abc_smc(problem.priors(), small_settings(), problem.evaluator());
  ASSERT_EQ(result.trace.size(), 5u);
  for (std::size_t g = 0; g + 1 < result.trace.size(); ++g)
    EXPECT_EQ(result.trace[g].stop_reason, "");
  EXPECT_TRUE(contains(result.trace.back().stop_reason, "max_generations"));
}

TEST(AbcSmc, StopsAfterAGenerationBelowMinAcceptance) {
  const NormalMeanProblem problem;
  AbcSettings s = small_settings();
  s.max_generations = 30;
  s.min_acceptance = 0.3;
  const auto result = abc_smc(problem.priors(), s, problem.evaluator());
  const GenerationSummary& last = result.trace.back();
  ASSERT_LT(result.trace.size(), 30u);
  EXPECT_TRUE(last.filled);
  EXPECT_LT(last.acceptance_rate, 0.3);
  EXPECT_TRUE(contains(last.stop_reason, "min_acceptance")) << last.stop_reason;
  for (std::size_t g = 0; g + 1 < result.trace.size(); ++g)
    EXPECT_GE(result.trace[g].acceptance_rate, 0.3);
  // The generation that fell below still counts: it is the result.
  ASSERT_EQ(result.population.size(), s.population);
  for (const Particle& p : result.population) EXPECT_LE(p.distance, last.epsilon);
}

TEST(AbcSmc, StopsAtTargetEpsilon) {
  const NormalMeanProblem problem;
  AbcSettings s = small_settings();
  s.max_generations = 30;
  s.target_epsilon = 0.2;
  const auto result = abc_smc(problem.priors(), s, problem.evaluator());
  const GenerationSummary& last = result.trace.back();
  EXPECT_LE(last.epsilon, 0.2);
  EXPECT_TRUE(contains(last.stop_reason, "reached the target")) << last.stop_reason;
  for (std::size_t g = 0; g + 1 < result.trace.size(); ++g) EXPECT_GT(result.trace[g].epsilon, 0.2);
}

TEST(AbcSmc, AGenerationThatCannotFillEndsTheRunWithThePreviousPopulation) {
  const NormalMeanProblem problem;
  AbcSettings s = small_settings();
  s.population = 50;
  s.max_generations = 30;
  s.max_attempts = 150;  // fails once acceptance falls below 1/3
  const auto result = abc_smc(problem.priors(), s, problem.evaluator());
  ASSERT_GE(result.trace.size(), 3u);
  ASSERT_LT(result.trace.size(), 30u);
  const GenerationSummary& failed = result.trace.back();
  EXPECT_FALSE(failed.filled);
  EXPECT_LT(failed.accepted, s.population);
  EXPECT_EQ(failed.attempts, 150u);
  EXPECT_TRUE(contains(failed.stop_reason, "max_attempts")) << failed.stop_reason;
  const GenerationSummary& kept = result.trace[result.trace.size() - 2];
  EXPECT_TRUE(kept.filled);
  EXPECT_EQ(kept.stop_reason, "");
  // The result is the last filled generation: the same as a run told to stop there.
  AbcSettings shorter = s;
  shorter.max_generations = failed.generation;
  const auto stopped_there = abc_smc(problem.priors(), shorter, problem.evaluator());
  expect_same_population(result.population, stopped_there.population);
}

// --- failed simulations and bad input --------------------------------------------

TEST(AbcSmc, InfiniteDistancesInGenerationZeroNeverSetTheTolerance) {
  // Simulations with mu < 0 fail: +infinity, or NaN below -2.5.
  const NormalMeanProblem problem;
  const auto result =
      abc_smc(problem.priors(), small_settings(), [&](const std::vector<Proposal>& batch) {
        std::vector<double> d = problem.evaluator()(batch);
        for (std::size_t i = 0; i < d.size(); ++i) {
          if (batch[i].theta[0] < 0) d[i] = batch[i].theta[0] < -2.5 ? NAN : INFINITY;
        }
        return d;
      });
  ASSERT_GE(result.trace.size(), 2u);
  EXPECT_TRUE(std::isfinite(result.trace[1].epsilon));
  for (const Particle& p : result.population) {
    EXPECT_TRUE(std::isfinite(p.distance));
    EXPECT_GE(p.theta[0], 0);
  }
}

TEST(AbcSmc, StopsWhenNoDistanceIsFinite) {
  AbcSettings s = small_settings();
  const auto result =
      abc_smc(NormalMeanProblem::priors(), s, [](const std::vector<Proposal>& batch) {
        return std::vector<double>(batch.size(), INFINITY);
      });
  ASSERT_EQ(result.trace.size(), 1u);
  EXPECT_TRUE(contains(result.trace[0].stop_reason, "finite"));
  EXPECT_EQ(result.population.size(), s.population);
}

TEST(AbcSmc, RejectsBadSettingsPriorsAndEvaluators) {
  const NormalMeanProblem problem;
  const auto priors = NormalMeanProblem::priors();
  const auto evaluate = problem.evaluator();
  const auto with = [](auto change) {
    AbcSettings s = small_settings();
    change(s);
    return s;
  };
  EXPECT_THROW(abc_smc(priors, with([](AbcSettings& s) { s.population = 1; }), evaluate),
               std::invalid_argument);
  EXPECT_THROW(abc_smc(priors, with([](AbcSettings& s) { s.max_generations = 0; }), evaluate),
               std::invalid_argument);
  EXPECT_THROW(abc_smc(priors, with([](AbcSettings& s) { s.quantile = 0; }), evaluate),
               std::invalid_argument);
  EXPECT_THROW(abc_smc(priors, with([](AbcSettings& s) { s.quantile = 1.5; }), evaluate),
               std::invalid_argument);
  EXPECT_THROW(abc_smc(priors, with([](AbcSettings& s) { s.min_acceptance = -0.1; }), evaluate),
               std::invalid_argument);
  EXPECT_THROW(abc_smc(priors, with([](AbcSettings& s) { s.target_epsilon = NAN; }), evaluate),
               std::invalid_argument);
  EXPECT_THROW(abc_smc(priors, with([](AbcSettings& s) { s.max_attempts = 10; }), evaluate),
               std::invalid_argument);
  EXPECT_THROW(abc_smc({}, small_settings(), evaluate), std::invalid_argument);
  EXPECT_THROW(abc_smc({priors[0], priors[0]}, small_settings(), evaluate), std::invalid_argument);
  EXPECT_THROW(abc_smc({Prior{"mu", PriorKind::LogUniform, 0, 1}}, small_settings(), evaluate),
               std::invalid_argument);
  EXPECT_THROW(abc_smc(priors, small_settings(),
                       [](const std::vector<Proposal>&) { return std::vector<double>{1.0}; }),
               std::runtime_error);
}

}  // namespace
}  // namespace unrest::ensemble
