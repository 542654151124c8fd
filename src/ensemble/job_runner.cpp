#include "unrest/ensemble/job_runner.hpp"

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

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

/// Results on their way to rank 0, sent by a thread of their own so that a
/// large message (which waits until rank 0 takes it) never holds up the
/// next job.
class Outbox {
 public:
  explicit Outbox(const Communicator& communicator)
      : communicator_(communicator), sender_([this] { send_all(); }) {}
  Outbox(const Outbox&) = delete;
  Outbox& operator=(const Outbox&) = delete;
  ~Outbox() { close(); }

  void post(std::string message) {
    {
      const std::lock_guard lock(mutex_);
      queue_.push_back(std::move(message));
    }
    ready_.notify_one();
  }

  /// Returns once everything posted has been sent.
  void close() {
    {
      const std::lock_guard lock(mutex_);
      closed_ = true;
    }
    ready_.notify_one();
    if (sender_.joinable()) sender_.join();
  }

 private:
  void send_all() {
    for (;;) {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [this] { return closed_ || !queue_.empty(); });
      if (queue_.empty()) return;
      std::string message = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      communicator_.send_to_root(message);
    }
  }

  const Communicator& communicator_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::string> queue_;
  bool closed_ = false;
  std::thread sender_;
};

}  // namespace

void run_jobs(const Communicator& communicator, const std::vector<std::uint64_t>& jobs, int threads,
              const JobFunction& compute, const ResultSink& sink) {
  std::vector<std::uint64_t> mine;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (static_cast<int>(i % static_cast<std::size_t>(communicator.size())) == communicator.rank())
      mine.push_back(jobs[i]);
  }
  const bool root = communicator.is_root();
  // With several ranks, each has one messenger thread (rank 0: receiving,
  // the others: sending) while its own jobs run, if MPI lets threads take
  // turns; otherwise rank 0 looks for results between its own jobs.
  const bool messenger = communicator.size() > 1 && communicator.threads_may_communicate();
  std::mutex deliver;  // rank 0: one result at a time reaches the sink
  std::size_t delivered = 0;
  const auto to_sink = [&](std::uint64_t job, std::string result) {
    const std::lock_guard lock(deliver);
    sink(job, std::move(result));
    ++delivered;
  };

  std::exception_ptr failure;
  std::mutex failure_lock;
  std::atomic<bool> failed{false};
  const auto fail = [&] {
    const std::lock_guard lock(failure_lock);
    if (!failed.exchange(true)) failure = std::current_exception();
  };

  std::optional<Outbox> outbox;
  std::thread receiver;
  if (messenger && !root) outbox.emplace(communicator);
  if (messenger && root) {
    const std::size_t remote = jobs.size() - mine.size();
    receiver = std::thread([&, remote] {
      // Polls rather than blocks: a blocking receive would spin a core that
      // rank 0's own jobs need.
      try {
        for (std::size_t got = 0; got < remote && !failed.load();) {
          std::string message;
          if (communicator.poll(message)) {
            const std::uint64_t job = unframe(message);
            to_sink(job, std::move(message));
            ++got;
          } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
          }
        }
      } catch (...) {
        fail();
      }
    });
  }

  std::mutex mpi_lock;  // without a messenger: one thread at a time calls MPI
  const auto deliver_result = [&](std::uint64_t job, std::string result) {
    if (!root) {
      if (outbox) {
        outbox->post(frame(job, result));
      } else {
        const std::lock_guard lock(mpi_lock);
        communicator.send_to_root(frame(job, result));
      }
      return;
    }
    to_sink(job, std::move(result));
    if (messenger || communicator.size() == 1) return;
    const std::lock_guard lock(mpi_lock);
    std::string message;
    while (communicator.poll(message)) {
      const std::uint64_t remote = unframe(message);
      to_sink(remote, std::move(message));
    }
  };

  const int usable = threads < 1 ? 1 : threads;
  const bool side_by_side = mine.size() > 1 && usable > 1 &&
                            (communicator.size() == 1 || communicator.threads_may_communicate());
  const auto run_one = [&](std::uint64_t job) {
    if (failed.load()) return;
    try {
      deliver_result(job, compute(job));
    } catch (...) {
      fail();
    }
  };
  if (side_by_side) {
    const int team =
        static_cast<int>(std::min<std::size_t>(mine.size(), static_cast<std::size_t>(usable)));
    omp_set_max_active_levels(1);  // a job's own parallel loops stay on its thread
#pragma omp parallel for schedule(dynamic, 1) num_threads(team)
    for (std::size_t i = 0; i < mine.size(); ++i) run_one(mine[i]);
  } else {
    omp_set_num_threads(usable);
    for (const std::uint64_t job : mine) run_one(job);
  }
  if (outbox) outbox->close();
  if (receiver.joinable()) {
    // After a failure the receiver stops waiting; the caller aborts every rank.
    receiver.join();
  }
  if (failure) std::rethrow_exception(failure);
  if (!root) return;
  while (delivered < jobs.size()) {
    std::string message = communicator.receive();
    const std::uint64_t remote = unframe(message);
    to_sink(remote, std::move(message));
  }
}

}  // namespace unrest::ensemble
