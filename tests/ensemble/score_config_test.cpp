#include "unrest/ensemble/score_config.hpp"

#include <gtest/gtest.h>

#include <string>

#include "unrest/core/error.hpp"
#include "unrest/models/registry.hpp"

namespace unrest::ensemble {
namespace {

const std::string kHead = R"(
[scenario]
name = "t"
model = "epstein"
[run]
ticks = 10
seed = 1
[[schedule]]
id = "a"
action = "set_legitimacy"
at = 2
value = 0.7
)";

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(ScoreConfig, ReadsRunsLevelAndAblations) {
  const Scenario s = Scenario::load_text(kHead + R"(
[fit]
runs = 7
level = 0.9
[[fit.ablation]]
name = "no_a"
about = "without a"
drop = ["a"]
[[fit.ablation]]
name = "flat"
about = "flat"
set = { legitimacy = 0.5 }
baseline = true
)",
                                         "t.toml");
  const ScoreConfig c = read_score_config(s);
  EXPECT_EQ(c.runs, 7u);
  EXPECT_DOUBLE_EQ(c.level, 0.9);
  ASSERT_EQ(c.ablations.size(), 2u);
  EXPECT_EQ(c.ablations[0].drop, std::vector<std::string>{"a"});
  EXPECT_FALSE(c.ablations[0].baseline);
  EXPECT_EQ(c.ablations[1].set, std::vector<std::string>{"legitimacy=0.5"});
  EXPECT_TRUE(c.ablations[1].baseline);
}

TEST(ScoreConfig, AnAblationIsCheckedKeyByKey) {
  const auto config_error = [](const std::string& body) {
    return error_of(
        [&] { (void)read_score_config(Scenario::load_text(kHead + "[fit]\n" + body, "t.toml")); });
  };
  const std::string unknown =
      config_error("[[fit.ablation]]\nname = \"x\"\nabout = \"x\"\nsett = { legitimacy = 0 }\n");
  EXPECT_NE(unknown.find("fit.ablation[0].sett"), std::string::npos) << unknown;
  const std::string nothing = config_error("[[fit.ablation]]\nname = \"x\"\nabout = \"x\"\n");
  EXPECT_NE(nothing.find("changes something"), std::string::npos) << nothing;
  const std::string twice = config_error(
      "[[fit.ablation]]\nname = \"x\"\nabout = \"x\"\ndrop = [\"a\"]\n"
      "[[fit.ablation]]\nname = \"x\"\nabout = \"y\"\ndrop = [\"a\"]\n");
  EXPECT_NE(twice.find("two ablations"), std::string::npos) << twice;
}

TEST(ScoreConfig, ApplyingAnAblationDropsAndSetsOrNamesWhyNot) {
  const std::string text = kHead + R"(
[fit]
[[fit.ablation]]
name = "no_b"
about = "x"
drop = ["b"]
[[fit.ablation]]
name = "odd"
about = "x"
set = { legitimacy = 2 }
[[fit.ablation]]
name = "no_a"
about = "x"
drop = ["a"]
)";
  const ScoreConfig c = read_score_config(Scenario::load_text(text, "t.toml"));
  Scenario missing = Scenario::load_text(text, "t.toml");
  const std::string id = error_of([&] { apply_ablation(missing, c.ablations[0]); });
  EXPECT_NE(id.find("fit.ablation.drop"), std::string::npos) << id;
  EXPECT_NE(id.find("\"b\""), std::string::npos) << id;
  Scenario odd = Scenario::load_text(text, "t.toml");
  apply_ablation(odd, c.ablations[1]);
  const std::string value = error_of([&] { (void)prepare(odd); });
  EXPECT_NE(value.find("[[fit.ablation]] odd"), std::string::npos) << value;
  Scenario dropped = Scenario::load_text(text, "t.toml");
  apply_ablation(dropped, c.ablations[2]);
  EXPECT_EQ(dropped.schedule(), nullptr);  // no entries left, no [[schedule]]
}

TEST(ScoreConfig, EveryAblationOfTheShippedScenarioPrepares) {
  const Scenario shipped = Scenario::load_embedded("kazakhstan-2022/scenario");
  const ScoreConfig c = read_score_config(shipped);
  EXPECT_GE(c.ablations.size(), 6u);
  for (const Ablation& a : c.ablations) {
    Scenario variant = Scenario::load_embedded("kazakhstan-2022/scenario");
    apply_ablation(variant, a);
    EXPECT_EQ(error_of([&] { (void)prepare(variant); }), "no error") << a.name;
  }
}

}  // namespace
}  // namespace unrest::ensemble
