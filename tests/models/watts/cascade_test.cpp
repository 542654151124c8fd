#include "unrest/models/watts/cascade.hpp"

#include <gtest/gtest.h>
#include <omp.h>

namespace unrest::watts {
namespace {

TEST(RequiredActive, IsTheCeilingOfPhiKWithAtLeastOne) {
  EXPECT_EQ(required_active(0.18, 5), 1u);  // 0.9
  EXPECT_EQ(required_active(0.18, 6), 2u);  // 1.08
  EXPECT_EQ(required_active(0.2, 5), 1u);   // exactly 1, despite 0.2 x 5 = 1.0000000000000002
  EXPECT_EQ(required_active(0.0, 7), 1u);   // a node needs an active neighbour
  EXPECT_EQ(required_active(0.5, 4), 2u);
  EXPECT_EQ(required_active(1.0, 3), 3u);
}

// A path 0-1-2-3-4 and a node 5 hanging off 2 and 4.
Graph path_with_extra() {
  return Graph(6, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {2, 5}, {4, 5}});
}

TEST(Cascade, SpreadsAlongVulnerableNodesInRounds) {
  const Graph g = path_with_extra();
  const std::vector<std::uint32_t> required = {1, 1, 1, 1, 1, 1};
  const NodeIndex seed[] = {0};
  const CascadeResult r = run_cascade(g, required, seed, 100);
  EXPECT_EQ(r.active, 6u);
  EXPECT_EQ(r.per_round, (std::vector<std::uint64_t>{1, 2, 3, 5, 6}));
  EXPECT_EQ(r.rounds, 4);
  EXPECT_EQ(r.edges_processed, 2 * g.edges());  // every active node scanned its neighbours once
}

TEST(Cascade, StopsAtANodeThatNeedsTwo) {
  const Graph g = path_with_extra();
  // Node 3 needs both 2 and 4, node 5 both 2 and 4: 4 can only come via 3.
  const std::vector<std::uint32_t> required = {1, 1, 1, 2, 1, 2};
  const NodeIndex seed[] = {0};
  EXPECT_EQ(run_cascade(g, required, seed, 100).active, 3u);
  const NodeIndex two_seeds[] = {0, 4};
  EXPECT_EQ(run_cascade(g, required, two_seeds, 100).active, 6u);
}

TEST(Cascade, RespectsTheRoundLimit) {
  const Graph g = path_with_extra();
  const std::vector<std::uint32_t> required(6, 1);
  const NodeIndex seed[] = {0};
  EXPECT_EQ(run_cascade(g, required, seed, 2).active, 3u);
}

TEST(Cascade, SameResultForAnyThreadCount) {
  const Graph g = erdos_renyi(300'000, 4.0, RandomStream(2, 0), 0);
  std::vector<std::uint32_t> required(g.nodes());
  for (NodeIndex v = 0; v < g.nodes(); ++v) required[v] = required_active(0.18, g.degree(v));
  const NodeIndex seed[] = {12345};
  omp_set_num_threads(1);
  const CascadeResult one = run_cascade(g, required, seed, 1'000'000);
  omp_set_num_threads(2);
  const CascadeResult two = run_cascade(g, required, seed, 1'000'000);
  EXPECT_GT(one.active, g.nodes() / 2);  // global: large and small rounds alternate
  EXPECT_EQ(one.active, two.active);
  EXPECT_EQ(one.per_round, two.per_round);
  EXPECT_EQ(one.edges_processed, two.edges_processed);
}

}  // namespace
}  // namespace unrest::watts
