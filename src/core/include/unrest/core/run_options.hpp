#pragma once
/// \file
/// Options of one run that are not part of the scenario.

#include <cstdint>

namespace unrest {

struct RunOptions {
  /// Replicate index: with the scenario's seed, it keys the random stream, so
  /// replicate i is the same whatever else runs beside it.
  std::uint64_t run = 0;
};

}  // namespace unrest
