#pragma once
/// \file
/// Progress of a long job on standard error: a bar with the rate and the time
/// left on a terminal; a plain line every few seconds (and at the end) when
/// standard error is a file or a pipe; nothing when quiet.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

#include "unrest/ensemble/run_archive.hpp"

namespace unrest {

enum class ProgressMode { Bar, Lines, Quiet };

/// Bar when standard error is a terminal, Lines otherwise; Quiet if `quiet`.
ProgressMode progress_mode_for_stderr(bool quiet);

class Progress {
 public:
  /// `total` units of work named `unit` ("runs"); `done` already finished
  /// (resumed), which do not count towards the rate; the clock runs from
  /// `started` (default: now).
  Progress(std::string label, std::size_t total, std::size_t done, std::string unit,
           ProgressMode mode, std::FILE* out = stderr,
           std::chrono::seconds line_interval = std::chrono::seconds(10),
           std::optional<std::chrono::steady_clock::time_point> started = std::nullopt);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// `n` more units finished.
  void advance(std::size_t n = 1);
  /// Ends the display (a final line; the bar's line is closed).
  void finish();

  /// The text shown for `done` of `total` after `elapsed` seconds: the bar or
  /// the line, without a line ending. Public for tests.
  [[nodiscard]] std::string render(double elapsed_seconds) const;

 private:
  void show(bool final);

  std::string label_;
  std::size_t total_;
  std::size_t done_;
  std::size_t resumed_;
  std::string unit_;
  ProgressMode mode_;
  std::FILE* out_;
  std::chrono::steady_clock::duration interval_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_shown_;
  bool finished_ = false;
};

/// The many-run logic's progress (ensemble::ProgressDisplay) shown as one
/// Progress after another on standard error.
class ProgressBars final : public ensemble::ProgressDisplay {
 public:
  explicit ProgressBars(ProgressMode mode) : mode_(mode) {}
  void begin(const std::string& label, std::size_t total, std::size_t done) override {
    current_.emplace(label, total, done, "runs", mode_);
  }
  void advance() override { current_->advance(); }
  void finish() override { current_->finish(); }

 private:
  ProgressMode mode_;
  std::optional<Progress> current_;
};

/// A single run's progress, tick by tick: nothing until the run has taken
/// `delay` (a short run prints nothing), then a Progress in ticks, its rate
/// counted from the run's start.
class TickProgress {
 public:
  TickProgress(std::string label, std::int64_t ticks, ProgressMode mode,
               std::chrono::milliseconds delay = std::chrono::seconds(1), std::FILE* out = stderr);
  /// Tick `tick` (0 to ticks) is done.
  void tick(std::int64_t tick);
  /// Ends the display, if one was shown.
  void finish();

 private:
  std::string label_;
  std::size_t ticks_;
  ProgressMode mode_;
  std::chrono::steady_clock::duration delay_;
  std::FILE* out_;
  std::chrono::steady_clock::time_point start_;
  std::size_t done_ = 0;
  std::optional<Progress> shown_;
};

/// "1:05:09", "4:07", "0:03".
std::string format_duration(double seconds);

}  // namespace unrest
