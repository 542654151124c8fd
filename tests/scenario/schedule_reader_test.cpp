#include "unrest/scenario/schedule_reader.hpp"

#include <gtest/gtest.h>

#include "unrest/scenario/scenario.hpp"

namespace unrest {
namespace {

struct Shift {
  double by = 0;
};

std::vector<ActionKind<Shift>> kinds() {
  return {{"shift", "shift by", {"by: amount"}, {"by"}, [](TableReader& r) {
             return Shift{r.require(r.real("by", -1, 1), "by")};
           }}};
}

Schedule<Shift> read(const std::string& text, const Calendar& calendar = {},
                     const std::vector<std::string>& quantities = {}) {
  const Scenario s = Scenario::load_text("[scenario]\nname='x'\nmodel='m'\n" + text, "s.toml");
  return read_schedule(s.schedule(), calendar, kinds(), quantities);
}

std::string read_error(const std::string& text, const Calendar& calendar = {},
                       const std::vector<std::string>& quantities = {}) {
  try {
    (void)read(text, calendar, quantities);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(ScheduleReader, ReadsTicksRepeatsAndFields) {
  const auto s = read("[[schedule]]\naction='shift'\nat=3\nevery=2\nuntil=9\nby=0.5\n");
  ASSERT_EQ(s.entries().size(), 1u);
  EXPECT_EQ(s.entries()[0].timing.first, 3);
  EXPECT_EQ(s.entries()[0].timing.every, 2);
  EXPECT_EQ(s.entries()[0].timing.last, 9);
  EXPECT_EQ(s.entries()[0].action.by, 0.5);
}

TEST(ScheduleReader, DatesNeedACalendarAndMapToTicks) {
  const Calendar hourly(DateHour{{2022, 1, 1}, 0}, 1);
  const auto s = read("[[schedule]]\naction='shift'\nat=2022-01-05T18:00:00\nby=0.1\n", hourly);
  EXPECT_EQ(s.entries()[0].timing.first, 4 * 24 + 18);
  EXPECT_NE(read_error("[[schedule]]\naction='shift'\nat=2022-01-05\nby=0.1\n")
                .find("s.toml:6:4: key 'schedule[0].at': expected a tick number"),
            std::string::npos);
  EXPECT_NE(read_error("[[schedule]]\naction='shift'\nat=2021-12-31\nby=0.1\n", hourly)
                .find("is before the run starts"),
            std::string::npos);
}

TEST(ScheduleReader, UnknownActionSuggestsTheNearest) {
  EXPECT_EQ(read_error("[[schedule]]\naction='shfit'\nat=1\n"),
            "s.toml:5:8: key 'schedule[0].action': unknown action \"shfit\" (did you mean "
            "'shift'?); this model accepts: shift");
}

TEST(ScheduleReader, UnknownFieldOfAnAction) {
  EXPECT_NE(read_error("[[schedule]]\naction='shift'\nat=1\nby=0.1\nvalue=3\n")
                .find("s.toml:8:1: key 'schedule[0].value': unknown key"),
            std::string::npos);
}

TEST(ScheduleReader, MissingOrInconsistentTiming) {
  EXPECT_NE(
      read_error("[[schedule]]\naction='shift'\nby=0.1\n").find("'schedule[0].at': is required"),
      std::string::npos);
  EXPECT_NE(read_error("[[schedule]]\naction='shift'\nat=5\nuntil=9\nby=0.1\n")
                .find("only applies to a repeating action (every) or to one that waits"),
            std::string::npos);
  EXPECT_NE(read_error("[[schedule]]\naction='shift'\nat=5\nevery=1\nuntil=2\nby=0.1\n")
                .find("is before at"),
            std::string::npos);
}

TEST(ScheduleReader, ConditionsWaitForTheModelsQuantities) {
  const std::vector<std::string> quantities = {"protesters", "killed"};
  const auto s = read(
      "[[schedule]]\naction='shift'\nat=5\nuntil=9\nby=0.1\n"
      "when={quantity='protesters', below=20, scope=['a', 'b']}\n",
      {}, quantities);
  ASSERT_TRUE(s.entries()[0].when.has_value());
  const Condition& c = *s.entries()[0].when;
  EXPECT_EQ(c.quantity, "protesters");
  EXPECT_FALSE(c.at_least);
  EXPECT_EQ(c.threshold, 20);
  EXPECT_EQ(c.scope, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(c.key, "schedule[0].when");
  EXPECT_TRUE(c.holds(19));
  EXPECT_FALSE(c.holds(20));
  EXPECT_EQ(s.entries()[0].timing.last, 9);

  const std::string at = "[[schedule]]\naction='shift'\nat=5\nby=0.1\n";
  EXPECT_NE(read_error(at + "when={quantity='protesters', at_least=1}\n")
                .find("'schedule[0].when': this model's actions cannot wait for a condition"),
            std::string::npos);
  EXPECT_NE(read_error(at + "when={quantity='protestors', at_least=1}\n", {}, quantities)
                .find("'schedule[0].when.quantity': expected one of \"protesters\", \"killed\", "
                      "got \"protestors\" (did you mean 'protesters'?)"),
            std::string::npos);
  EXPECT_NE(read_error(at + "when={quantity='killed'}\n", {}, quantities)
                .find("give exactly one of at_least and below"),
            std::string::npos);
  EXPECT_NE(read_error(at + "when={quantity='killed', at_least=1, below=3}\n", {}, quantities)
                .find("give exactly one of at_least and below"),
            std::string::npos);
  EXPECT_NE(read_error(at + "when={quantity='killed', at_least=1, sope='a'}\n", {}, quantities)
                .find("'schedule[0].when.sope': unknown key (did you mean 'scope'?)"),
            std::string::npos);
  EXPECT_NE(read_error(at + "when=3\n", {}, quantities).find("expected a table"),
            std::string::npos);
}

TEST(ScheduleReader, FieldOutOfRange) {
  EXPECT_EQ(read_error("[[schedule]]\naction='shift'\nat=1\nby=2\n"),
            "s.toml:7:4: key 'schedule[0].by': expected a number in [-1, 1], got an integer 2");
}

// An action after the run's end never fires: the schedule keeps a warning
// naming its file, line and key, and none for an action within the run.
TEST(ScheduleReader, AnActionAfterTheEndIsWarnedOf) {
  const Scenario s = Scenario::load_text(
      "[scenario]\nname='x'\nmodel='m'\n[[schedule]]\naction='shift'\nat=3\nby=0.1\n"
      "[[schedule]]\naction='shift'\nat=12\nby=0.1\n",
      "s.toml");
  const auto within = read_schedule(s.schedule(), {}, kinds(), {}, 20);
  EXPECT_TRUE(within.warnings().empty());
  const auto shortened = read_schedule(s.schedule(), {}, kinds(), {}, 10);
  ASSERT_EQ(shortened.warnings().size(), 1u);
  EXPECT_NE(shortened.warnings()[0].find("s.toml:10:4: key 'schedule[1].at': tick 12 is after the "
                                         "run's last tick, tick 10: this action never fires"),
            std::string::npos)
      << shortened.warnings()[0];
  EXPECT_EQ(shortened.entries().size(), 2u);  // still read and checked
}

}  // namespace
}  // namespace unrest
