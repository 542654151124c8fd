// Scenarios built on a base: counterfactuals as a base plus a few changes.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "unrest/core/error.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest {
namespace {

namespace fs = std::filesystem;

class ScenarioBase : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("unrest_base_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "data");
    write("base.toml", R"(
[scenario]
name = "base"
model = "m"
description = "the base"
sources = ["base source"]

[run]
ticks = 10
seed = 3

[params]
a = 1
b = 2

[data]
cities = "data/cities.csv"

[[schedule]]
id = "shutdown"
action = "internet"
at = 4

[[schedule]]
id = "troops"
action = "deploy"
at = 5
)");
    write("data/cities.csv", "city,population\nAktau,180000\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

TEST_F(ScenarioBase, DerivedOverridesKeysAddsAndDropsScheduleEntries) {
  write("no-shutdown.toml", R"(
[scenario]
name = "no-shutdown"
base = "base.toml"
drop = ["shutdown"]

[params]
b = 5

[[schedule]]
id = "extra"
action = "release"
at = 9
)");
  const Scenario s = Scenario::load_file(path("no-shutdown.toml"));
  const ScenarioHeader h = s.header();
  EXPECT_EQ(h.name, "no-shutdown");
  EXPECT_EQ(h.model, "m");       // inherited
  EXPECT_EQ(h.description, "");  // not inherited: the derived file describes itself
  EXPECT_EQ(s.run_settings().seed, 3u);
  EXPECT_EQ(s.table("params")->get("a")->value<int>(), 1);
  EXPECT_EQ(s.table("params")->get("b")->value<int>(), 5);
  const toml::array& schedule = *s.schedule();
  ASSERT_EQ(schedule.size(), 2u);
  EXPECT_EQ(schedule.get(0)->as_table()->get("id")->value<std::string>(), "troops");
  EXPECT_EQ(schedule.get(1)->as_table()->get("id")->value<std::string>(), "extra");
  // Data named by the base are found beside the base.
  EXPECT_EQ(s.data_table("cities").text(0, "city"), "Aktau");
}

TEST_F(ScenarioBase, ErrorsPointAtTheFileThatHasTheProblem) {
  write("bad.toml", "[scenario]\nname = 'bad'\nbase = 'base.toml'\n[params]\nb = 'x'\n");
  const Scenario s = Scenario::load_file(path("bad.toml"));
  EXPECT_EQ(s.table("params")->get("b")->source().path->find("bad.toml") != std::string::npos,
            true);
  EXPECT_NE(s.table("params")->get("a")->source().path->find("base.toml"), std::string::npos);
}

TEST_F(ScenarioBase, DroppingAnUnknownIdIsAnError) {
  write("typo.toml", "[scenario]\nname = 't'\nbase = 'base.toml'\ndrop = ['shutdwon']\n");
  try {
    (void)Scenario::load_file(path("typo.toml"));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("typo.toml:4:9: key 'scenario.drop': the base scenario"),
              std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find("no schedule entry or policy rule with id \"shutdwon\""),
              std::string::npos);
  }
}

TEST_F(ScenarioBase, DropWithoutABaseIsAnError) {
  write("alone.toml", "[scenario]\nname = 'a'\nmodel = 'm'\ndrop = ['shutdown']\n");
  try {
    (void)Scenario::load_file(path("alone.toml"));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("alone.toml:4:8: key 'scenario.drop': removes entries of "
                                         "a base scenario, and this file names no `base`"),
              std::string::npos)
        << e.what();
  }
}

TEST_F(ScenarioBase, MissingBaseAndMissingDataAreErrors) {
  write("orphan.toml", "[scenario]\nname = 'o'\nmodel = 'm'\nbase = 'nowhere.toml'\n");
  try {
    (void)Scenario::load_file(path("orphan.toml"));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find(
                  "orphan.toml:4:8: key 'scenario.base': cannot open base scenario"),
              std::string::npos)
        << e.what();
  }
  const Scenario s = Scenario::load_file(path("base.toml"));
  try {
    (void)s.data_table("enterprises");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("key 'data.enterprises': is required but missing"),
              std::string::npos)
        << e.what();
  }
}

TEST_F(ScenarioBase, ACycleOfBasesIsCaught) {
  write("a.toml", "[scenario]\nname = 'a'\nbase = 'b.toml'\n");
  write("b.toml", "[scenario]\nname = 'b'\nbase = 'a.toml'\n");
  EXPECT_THROW((void)Scenario::load_file(path("a.toml")), InputError);
}

}  // namespace
}  // namespace unrest
