#pragma once
/// \file
/// The tables a sweep writes: every run's summary values and fit scores by
/// design point (sweep.csv), and their distribution per point
/// (sweep_summary.csv). Replicate r of point p is digests[p * runs + r].

#include <vector>

#include "unrest/core/table.hpp"
#include "unrest/ensemble/digest.hpp"
#include "unrest/ensemble/sweep_design.hpp"

namespace unrest::ensemble {

Table sweep_rows(const std::vector<SweepParameter>& parameters,
                 const std::vector<std::vector<double>>& points, std::size_t runs,
                 const std::vector<ReplicateDigest>& digests);

Table point_summary(const std::vector<SweepParameter>& parameters,
                    const std::vector<std::vector<double>>& points, std::size_t runs,
                    const std::vector<ReplicateDigest>& digests);

}  // namespace unrest::ensemble
