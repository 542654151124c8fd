#pragma once
/// \file
/// Independent simulations spread over the ranks and the threads of each rank.
/// The i-th job goes to rank i mod K; within a rank, jobs run side by side, one
/// thread each (the models' own parallel loops then run single-threaded); a
/// lone job gets every thread. Results reach rank 0 as they finish, through a
/// messenger thread on each rank when MPI allows threads to take turns.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "unrest/ensemble/communicator.hpp"

namespace unrest::ensemble {

/// Computes one job; returns what rank 0 needs of it, serialised.
using JobFunction = std::function<std::string(std::uint64_t job)>;
/// Takes one finished job on rank 0. Calls come one at a time.
using ResultSink = std::function<void(std::uint64_t job, std::string result)>;

/// Runs `jobs` (the same list on every rank) with up to `threads` threads per
/// rank. Returns once rank 0's sink has had every result (on rank 0), or once
/// this rank's share is sent (on the others). An exception in a job stops this
/// rank's remaining jobs and is rethrown.
void run_jobs(const Communicator& communicator, const std::vector<std::uint64_t>& jobs, int threads,
              const JobFunction& compute, const ResultSink& sink);

}  // namespace unrest::ensemble
