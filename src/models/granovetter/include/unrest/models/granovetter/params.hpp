#pragma once
/// \file
/// Parameters of Granovetter's (1978) threshold model of collective behaviour:
/// a crowd whose members each join once enough others have.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "unrest/core/params.hpp"
#include "unrest/scenario/bind_params.hpp"

namespace unrest::granovetter {

/// Where the thresholds come from.
enum class Distribution {
  List,     ///< given one by one in `thresholds`
  Normal,   ///< normal with `mean` and `sd`
  Uniform,  ///< uniform on [`low`, `high`]
};

/// How a drawn threshold becomes a number of people.
enum class Rounding {
  Floor,  ///< down to a whole number of people
  Round,  ///< to the nearest whole number
  None,   ///< kept real: a person joins when the count reaches it
};

/// How the crowd is drawn from the distribution.
enum class Sampling {
  Random,     ///< each threshold an independent draw
  Quantiles,  ///< person i gets the (i + 1/2)/N quantile: the crowd as its expectation
};

struct Params {
  int population = 100;  ///< N; Granovetter's examples: 100
  Distribution distribution = Distribution::Normal;
  std::vector<double> thresholds;  ///< with distribution = "list"
  double mean = 25;                ///< people; Granovetter 1978: mean 25
  double sd = 10;                  ///< people
  double low = 0;                  ///< people, uniform
  double high = 99;                ///< people, uniform
  Rounding rounding = Rounding::Floor;
  Sampling sampling = Sampling::Random;
};

const ParamTable<Params>& param_table();

/// Cross-field checks, including keys that would have no effect: `given` holds
/// the keys the scenario sets.
std::optional<ParamProblem> validate(const Params& params, const std::set<std::string>& given);

}  // namespace unrest::granovetter
