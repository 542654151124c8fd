#pragma once
/// \file
/// The processes of one invocation. Started by `mpirun -n K` (and built with
/// MPI), the program is K ranks that split the replicates; started alone it is
/// one rank, with no MPI involved at all.

#include <cstdint>
#include <string>

namespace unrest::ensemble {

class Communicator {
 public:
  /// Joins the MPI job if the launcher started this process (its environment
  /// says so); otherwise a single process. Throws std::runtime_error if the
  /// launcher asks for MPI and the program was built without it.
  Communicator(int& argc, char**& argv);
  ~Communicator();
  Communicator(const Communicator&) = delete;
  Communicator& operator=(const Communicator&) = delete;

  [[nodiscard]] int rank() const noexcept { return rank_; }
  [[nodiscard]] int size() const noexcept { return size_; }
  [[nodiscard]] bool is_root() const noexcept { return rank_ == 0; }
  /// Whether several threads may call into MPI one at a time.
  [[nodiscard]] bool threads_may_communicate() const noexcept { return serialized_; }

  /// Rank 0's `text` on every rank.
  void broadcast(std::string& text) const;
  /// Sends `message` to rank 0 (from another rank).
  void send_to_root(const std::string& message) const;
  /// On rank 0: the next message from any rank, if one is waiting.
  [[nodiscard]] bool poll(std::string& message) const;
  /// On rank 0: waits for the next message from any rank.
  [[nodiscard]] std::string receive() const;
  /// Ends every rank at once (an error on one rank must not hang the rest).
  [[noreturn]] void abort(int code) const;

 private:
  int rank_ = 0;
  int size_ = 1;
  bool mpi_ = false;
  bool serialized_ = true;
};

/// Whether this build can run under mpirun.
bool built_with_mpi() noexcept;

}  // namespace unrest::ensemble
