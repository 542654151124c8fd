#include "unrest/models/watts/params.hpp"

#include <fmt/format.h>

#include <cmath>

namespace unrest::watts {

namespace {

constexpr const char* kPaper = "Watts 2002, PNAS 99(9)";

ParamTable<Params> make_table() {
  using P = Params;
  return {
      integer_param("nodes", &P::nodes, 2, 2'000'000'000, "nodes",
                    "N (with graph = \"configuration\": the length of degrees)", kPaper),
      choice_param(
          "graph", &P::graph,
          {{"erdos_renyi", GraphKind::ErdosRenyi}, {"configuration", GraphKind::Configuration}},
          "random graph: Erdos-Renyi with mean degree z, or a configuration model", kPaper),
      real_param("mean_degree", &P::mean_degree, 0, 1e6, "neighbours",
                 "z, the mean degree of the Erdos-Renyi graph", kPaper),
      real_list_param("degrees", &P::degrees, 0, 4e9, "neighbours",
                      "the degree of each node (graph = \"configuration\")",
                      "Newman, Strogatz and Watts 2001"),
      choice_param("threshold", &P::threshold,
                   {{"fixed", ThresholdKind::Fixed},
                    {"normal", ThresholdKind::Normal},
                    {"uniform", ThresholdKind::Uniform}},
                   "thresholds: all phi, normal (phi, phi_sd), or uniform (phi_low, phi_high)",
                   kPaper),
      real_param("phi", &P::phi, 0, 1, "1", "threshold (fixed), or its mean (normal)",
                 "Watts 2002, Fig. 1: 0.18"),
      real_param("phi_sd", &P::phi_sd, 0, 10, "1", "s.d. of normal thresholds", kPaper),
      real_param("phi_low", &P::phi_low, 0, 1, "1", "lower end of uniform thresholds", kPaper),
      real_param("phi_high", &P::phi_high, 0, 1, "1", "upper end of uniform thresholds", kPaper),
      integer_param("trials", &P::trials, 1, 100'000'000, "cascades",
                    "independent cascades, each on a fresh graph, thresholds and seed", kPaper),
      integer_param("seeds", &P::seeds, 1, 2'000'000'000, "nodes",
                    "initially active nodes, drawn at random", "Watts 2002: one"),
      real_param("global_fraction", &P::global_fraction, 0, 1, "1",
                 "a cascade is global when more than this share of nodes is active", kPaper),
  };
}

}  // namespace

const ParamTable<Params>& param_table() {
  static const ParamTable<Params> table = make_table();
  return table;
}

std::optional<ParamProblem> validate(const Params& p, const std::set<std::string>& given) {
  if (p.graph == GraphKind::Configuration) {
    if (p.degrees.size() < 2) {
      return ParamProblem{"degrees", "graph = \"configuration\" needs a degree for each node"};
    }
    for (const double d : p.degrees) {
      if (d != std::floor(d)) {
        return ParamProblem{"degrees", fmt::format("degrees are whole numbers, got {}", d)};
      }
    }
    if (given.contains("nodes") && static_cast<std::size_t>(p.nodes) != p.degrees.size()) {
      return ParamProblem{"nodes", fmt::format("is {} but degrees lists {} nodes; leave it out",
                                               p.nodes, p.degrees.size())};
    }
    if (auto problem =
            refuse_given(given, {"mean_degree"}, "has no effect with graph = \"configuration\"")) {
      return problem;
    }
  } else if (auto problem =
                 refuse_given(given, {"degrees"}, "applies only with graph = \"configuration\"")) {
    return problem;
  }
  const std::size_t n =
      p.graph == GraphKind::Configuration ? p.degrees.size() : static_cast<std::size_t>(p.nodes);
  if (static_cast<std::size_t>(p.seeds) > n) {
    return ParamProblem{"seeds", fmt::format("{} seeds in a graph of {} nodes", p.seeds, n)};
  }
  switch (p.threshold) {
    case ThresholdKind::Fixed:
      return refuse_given(given, {"phi_sd", "phi_low", "phi_high"},
                          "has no effect with threshold = \"fixed\"");
    case ThresholdKind::Normal:
      return refuse_given(given, {"phi_low", "phi_high"},
                          "has no effect with threshold = \"normal\"");
    case ThresholdKind::Uniform:
      if (p.phi_high < p.phi_low) return ParamProblem{"phi_high", "must not be below phi_low"};
      return refuse_given(given, {"phi", "phi_sd"}, "has no effect with threshold = \"uniform\"");
  }
  return std::nullopt;
}

}  // namespace unrest::watts
