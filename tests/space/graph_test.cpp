#include "unrest/space/graph.hpp"

#include <gtest/gtest.h>
#include <omp.h>

#include <cmath>

#include "unrest/core/distributions.hpp"

namespace unrest {
namespace {

void expect_simple(const Graph& g) {
  std::uint64_t ends = 0;
  for (NodeIndex v = 0; v < g.nodes(); ++v) {
    const auto nb = g.neighbours(v);
    ends += nb.size();
    for (std::size_t i = 0; i < nb.size(); ++i) {
      ASSERT_NE(nb[i], v) << "self-loop";
      if (i > 0) {
        ASSERT_LT(nb[i - 1], nb[i]) << "unsorted or repeated neighbour";
      }
      const auto back = g.neighbours(nb[i]);
      ASSERT_TRUE(std::binary_search(back.begin(), back.end(), v)) << "asymmetric edge";
    }
  }
  EXPECT_EQ(ends, 2 * g.edges());
}

TEST(Graph, BuildsCsrFromEdges) {
  const Graph g(4, {{0, 1}, {1, 2}, {0, 3}});
  EXPECT_EQ(g.nodes(), 4u);
  EXPECT_EQ(g.edges(), 3u);
  EXPECT_EQ(g.degree(0), 2u);
  EXPECT_EQ(g.degree(2), 1u);
  EXPECT_EQ(std::vector<NodeIndex>(g.neighbours(0).begin(), g.neighbours(0).end()),
            (std::vector<NodeIndex>{1, 3}));
  EXPECT_DOUBLE_EQ(g.mean_degree(), 1.5);
}

TEST(ErdosRenyi, IsSimpleWithPoissonDegrees) {
  const Graph g = erdos_renyi(200'000, 5.0, RandomStream(1, 0), 0);
  expect_simple(g);
  // Mean degree: 2 M / N with M ~ Binomial(N(N-1)/2, p): s.d. about 0.007.
  EXPECT_NEAR(g.mean_degree(), 5.0, 0.035);
  std::vector<double> counts(12, 0);
  for (NodeIndex v = 0; v < g.nodes(); ++v) {
    if (g.degree(v) < counts.size()) ++counts[g.degree(v)];
  }
  for (std::size_t k = 0; k < counts.size(); ++k) {
    const double expected = poisson_pmf(static_cast<std::int64_t>(k), 5.0) * g.nodes();
    EXPECT_NEAR(counts[k], expected, 5 * std::sqrt(expected) + 1) << "degree " << k;
  }
}

TEST(ErdosRenyi, SameGraphForAnyThreadCountAndInstancesDiffer) {
  omp_set_num_threads(1);
  const Graph one = erdos_renyi(50'000, 3.0, RandomStream(7, 2), 5);
  omp_set_num_threads(2);
  const Graph two = erdos_renyi(50'000, 3.0, RandomStream(7, 2), 5);
  ASSERT_EQ(one.edges(), two.edges());
  for (NodeIndex v = 0; v < one.nodes(); ++v) {
    ASSERT_TRUE(std::equal(one.neighbours(v).begin(), one.neighbours(v).end(),
                           two.neighbours(v).begin(), two.neighbours(v).end()));
  }
  EXPECT_NE(erdos_renyi(50'000, 3.0, RandomStream(7, 2), 6).edges(), one.edges());
}

TEST(ErdosRenyi, EdgeCases) {
  EXPECT_EQ(erdos_renyi(1, 3.0, RandomStream(1, 0), 0).edges(), 0u);
  EXPECT_EQ(erdos_renyi(10, 0.0, RandomStream(1, 0), 0).edges(), 0u);
  EXPECT_EQ(erdos_renyi(10, 9.0, RandomStream(1, 0), 0).edges(), 45u);  // p = 1: complete
}

TEST(ConfigurationModel, IsSimpleWithAtMostTheAskedDegrees) {
  std::vector<std::uint32_t> degrees(20'000);
  for (std::size_t i = 0; i < degrees.size(); ++i)
    degrees[i] = static_cast<std::uint32_t>(1 + i % 7);  // mean 4
  const Graph g = configuration_model(degrees, RandomStream(3, 0), 0);
  expect_simple(g);
  std::uint64_t lost = 0;
  for (NodeIndex v = 0; v < g.nodes(); ++v) {
    ASSERT_LE(g.degree(v), degrees[v]);
    lost += degrees[v] - g.degree(v);
  }
  // Self-loops and repeats erased: about (mean excess degree)^2 / 2 ~ 30 edges in 40,000.
  EXPECT_LT(lost, 400u);
}

}  // namespace
}  // namespace unrest
