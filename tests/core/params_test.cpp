#include "unrest/core/params.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace unrest {
namespace {

enum class Colour { Red, Blue };

struct Example {
  double rate = 0.5;
  double term = 10;
  int count = 3;
  bool flag = false;
  Colour colour = Colour::Red;
  std::vector<double> list = {1, 2};
};

ParamTable<Example> table() {
  return {real_param("rate", &Example::rate, 0, 1, "1", "a rate", "test"),
          real_or_infinite_param("term", &Example::term, 0, 100, "ticks", "a term", "test"),
          integer_param("count", &Example::count, 1, 9, "1", "a count", "test"),
          bool_param("flag", &Example::flag, "a flag", "test"),
          choice_param("colour", &Example::colour, {{"red", Colour::Red}, {"blue", Colour::Blue}},
                       "a colour", "test"),
          real_list_param("list", &Example::list, 0, 10, "1", "a list", "test")};
}

TEST(Params, AcceptsValuesOfTheRightKindInRange) {
  const auto t = table();
  EXPECT_TRUE(check_param(t[0], ParamValue{0.25}).accepted);
  EXPECT_TRUE(check_param(t[0], ParamValue{std::int64_t{1}}).accepted);  // integer for a real
  EXPECT_TRUE(check_param(t[1], ParamValue{INFINITY}).accepted);
  EXPECT_TRUE(check_param(t[2], ParamValue{std::int64_t{9}}).accepted);
  EXPECT_TRUE(check_param(t[3], ParamValue{true}).accepted);
  EXPECT_TRUE(check_param(t[4], ParamValue{std::string("blue")}).accepted);
}

TEST(Params, RefusesWrongKindsAndRangesSayingWhatItGot) {
  const auto t = table();
  EXPECT_EQ(check_param(t[0], ParamValue{1.5}).refusal, "number 1.5");
  EXPECT_EQ(check_param(t[0], ParamValue{INFINITY}).refusal, "number inf");
  EXPECT_EQ(check_param(t[0], ParamValue{std::string("x")}).refusal, "string \"x\"");
  EXPECT_FALSE(check_param(t[2], ParamValue{2.0}).accepted);  // real for an integer
  EXPECT_FALSE(check_param(t[2], ParamValue{std::int64_t{10}}).accepted);
  EXPECT_FALSE(check_param(t[3], ParamValue{std::int64_t{1}}).accepted);
  EXPECT_FALSE(check_param(t[4], ParamValue{std::string("green")}).accepted);
}

TEST(Params, ListsAreCheckedElementByElement) {
  const auto t = table();
  EXPECT_TRUE(check_param(t[5], ParamValue{std::vector<double>{0, 10}}).accepted);
  EXPECT_TRUE(check_param(t[5], ParamValue{std::vector<double>{}}).accepted);
  EXPECT_EQ(check_param(t[5], ParamValue{std::vector<double>{1, 11}}).refusal, "a list holding 11");
  EXPECT_EQ(expected_form(t[5]), "a list of numbers in [0, 10]");
  EXPECT_EQ(format_param_value(ParamValue{std::vector<double>{1, 2.5}}), "[1, 2.5]");
  EXPECT_EQ(format_param_value(ParamValue{std::vector<double>(20, 1.0)}),
            "[1, 1, 1, 1, 1, 1, 1, 1, ... (20 values)]");
}

TEST(Params, DescribesTheExpectedForm) {
  const auto t = table();
  EXPECT_EQ(expected_form(t[0]), "a number in [0, 1]");
  EXPECT_EQ(expected_form(t[1]), "a number in [0, 100] or inf");
  EXPECT_EQ(expected_form(t[2]), "an integer in [1, 9]");
  EXPECT_EQ(expected_form(t[3]), "true or false");
  EXPECT_EQ(expected_form(t[4]), "one of \"red\", \"blue\"");
}

TEST(Params, SetAndGetGoThroughTheTable) {
  const auto t = table();
  Example e;
  t[0].set(e, ParamValue{0.75});
  t[2].set(e, ParamValue{std::int64_t{7}});
  t[4].set(e, ParamValue{std::string("blue")});
  EXPECT_EQ(e.rate, 0.75);
  EXPECT_EQ(e.count, 7);
  EXPECT_EQ(e.colour, Colour::Blue);
  EXPECT_EQ(format_param_value(t[4].get(e)), "\"blue\"");
  const auto docs = document_params(t);
  ASSERT_EQ(docs.size(), 6u);
  EXPECT_EQ(docs[1].default_value, "10");
  EXPECT_EQ(docs[2].kind, "integer");
}

}  // namespace
}  // namespace unrest
