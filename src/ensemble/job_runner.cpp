#include "unrest/ensemble/job_runner.hpp"

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <mutex>

namespace unrest::ensemble {

namespace {

std::string frame(std::uint64_t job, const std::string& result) {
  std::string message(sizeof job, '\0');
  std::memcpy(message.data(), &job, sizeof job);
  message += result;
  return message;
}

std::uint64_t unframe(std::string& message) {
  std::uint64_t job = 0;
  std::memcpy(&job, message.data(), sizeof job);
  message.erase(0, sizeof job);
  return job;
}

}  // namespace

void run_jobs(const Communicator& communicator, const std::vector<std::uint64_t>& jobs, int threads,
              const JobFunction& compute, const ResultSink& sink) {
  std::vector<std::uint64_t> mine;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (static_cast<int>(i % static_cast<std::size_t>(communicator.size())) == communicator.rank())
      mine.push_back(jobs[i]);
  }
  const bool root = communicator.is_root();
  std::size_t delivered = 0;  // on rank 0: results handed to the sink
  std::mutex deliver;
  // One thread at a time delivers: rank 0 to its sink (draining what other
  // ranks sent meanwhile), other ranks to rank 0.
  const auto deliver_result = [&](std::uint64_t job, std::string result) {
    const std::lock_guard lock(deliver);
    if (!root) {
      communicator.send_to_root(frame(job, result));
      return;
    }
    sink(job, std::move(result));
    ++delivered;
    std::string message;
    while (communicator.poll(message)) {
      const std::uint64_t remote = unframe(message);
      sink(remote, std::move(message));
      ++delivered;
    }
  };

  const int usable = threads < 1 ? 1 : threads;
  const bool side_by_side = mine.size() > 1 && usable > 1 &&
                            (communicator.size() == 1 || communicator.threads_may_communicate());
  std::exception_ptr failure;
  std::mutex failure_lock;
  std::atomic<bool> failed{false};
  if (side_by_side) {
    const int team =
        static_cast<int>(std::min<std::size_t>(mine.size(), static_cast<std::size_t>(usable)));
    omp_set_max_active_levels(1);  // a job's own parallel loops stay on its thread
#pragma omp parallel for schedule(dynamic, 1) num_threads(team)
    for (std::size_t i = 0; i < mine.size(); ++i) {
      if (failed.load()) continue;
      try {
        deliver_result(mine[i], compute(mine[i]));
      } catch (...) {
        const std::lock_guard lock(failure_lock);
        if (!failed.exchange(true)) failure = std::current_exception();
      }
    }
  } else {
    omp_set_num_threads(usable);
    for (const std::uint64_t job : mine) deliver_result(job, compute(job));
  }
  if (failure) std::rethrow_exception(failure);
  if (!root) return;
  while (delivered < jobs.size()) {
    std::string message = communicator.receive();
    const std::uint64_t remote = unframe(message);
    sink(remote, std::move(message));
    ++delivered;
  }
}

}  // namespace unrest::ensemble
