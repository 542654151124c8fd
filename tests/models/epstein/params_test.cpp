#include "unrest/models/epstein/params.hpp"

#include <gtest/gtest.h>

#include "unrest/models/epstein/model.hpp"

namespace unrest::epstein {
namespace {

std::string resolve_error(const std::string& params, const std::string& schedule = "") {
  const Scenario s = Scenario::load_text(
      "[scenario]\nname='x'\nmodel='epstein'\n[run]\nticks=5\n[params]\n" + params + schedule,
      "e.toml");
  try {
    (void)resolve(s);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(EpsteinParams, DefaultsAreTheValidRun2) {
  const Params p;
  EXPECT_FALSE(validate(p));
  EXPECT_EQ(p.legitimacy, 0.82);
  EXPECT_EQ(p.max_jail_term, 30);
  EXPECT_EQ(p.cop_density, 0.04);
  EXPECT_EQ(p.arrest_rule, ArrestRule::Exact);
}

TEST(EpsteinParams, EveryTableKeyRoundTrips) {
  const Params defaults;
  for (const auto& field : param_table()) {
    Params p;
    field.set(p, field.get(defaults));
    EXPECT_EQ(format_param_value(field.get(p)), format_param_value(field.get(defaults)))
        << field.key;
    EXPECT_FALSE(field.meaning.empty()) << field.key;
    EXPECT_FALSE(field.source.empty()) << field.key;
  }
}

TEST(EpsteinParams, UnknownChoiceNamesTheAlternatives) {
  EXPECT_EQ(resolve_error("arrest_rule = 'ceil'\n"),
            "e.toml:7:15: key 'params.arrest_rule': expected one of \"exact\", \"floor\", "
            "\"round\", got string \"ceil\"");
}

TEST(EpsteinParams, DensitiesThatDoNotFit) {
  EXPECT_NE(resolve_error("citizen_density = 0.9\ncop_density = 0.2\n")
                .find("e.toml:8:15: key 'params.cop_density': citizen_density + cop_density"),
            std::string::npos);
}

TEST(EpsteinParams, VisionWiderThanTheGrid) {
  EXPECT_NE(resolve_error("width = 10\nvision = 7\n")
                .find("key 'params.vision': vision 7 reaches 7 sites each way, so the grid must "
                      "be at least 15 by 15"),
            std::string::npos);
}

TEST(EpsteinParams, JailTermsAreWholeOrInfinite) {
  EXPECT_NE(resolve_error("max_jail_term = 2.5\n").find("expected a whole number of ticks or inf"),
            std::string::npos);
  EXPECT_EQ(resolve_error("max_jail_term = inf\n"), "");
  EXPECT_NE(resolve_error("max_jail_term = -inf\n").find("got number -inf"), std::string::npos);
}

TEST(EpsteinParams, UnknownScheduledAction) {
  EXPECT_NE(resolve_error("", "[[schedule]]\naction='set_legitimacy'\nat=1\nvalue=2\n")
                .find("key 'schedule[0].value': expected a number in [0, 1], got an integer 2"),
            std::string::npos);
}

}  // namespace
}  // namespace unrest::epstein
