#include "unrest/report/progress.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace unrest {
namespace {

std::string captured(std::FILE* f) {
  std::rewind(f);
  std::string text;
  for (int c; (c = std::fgetc(f)) != EOF;) text += static_cast<char>(c);
  return text;
}

TEST(Progress, LinesShowRateAndTimeLeft) {
  Progress p("runs", 10, 0, "runs", ProgressMode::Lines, stderr);
  p.advance(4);
  // 4 runs in 2 s: 2 per second, 6 left: 3 s.
  EXPECT_EQ(p.render(2.0), "runs: 40%  4/10 runs  2.00 runs/s  elapsed 0:02  left 0:03");
}

TEST(Progress, BarOnATerminalAndResumedWorkNotInTheRate) {
  Progress p("job", 8, 4, "runs", ProgressMode::Bar, stderr);
  p.advance(2);
  const std::string bar = p.render(1.0);
  EXPECT_NE(bar.find("[#####################.......]"), std::string::npos) << bar;
  EXPECT_NE(bar.find("2.00 runs/s"), std::string::npos) << bar;  // 2 new in 1 s
  EXPECT_NE(bar.find("left 0:01"), std::string::npos) << bar;
}

TEST(Progress, QuietPrintsNothingAndLinesPrintAtTheEnd) {
  std::FILE* quiet = std::tmpfile();
  {
    Progress p("q", 3, 0, "runs", ProgressMode::Quiet, quiet);
    p.advance(3);
  }
  EXPECT_EQ(captured(quiet), "");
  std::fclose(quiet);
  std::FILE* lines = std::tmpfile();
  {
    Progress p("l", 3, 1, "runs", ProgressMode::Lines, lines);
    p.advance(2);
  }
  const std::string text = captured(lines);
  std::fclose(lines);
  EXPECT_NE(text.find("1 of 3 runs already done"), std::string::npos) << text;
  EXPECT_NE(text.find("l: 100%  3/3 runs"), std::string::npos) << text;
  EXPECT_EQ(format_duration(3909), "1:05:09");
}

TEST(TickProgress, ALongRunShowsItsTicksAndAShortOneNothing) {
  std::FILE* long_run = std::tmpfile();
  {
    TickProgress p("run: k", 4, ProgressMode::Lines, std::chrono::milliseconds(0), long_run);
    for (std::int64_t tick = 0; tick <= 4; ++tick) p.tick(tick);
    p.finish();
  }
  const std::string text = captured(long_run);
  std::fclose(long_run);
  EXPECT_NE(text.find("run: k: 100%  4/4 ticks"), std::string::npos) << text;

  std::FILE* short_run = std::tmpfile();
  {
    TickProgress p("run: k", 4, ProgressMode::Lines, std::chrono::hours(1), short_run);
    for (std::int64_t tick = 0; tick <= 4; ++tick) p.tick(tick);
    p.finish();
  }
  EXPECT_EQ(captured(short_run), "");
  std::fclose(short_run);

  std::FILE* quiet = std::tmpfile();
  {
    TickProgress p("run: k", 4, ProgressMode::Quiet, std::chrono::milliseconds(0), quiet);
    for (std::int64_t tick = 0; tick <= 4; ++tick) p.tick(tick);
    p.finish();
  }
  EXPECT_EQ(captured(quiet), "");
  std::fclose(quiet);
}

}  // namespace
}  // namespace unrest
