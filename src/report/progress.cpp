#include "unrest/report/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace unrest {

ProgressMode progress_mode_for_stderr(bool quiet) {
  if (quiet) return ProgressMode::Quiet;
  return isatty(fileno(stderr)) ? ProgressMode::Bar : ProgressMode::Lines;
}

std::string format_duration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "?";
  const auto s = static_cast<long long>(std::llround(seconds));
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

Progress::Progress(std::string label, std::size_t total, std::size_t done, std::string unit,
                   ProgressMode mode, std::FILE* out, std::chrono::seconds line_interval,
                   std::optional<std::chrono::steady_clock::time_point> started)
    : label_(std::move(label)),
      total_(total),
      done_(done),
      resumed_(done),
      unit_(std::move(unit)),
      mode_(mode),
      out_(out),
      interval_(mode == ProgressMode::Bar
                    ? std::chrono::steady_clock::duration(std::chrono::milliseconds(200))
                    : std::chrono::steady_clock::duration(line_interval)),
      start_(started.value_or(std::chrono::steady_clock::now())),
      last_shown_(start_) {
  if (mode_ == ProgressMode::Lines && resumed_ > 0) {
    fmt::print(out_, "{}: {} of {} {} already done, carrying on\n", label_, resumed_, total_,
               unit_);
    std::fflush(out_);
  }
  if (mode_ == ProgressMode::Bar) show(false);
}

Progress::~Progress() {
  finish();
}

std::string Progress::render(double elapsed) const {
  const std::size_t fresh = done_ - resumed_;
  const double rate = elapsed > 0 ? static_cast<double>(fresh) / elapsed : 0.0;
  const double left =
      rate > 0 ? static_cast<double>(total_ - done_) / rate : (done_ == total_ ? 0.0 : NAN);
  const double share = total_ > 0 ? static_cast<double>(done_) / static_cast<double>(total_) : 1.0;
  const std::string figures =
      fmt::format("{}/{} {}  {:.2f} {}/s  elapsed {}  left {}", done_, total_, unit_, rate, unit_,
                  format_duration(elapsed), format_duration(left));
  if (mode_ != ProgressMode::Bar)
    return fmt::format("{}: {:.0f}%  {}", label_, share * 100, figures);
  constexpr int kWidth = 28;
  const int filled = static_cast<int>(share * kWidth);
  return fmt::format(
      "{} [{}{}] {:3.0f}%  {}", label_, std::string(static_cast<std::size_t>(filled), '#'),
      std::string(static_cast<std::size_t>(kWidth - filled), '.'), share * 100, figures);
}

void Progress::show(bool final) {
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (mode_ == ProgressMode::Bar) {
    fmt::print(out_, "\r{}\x1b[K{}", render(elapsed), final ? "\n" : "");
  } else {
    fmt::print(out_, "{}\n", render(elapsed));
  }
  std::fflush(out_);
}

void Progress::advance(std::size_t n) {
  done_ += n;
  if (mode_ == ProgressMode::Quiet || finished_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_shown_ >= interval_) {
    last_shown_ = now;
    show(false);
  }
}

void Progress::finish() {
  if (finished_) return;
  finished_ = true;
  if (mode_ != ProgressMode::Quiet) show(true);
}

TickProgress::TickProgress(std::string label, std::int64_t ticks, ProgressMode mode,
                           std::chrono::milliseconds delay, std::FILE* out)
    : label_(std::move(label)),
      ticks_(static_cast<std::size_t>(std::max<std::int64_t>(ticks, 0))),
      mode_(mode),
      delay_(delay),
      out_(out),
      start_(std::chrono::steady_clock::now()) {}

void TickProgress::tick(std::int64_t tick) {
  if (mode_ == ProgressMode::Quiet || tick <= 0) return;
  const auto done = static_cast<std::size_t>(tick);
  if (shown_) {
    if (done > done_) shown_->advance(done - done_);
    done_ = std::max(done_, done);
    return;
  }
  done_ = std::max(done_, done);
  if (std::chrono::steady_clock::now() - start_ < delay_) return;
  shown_.emplace(label_, ticks_, 0, "ticks", mode_, out_, std::chrono::seconds(10), start_);
  shown_->advance(done_);
}

void TickProgress::finish() {
  if (shown_) shown_->finish();
}

}  // namespace unrest
