#include "unrest/scenario/bind_params.hpp"

#include <gtest/gtest.h>

#include "unrest/scenario/scenario.hpp"

namespace unrest {
namespace {

struct Example {
  double rate = 0.5;
  int count = 3;
};

ParamTable<Example> table() {
  return {real_param("rate", &Example::rate, 0, 1, "1", "a rate", "test"),
          integer_param("count", &Example::count, 1, 9, "1", "a count", "test")};
}

std::string bind_error(const std::string& params) {
  const Scenario s =
      Scenario::load_text("[scenario]\nname='x'\nmodel='m'\n[params]\n" + params, "p.toml");
  try {
    (void)bind_params(s.table("params"), table(), "params");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(BindParams, DefaultsThenScenarioValues) {
  const Scenario s =
      Scenario::load_text("[scenario]\nname='x'\nmodel='m'\n[params]\nrate = 1\n", "p.toml");
  const Example e = bind_params(s.table("params"), table(), "params");
  EXPECT_EQ(e.rate, 1.0);
  EXPECT_EQ(e.count, 3);
  EXPECT_EQ(bind_params<Example>(nullptr, table(), "params").rate, 0.5);
}

TEST(BindParams, WrongTypeNamesLineKeyAndForm) {
  EXPECT_EQ(bind_error("rate = 'high'\n"),
            "p.toml:5:8: key 'params.rate': expected a number in [0, 1], got string \"high\"");
}

TEST(BindParams, OutOfRange) {
  EXPECT_EQ(bind_error("count = 10\n"),
            "p.toml:5:9: key 'params.count': expected an integer in [1, 9], got integer 10");
}

TEST(BindParams, ListsAndTablesWhereAScalarIsExpected) {
  EXPECT_EQ(bind_error("count = [1]\n"),
            "p.toml:5:9: key 'params.count': expected an integer in [1, 9], got a list of 1 "
            "number");
  EXPECT_EQ(bind_error("count = { a = 1 }\n"),
            "p.toml:5:9: key 'params.count': expected an integer in [1, 9], got a table");
}

TEST(BindParams, UnknownParameterSuggestsTheNearest) {
  EXPECT_EQ(bind_error("rat = 0.1\n"),
            "p.toml:5:1: key 'params.rat': unknown parameter (did you mean 'rate'?); `unrest "
            "models` lists them");
}

TEST(BindParams, CrossFieldProblemsPointAtTheirKey) {
  const Scenario s =
      Scenario::load_text("[scenario]\nname='x'\nmodel='m'\n[params]\nrate = 1\n", "p.toml");
  try {
    throw_param_problem(ParamProblem{"rate", "is too high for count"}, s.table("params"), "params",
                        s.file());
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "p.toml:5:8: key 'params.rate': is too high for count");
  }
}

}  // namespace
}  // namespace unrest
