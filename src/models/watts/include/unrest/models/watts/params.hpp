#pragma once
/// \file
/// Parameters of Watts's (2002) global cascades on random networks.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "unrest/core/params.hpp"
#include "unrest/scenario/bind_params.hpp"

namespace unrest::watts {

enum class GraphKind {
  ErdosRenyi,     ///< G(N, p), mean degree z
  Configuration,  ///< erased configuration model from the `degrees` list
};

enum class ThresholdKind {
  Fixed,    ///< every node phi
  Normal,   ///< normal with mean phi and s.d. phi_sd
  Uniform,  ///< uniform on [phi_low, phi_high]
};

struct Params {
  int nodes = 10'000;  ///< N; Watts 2002: 10,000
  GraphKind graph = GraphKind::ErdosRenyi;
  double mean_degree = 4;       ///< z
  std::vector<double> degrees;  ///< with graph = "configuration", one per node
  ThresholdKind threshold = ThresholdKind::Fixed;
  double phi = 0.18;  ///< Watts 2002, Fig. 1
  double phi_sd = 0.05;
  double phi_low = 0;
  double phi_high = 0.36;
  int trials = 1000;             ///< cascades, each on a fresh graph with a fresh seed
  int seeds = 1;                 ///< initial active nodes
  double global_fraction = 0.1;  ///< a cascade is global above this share of nodes
};

const ParamTable<Params>& param_table();

std::optional<ParamProblem> validate(const Params& params, const std::set<std::string>& given);

}  // namespace unrest::watts
