#include "unrest/models/granovetter/params.hpp"

#include <fmt/format.h>

namespace unrest::granovetter {

namespace {

constexpr const char* kPaper = "Granovetter 1978, AJS 83(6)";

ParamTable<Params> make_table() {
  using P = Params;
  return {
      integer_param("population", &P::population, 1, 1'000'000'000, "people",
                    "N, the size of the crowd (with a list: its length)", kPaper),
      choice_param("distribution", &P::distribution,
                   {{"list", Distribution::List},
                    {"normal", Distribution::Normal},
                    {"uniform", Distribution::Uniform}},
                   "where thresholds come from: a list, a normal or a uniform distribution",
                   kPaper),
      real_list_param("thresholds", &P::thresholds, -1e12, 1e12, "people",
                      "the thresholds one by one (distribution = \"list\")", kPaper),
      real_param("mean", &P::mean, -1e12, 1e12, "people", "mean of the normal thresholds",
                 "Granovetter 1978: 25"),
      real_param("sd", &P::sd, 0, 1e12, "people", "standard deviation of the normal thresholds",
                 kPaper),
      real_param("low", &P::low, -1e12, 1e12, "people", "lower end of uniform thresholds", kPaper),
      real_param("high", &P::high, -1e12, 1e12, "people", "upper end of uniform thresholds",
                 kPaper),
      choice_param(
          "rounding", &P::rounding,
          {{"floor", Rounding::Floor}, {"round", Rounding::Round}, {"none", Rounding::None}},
          "drawn thresholds rounded down, to nearest, or kept real", "unrest"),
      choice_param("sampling", &P::sampling,
                   {{"random", Sampling::Random}, {"quantiles", Sampling::Quantiles}},
                   "independent draws, or the distribution's evenly spaced quantiles", "unrest"),
  };
}

}  // namespace

const ParamTable<Params>& param_table() {
  static const ParamTable<Params> table = make_table();
  return table;
}

std::optional<ParamProblem> validate(const Params& p, const std::set<std::string>& given) {
  switch (p.distribution) {
    case Distribution::List:
      if (p.thresholds.empty()) {
        return ParamProblem{"thresholds", "distribution = \"list\" needs a non-empty list"};
      }
      if (given.contains("population") &&
          static_cast<std::size_t>(p.population) != p.thresholds.size()) {
        return ParamProblem{"population",
                            fmt::format("is {} but the list holds {} thresholds; leave it out",
                                        p.population, p.thresholds.size())};
      }
      return refuse_given(given, {"mean", "sd", "low", "high", "rounding", "sampling"},
                          "has no effect with distribution = \"list\"");
    case Distribution::Normal:
      if (auto problem = refuse_given(given, {"thresholds", "low", "high"},
                                      "has no effect with distribution = \"normal\"")) {
        return problem;
      }
      return std::nullopt;
    case Distribution::Uniform:
      if (p.high < p.low) return ParamProblem{"high", "must not be below low"};
      return refuse_given(given, {"thresholds", "mean", "sd"},
                          "has no effect with distribution = \"uniform\"");
  }
  return std::nullopt;
}

}  // namespace unrest::granovetter
