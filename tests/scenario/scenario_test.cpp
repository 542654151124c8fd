#include "unrest/scenario/scenario.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "unrest/core/error.hpp"

namespace unrest {
namespace {

const char* kValid = R"(
[scenario]
name = "test"
model = "epstein"
description = "a test"
sources = ["here"]

[run]
ticks = 10
seed = 7

[params]
legitimacy = 0.8
)";

/// The message of the InputError that `fn` throws, or "" if none.
template <class Fn>
std::string error_of(Fn&& fn) {
  try {
    fn();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(Scenario, ReadsHeaderAndRunSettings) {
  const Scenario s = Scenario::load_text(kValid, "valid.toml");
  EXPECT_EQ(s.header().name, "test");
  EXPECT_EQ(s.header().model, "epstein");
  EXPECT_EQ(s.header().sources, std::vector<std::string>{"here"});
  EXPECT_EQ(s.run_settings().ticks, 10);
  EXPECT_EQ(s.run_settings().seed, 7u);
  EXPECT_FALSE(s.run_settings().calendar.has_dates());
  ASSERT_NE(s.table("params"), nullptr);
}

TEST(Scenario, ReadsACalendar) {
  const Scenario s = Scenario::load_text(
      "[scenario]\nname='k'\nmodel='m'\n[run]\nticks=24\nstart=2022-01-01T06:00:00\nhours_per_tick="
      "2\n",
      "dated.toml");
  const Calendar c = s.run_settings().calendar;
  ASSERT_TRUE(c.has_dates());
  EXPECT_EQ(c.time_of(3).to_string(), "2022-01-01T12:00");
}

TEST(Scenario, ReadsTheClocksUtcOffset) {
  const auto calendar = [](const std::string& offset) {
    return Scenario::load_text(
               "[scenario]\nname='k'\nmodel='m'\n[run]\nticks=24\nstart=2022-01-"
               "01T06:00:00\n" +
                   offset,
               "zone.toml")
        .run_settings()
        .calendar;
  };
  EXPECT_EQ(calendar("").utc_offset_minutes(), 0);
  EXPECT_EQ(calendar("").stamp(0), "2022-01-01T06:00+00:00");
  EXPECT_EQ(calendar("utc_offset = '+06:00'\n").stamp(2), "2022-01-01T08:00+06:00");
  EXPECT_EQ(calendar("utc_offset = '-03:30'\n").utc_offset_minutes(), -210);
  EXPECT_EQ(calendar("utc_offset = '+14:00'\n").utc_offset_minutes(), 14 * 60);
}

TEST(ScenarioErrors, AUtcOffsetIsSignedHoursAndMinutesWithinFourteenHours) {
  for (const char* bad : {"'+6'", "'06:00'", "'+06:60'", "'+14:30'", "'UTC+6'", "6"}) {
    const Scenario s = Scenario::load_text(
        std::string("[scenario]\nname='x'\nmodel='m'\n[run]\nticks=1\nstart=2022-01-01T06:00:00\n"
                    "utc_offset = ") +
            bad + "\n",
        "zone.toml");
    const std::string msg = error_of([&] { (void)s.run_settings(); });
    EXPECT_NE(msg.find("zone.toml:7"), std::string::npos) << bad << ": " << msg;
    EXPECT_NE(msg.find("run.utc_offset"), std::string::npos) << bad << ": " << msg;
  }
  const Scenario undated = Scenario::load_text(
      "[scenario]\nname='x'\nmodel='m'\n[run]\nticks=1\nutc_offset='+06:00'\n", "zone.toml");
  const std::string msg = error_of([&] { (void)undated.run_settings(); });
  EXPECT_NE(msg.find("needs a start date"), std::string::npos) << msg;
}

// One test per class of bad input: each message names the file, the line and
// the key, and says what was expected.
TEST(ScenarioErrors, SyntaxErrorNamesFileAndLine) {
  const std::string msg = error_of(
      [] { (void)Scenario::load_text("[scenario]\nname = \"x\"\nmodel = = 3\n", "broken.toml"); });
  EXPECT_NE(msg.find("broken.toml:3:"), std::string::npos) << msg;
  EXPECT_NE(msg.find("TOML syntax error"), std::string::npos) << msg;
}

TEST(ScenarioErrors, MissingFileNamesThePath) {
  const std::string msg = error_of([] { (void)Scenario::load_file("/nonexistent/x.toml"); });
  EXPECT_NE(msg.find("/nonexistent/x.toml"), std::string::npos) << msg;
  EXPECT_NE(msg.find("No such file"), std::string::npos) << msg;
}

TEST(ScenarioErrors, WrongTypeNamesLineKeyAndExpectedForm) {
  const Scenario s = Scenario::load_text(
      "[scenario]\nname = 'x'\nmodel = 'epstein'\n[run]\nticks = \"ten\"\n", "types.toml");
  const std::string msg = error_of([&] { (void)s.run_settings(); });
  EXPECT_NE(msg.find("types.toml:5:9"), std::string::npos) << msg;
  EXPECT_NE(msg.find("key 'run.ticks'"), std::string::npos) << msg;
  EXPECT_NE(msg.find("expected an integer in [1, 100000000], got a string \"ten\""),
            std::string::npos)
      << msg;
}

TEST(ScenarioErrors, OutOfRangeNamesLineAndKey) {
  const Scenario s = Scenario::load_text(
      "[scenario]\nname = 'x'\nmodel = 'epstein'\n[run]\nticks = 0\n", "range.toml");
  const std::string msg = error_of([&] { (void)s.run_settings(); });
  EXPECT_NE(msg.find("range.toml:5:9: key 'run.ticks': expected an integer in [1, 100000000], "
                     "got an integer 0"),
            std::string::npos)
      << msg;
}

TEST(ScenarioErrors, UnknownKeyIsAnErrorWithASuggestion) {
  const Scenario s = Scenario::load_text(
      "[scenario]\nname = 'x'\nmodel = 'epstein'\n[run]\nticks = 5\nsede = 3\n", "unknown.toml");
  const std::string msg = error_of([&] { (void)s.run_settings(); });
  EXPECT_NE(msg.find("unknown.toml:6:1: key 'run.sede': unknown key (did you mean 'seed'?)"),
            std::string::npos)
      << msg;
}

TEST(ScenarioErrors, UnknownTopLevelTable) {
  const std::string msg = error_of([] {
    (void)Scenario::load_text("[scenario]\nname='x'\nmodel='m'\n[parms]\nx=1\n", "top.toml");
  });
  EXPECT_NE(msg.find("top.toml:4:2: key 'parms': unknown key (did you mean 'params'?)"),
            std::string::npos)
      << msg;
}

TEST(ScenarioErrors, MissingRequiredKey) {
  const Scenario s = Scenario::load_text("[scenario]\nname = 'x'\n", "missing.toml");
  const std::string msg = error_of([&] { (void)s.header(); });
  EXPECT_NE(msg.find("key 'scenario.model': is required but missing"), std::string::npos) << msg;
}

TEST(ScenarioErrors, InvalidDate) {
  const Scenario s = Scenario::load_text(
      "[scenario]\nname='x'\nmodel='m'\n[run]\nticks=1\nstart=2022-01-01T06:30:00\n", "date.toml");
  const std::string msg = error_of([&] { (void)s.run_settings(); });
  EXPECT_NE(msg.find("date.toml:6:7: key 'run.start': expected a whole hour"), std::string::npos)
      << msg;
}

TEST(Overrides, BareKeysReachParams) {
  Scenario s = Scenario::load_text(kValid, "valid.toml");
  s.apply_override("legitimacy=0.5");
  s.apply_override("vision=3");
  s.apply_override("rule=floor");  // not TOML: taken as a string
  const toml::table& p = *s.table("params");
  EXPECT_EQ(p["legitimacy"].value<double>(), 0.5);
  EXPECT_EQ(p["vision"].value<std::int64_t>(), 3);
  EXPECT_EQ(p["rule"].value<std::string>(), "floor");
}

TEST(Overrides, DottedKeysReachOtherTablesAndAreValidatedThere) {
  Scenario s = Scenario::load_text(kValid, "valid.toml");
  s.apply_override("run.ticks=99");
  EXPECT_EQ(s.run_settings().ticks, 99);
  s.apply_override("run.ticks=-1");
  const std::string msg = error_of([&] { (void)s.run_settings(); });
  EXPECT_NE(msg.find("--set 'run.ticks=-1': key 'run.ticks': expected an integer"),
            std::string::npos)
      << msg;
}

TEST(Overrides, MalformedAssignmentsAreErrors) {
  Scenario s = Scenario::load_text(kValid, "valid.toml");
  EXPECT_NE(error_of([&] { s.apply_override("legitimacy"); }).find("expected key=value"),
            std::string::npos);
  EXPECT_NE(error_of([&] { s.apply_override("schedule.x=1"); }).find("cannot override"),
            std::string::npos);
  EXPECT_NE(error_of([&] { s.apply_override("parms.x=1"); }).find("did you mean 'params'"),
            std::string::npos);
}

// A dotted key whose head is no table of the scenario (nor a misspelling of
// one) is a parameter's element: `base.youth` means `params.base.youth`.
TEST(Overrides, ADottedParameterReachesParams) {
  Scenario s = Scenario::load_text(kValid, "valid.toml");
  s.apply_override("base.youth=0.3");
  const toml::node* node = s.root().at_path("params.base.youth").node();
  ASSERT_NE(node, nullptr);
  EXPECT_EQ(node->value<double>(), 0.3);
  EXPECT_EQ(s.root().at_path("base").node(), nullptr);
}

TEST(Scenario, LoadsFromAFile) {
  const auto path = std::filesystem::temp_directory_path() / "unrest_scenario_test.toml";
  std::ofstream(path) << kValid;
  EXPECT_EQ(Scenario::load_file(path.string()).header().name, "test");
  std::filesystem::remove(path);
}

// The name becomes the output folder: a scenario from someone else must not
// choose a path outside the output folder.
TEST(Scenario, NameIsOneSafeFolderName) {
  const auto named = [](const std::string& name) {
    return error_of([&] {
      const std::string text = "[scenario]\nname = " + name + "\nmodel = 'epstein'\n";
      (void)Scenario::load_text(text, "named.toml").header();
    });
  };
  EXPECT_EQ(named("'kazakhstan-2022_v1.2'"), "");
  for (const char* bad : {"'../escape'", "'/tmp/abs'", "'a/b'", "''", "'.hidden'", "'..'",
                          "\"a\\u0000b\"", "'C:\\\\x'", "'with space'"}) {
    const std::string message = named(bad);
    EXPECT_NE(message.find("named.toml:2:"), std::string::npos) << bad << ": " << message;
    EXPECT_NE(message.find("key 'scenario.name': expected a folder name"), std::string::npos)
        << bad << ": " << message;
  }
  EXPECT_NE(named("'" + std::string(101, 'a') + "'").find("got 101 characters"), std::string::npos);
  EXPECT_EQ(named("'" + std::string(100, 'a') + "'"), "");
}

TEST(ScenarioErrors, InputFilesAreCapped) {
  // A device that never ends is refused after the cap, not read for ever.
  EXPECT_NE(error_of([] {
              (void)Scenario::load_file("/dev/zero");
            }).find("/dev/zero: cannot open scenario file: it is larger than 16 MiB"),
            std::string::npos);
  const Scenario s =
      Scenario::load_text(std::string(kValid) + "[data]\nzeros = \"/dev/zero\"\n", "capped.toml");
  const std::string msg = error_of([&] { (void)s.data_table("zeros"); });
  EXPECT_NE(msg.find("capped.toml:15:9: key 'data.zeros': cannot open data file '/dev/zero': it "
                     "is larger than 256 MiB"),
            std::string::npos)
      << msg;
}

TEST(ScenarioErrors, AFolderIsNotAFile) {
  const std::string msg =
      error_of([] { (void)Scenario::load_file(std::filesystem::temp_directory_path().string()); });
  EXPECT_NE(msg.find("cannot open scenario file: it is a folder, not a file"), std::string::npos)
      << msg;
}

TEST(Overrides, AValueIsOneValueOnOneLine) {
  Scenario s = Scenario::load_text(kValid, "one.toml");
  EXPECT_NE(error_of([&] {
              s.apply_override("legitimacy=0.5\n[foo]\nx=1");
            }).find("key 'params.legitimacy': expected one value on one line"),
            std::string::npos);
  EXPECT_NE(error_of([&] { s.apply_override("a b=1"); }).find("expected key=value with a key"),
            std::string::npos);
  // Errors name the option the user typed.
  s.apply_override("scale=2", "--scale 2");
  const toml::node* node = s.root().at_path("params.scale").node();
  ASSERT_NE(node, nullptr);
  EXPECT_EQ(node->source().path ? *node->source().path : "", "--scale 2");
}

}  // namespace
}  // namespace unrest
