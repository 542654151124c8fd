#include "unrest/ensemble/stored_runs.hpp"

#include <sstream>

#include "unrest/ensemble/bundle.hpp"
#include "unrest/ensemble/job_runner.hpp"

namespace unrest::ensemble {

std::vector<std::uint64_t> pending_jobs(const Communicator& communicator, const RunArchive* store,
                                        const std::vector<std::uint64_t>& jobs,
                                        const std::function<std::string(std::uint64_t)>& key) {
  std::string list;
  if (communicator.is_root()) {
    for (const std::uint64_t j : jobs) {
      if (!store->has(key(j))) list += std::to_string(j) + " ";
    }
  }
  communicator.broadcast(list);
  std::vector<std::uint64_t> pending;
  std::istringstream in(list);
  for (std::uint64_t j = 0; in >> j;) pending.push_back(j);
  return pending;
}

std::vector<ReplicateDigest> run_stored(const Communicator& communicator, RunArchive* store,
                                        const std::vector<std::uint64_t>& jobs,
                                        const StoredRuns& plan, int threads,
                                        ProgressDisplay& progress) {
  const std::vector<std::uint64_t> pending = pending_jobs(communicator, store, jobs, plan.key);
  if (communicator.is_root()) progress.begin(plan.label, jobs.size(), jobs.size() - pending.size());
  run_jobs(
      communicator, pending, threads,
      [&](std::uint64_t job) {
        const RunResult result = plan.run(job);
        Bundle bundle;
        if (plan.files) {
          for (auto& [name, content] : plan.files(result)) bundle.add(name, std::move(content));
        }
        bundle.add(plan.record_file, digest_of(result).to_json());
        return bundle.encode();
      },
      [&](std::uint64_t job, std::string message) {
        store->put(plan.key(job), Bundle::decode(message).files);
        progress.advance();
      });
  std::vector<ReplicateDigest> digests;
  if (!communicator.is_root()) return digests;
  progress.finish();
  // Every digest is read back from the store, so a summary is the same
  // whether its runs were made now, elsewhere, or before an interruption.
  for (const std::uint64_t j : jobs) {
    digests.push_back(ReplicateDigest::from_json(store->record(plan.key(j))));
  }
  return digests;
}

}  // namespace unrest::ensemble
