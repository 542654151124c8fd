#include "unrest/core/suggest.hpp"

#include <gtest/gtest.h>

namespace unrest {
namespace {

TEST(Suggest, FindsTheClosestPlausibleMisspelling) {
  const std::vector<std::string> keys = {"legitimacy", "vision", "cop_vision"};
  EXPECT_EQ(closest_match("legitimcy", keys), "legitimacy");
  EXPECT_EQ(closest_match("visoin", keys), "vision");
  EXPECT_EQ(did_you_mean("cop_visio", keys), " (did you mean 'cop_vision'?)");
}

TEST(Suggest, StaysSilentForUnrelatedWords) {
  EXPECT_EQ(closest_match("temperature", {"legitimacy", "vision"}), "");
  EXPECT_EQ(did_you_mean("x", {}), "");
}

}  // namespace
}  // namespace unrest
