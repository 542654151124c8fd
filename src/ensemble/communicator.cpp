#include "unrest/ensemble/communicator.hpp"

#include <cstdlib>
#include <stdexcept>

#ifdef UNREST_WITH_MPI
#include <mpi.h>
#endif

namespace unrest::ensemble {

namespace {

constexpr int kResultTag = 7;

// Open MPI, MPICH and Slurm each announce the size of the job this way.
bool launched_by_mpirun() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK", "PMI_RANK"}) {
    if (std::getenv(name) != nullptr) return true;
  }
  return false;
}

}  // namespace

bool built_with_mpi() noexcept {
#ifdef UNREST_WITH_MPI
  return true;
#else
  return false;
#endif
}

Communicator::Communicator([[maybe_unused]] int& argc, [[maybe_unused]] char**& argv) {
  if (!launched_by_mpirun()) return;
#ifdef UNREST_WITH_MPI
  int provided = 0;
  MPI_Init_thread(&argc, &argv, MPI_THREAD_SERIALIZED, &provided);
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
  mpi_ = true;
  serialized_ = provided >= MPI_THREAD_SERIALIZED;
#else
  // A single-rank launch works like a plain start; more ranks would each
  // compute everything and overwrite each other's files.
  const char* size = std::getenv("OMPI_COMM_WORLD_SIZE");
  if (size == nullptr) size = std::getenv("PMI_SIZE");
  if (size != nullptr && std::atoi(size) > 1) {
    throw std::runtime_error(
        "started by mpirun with several ranks, but this unrest was built without MPI "
        "(install libopenmpi-dev and rebuild)");
  }
#endif
}

Communicator::~Communicator() {
#ifdef UNREST_WITH_MPI
  if (mpi_) MPI_Finalize();
#endif
}

void Communicator::broadcast([[maybe_unused]] std::string& text) const {
#ifdef UNREST_WITH_MPI
  if (!mpi_ || size_ == 1) return;
  unsigned long long length = text.size();
  MPI_Bcast(&length, 1, MPI_UNSIGNED_LONG_LONG, 0, MPI_COMM_WORLD);
  text.resize(length);
  MPI_Bcast(text.data(), static_cast<int>(length), MPI_CHAR, 0, MPI_COMM_WORLD);
#endif
}

void Communicator::send_to_root([[maybe_unused]] const std::string& message) const {
#ifdef UNREST_WITH_MPI
  if (!mpi_) return;
  MPI_Send(message.data(), static_cast<int>(message.size()), MPI_CHAR, 0, kResultTag,
           MPI_COMM_WORLD);
#endif
}

bool Communicator::poll([[maybe_unused]] std::string& message) const {
#ifdef UNREST_WITH_MPI
  if (!mpi_ || size_ == 1) return false;
  int waiting = 0;
  MPI_Status status;
  MPI_Iprobe(MPI_ANY_SOURCE, kResultTag, MPI_COMM_WORLD, &waiting, &status);
  if (!waiting) return false;
  int length = 0;
  MPI_Get_count(&status, MPI_CHAR, &length);
  message.resize(static_cast<std::size_t>(length));
  MPI_Recv(message.data(), length, MPI_CHAR, status.MPI_SOURCE, kResultTag, MPI_COMM_WORLD,
           MPI_STATUS_IGNORE);
  return true;
#else
  return false;
#endif
}

std::string Communicator::receive() const {
#ifdef UNREST_WITH_MPI
  if (mpi_ && size_ > 1) {
    MPI_Status status;
    MPI_Probe(MPI_ANY_SOURCE, kResultTag, MPI_COMM_WORLD, &status);
    int length = 0;
    MPI_Get_count(&status, MPI_CHAR, &length);
    std::string message(static_cast<std::size_t>(length), '\0');
    MPI_Recv(message.data(), length, MPI_CHAR, status.MPI_SOURCE, kResultTag, MPI_COMM_WORLD,
             MPI_STATUS_IGNORE);
    return message;
  }
#endif
  throw std::logic_error("receive() with no other rank");
}

void Communicator::abort(int code) const {
#ifdef UNREST_WITH_MPI
  if (mpi_ && size_ > 1) MPI_Abort(MPI_COMM_WORLD, code);
#endif
  std::exit(code);
}

}  // namespace unrest::ensemble
