#pragma once
/// \file
/// What the many-run logic needs from the layers above it, as interfaces: a
/// place to keep finished jobs (so that a command killed midway carries on;
/// the program uses its results folder, io's ResultStore) and a display of
/// progress (report's Progress).

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace unrest::ensemble {

/// The files of one finished job: (name, content), its record file among them.
using JobFiles = std::vector<std::pair<std::string, std::string>>;

class RunArchive {
 public:
  virtual ~RunArchive() = default;
  /// Whether the job `key` (a relative folder, "replicates/0007") finished.
  [[nodiscard]] virtual bool has(const std::string& key) const = 0;
  /// The record of a finished job.
  [[nodiscard]] virtual std::string record(const std::string& key) const = 0;
  /// Keeps a job's files, its record last.
  virtual void put(const std::string& key, const JobFiles& files) = 0;
};

class ProgressDisplay {
 public:
  virtual ~ProgressDisplay() = default;
  /// A new stretch of `total` jobs named `label`, `done` of them finished before.
  virtual void begin(const std::string& label, std::size_t total, std::size_t done) = 0;
  virtual void advance() = 0;
  virtual void finish() = 0;
};

/// Shows nothing (other ranks, tests).
class NoProgress final : public ProgressDisplay {
 public:
  void begin(const std::string&, std::size_t, std::size_t) override {}
  void advance() override {}
  void finish() override {}
};

}  // namespace unrest::ensemble
