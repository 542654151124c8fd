#pragma once
/// \file
/// The points of a parameter sweep: a full grid over each parameter's levels,
/// or a Latin hypercube over their ranges (McKay, Beckman and Conover 1979:
/// each range cut into as many equal strata as points, each stratum used
/// once), drawn from the counter-based stream so a design is a function of
/// its seed alone.

#include <cstdint>
#include <string>
#include <vector>

namespace unrest::ensemble {

/// One swept parameter, from "name=low:high[:levels][:log]" or "name=v1,v2,...".
struct SweepParameter {
  std::string name;
  std::vector<double> values;  ///< explicit levels (a list, or a grid's levels)
  double low = 0;
  double high = 0;
  bool log_scale = false;  ///< levels and strata evenly spaced in log(value)
  bool is_range = false;   ///< given as low:high (levels optional)
};

enum class SweepDesign { Grid, LatinHypercube };

/// Parses one --param specification. Throws std::invalid_argument with the
/// expected form.
SweepParameter parse_sweep_parameter(const std::string& spec);

/// The design's points, one value per parameter in the given order. A grid
/// needs levels for every parameter (a list, or low:high:levels); it varies
/// the last parameter fastest. A Latin hypercube needs `points` and a range
/// for every parameter.
std::vector<std::vector<double>> sweep_points(const std::vector<SweepParameter>& parameters,
                                              SweepDesign design, std::size_t points,
                                              std::uint64_t seed);

}  // namespace unrest::ensemble
