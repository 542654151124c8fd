#pragma once
/// \file
/// The crowd and its dynamics. Person i joins at round t + 1 when the number
/// acting at round t is at least its threshold; nobody leaves. So the number
/// acting follows r(t + 1) = #{i : threshold_i <= r(t)}, from r(0) = 0, up to
/// the first r with r(t + 1) = r(t): the equilibrium (Granovetter 1978).

#include <cstdint>
#include <vector>

#include "unrest/core/random.hpp"
#include "unrest/models/granovetter/params.hpp"

namespace unrest::granovetter {

enum class Purpose : std::uint32_t { Threshold = 1 };

/// The thresholds of the crowd, sorted ascending.
std::vector<double> make_thresholds(const Params& params, const RandomStream& rng);

/// The number acting at each round, from r(0) = 0 to the equilibrium (or to
/// `max_rounds`, whichever comes first).
std::vector<std::int64_t> iterate_crowd(const std::vector<double>& sorted_thresholds,
                                        std::int64_t max_rounds);

}  // namespace unrest::granovetter
