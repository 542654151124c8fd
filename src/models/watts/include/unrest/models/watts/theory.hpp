#pragma once
/// \file
/// The analytic side of Watts (2002), on random graphs with a given degree
/// distribution p_k and threshold distribution:
///
/// - a node of degree k is vulnerable (one active neighbour suffices) with
///   probability rho_k = P(phi <= 1/k);
/// - global cascades are possible when the vulnerable nodes percolate:
///   sum_k k (k - 1) rho_k p_k > z (the cascade condition, G0''(1) = z);
/// - their frequency is the share of nodes from which the giant vulnerable
///   cluster can be entered: a seed triggers a global cascade when a
///   neighbour of it belongs to that cluster (the extended vulnerable cluster);
/// - their size, in the tree approximation for a vanishing seed (Gleeson and
///   Cahalane 2007), from the fixed point of the probability q that a
///   neighbour is active.

#include <optional>
#include <utility>
#include <vector>

#include "unrest/models/watts/params.hpp"

namespace unrest::watts {

/// p_k for k = 0..K, and the mean degree z.
struct DegreeDistribution {
  std::vector<double> p;
  double mean = 0;
};

/// Poisson with mean z, truncated where the tail falls below 1e-16.
DegreeDistribution poisson_degrees(double z);

/// The empirical distribution of a degree list.
DegreeDistribution empirical_degrees(const std::vector<double>& degrees);

/// The degree distribution the params' graph is drawn from.
DegreeDistribution degree_distribution(const Params& params);

/// P(a node with k neighbours, m of them active, activates), by the same rule
/// as the simulation: m >= max(1, ceil(phi k)).
double activation_probability(const Params& params, std::uint32_t m, std::uint32_t k);

struct CascadeTheory {
  double condition = 0;           ///< sum_k k (k - 1) rho_k p_k / z; global cascades need > 1
  double vulnerable_share = 0;    ///< sum_k rho_k p_k (k >= 1)
  double vulnerable_cluster = 0;  ///< S_v: share of nodes in the giant vulnerable cluster
  double frequency = 0;           ///< predicted frequency of global cascades (extended cluster)
  double size = 0;                ///< predicted share of nodes active in a global cascade
};

CascadeTheory cascade_theory(const Params& params, const DegreeDistribution& degrees);

/// The cascade condition alone: sum_k k (k - 1) rho_k p_k / z.
double cascade_condition(const Params& params, const DegreeDistribution& degrees);

/// For Erdos-Renyi graphs with the params' thresholds: the interval of mean
/// degree z in which the cascade condition holds (searched over 0 < z <= 100),
/// or nothing if it holds nowhere.
std::optional<std::pair<double, double>> cascade_window(const Params& params);

}  // namespace unrest::watts
