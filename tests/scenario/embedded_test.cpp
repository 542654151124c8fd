#include "unrest/scenario/embedded.hpp"

#include <gtest/gtest.h>

#include "unrest/scenario/scenario.hpp"

namespace unrest {
namespace {

TEST(EmbeddedScenarios, TheDefaultIsShippedAndEveryOneParses) {
  ASSERT_NE(find_embedded_scenario(kDefaultScenario), nullptr);
  EXPECT_EQ(find_embedded_scenario("no/such"), nullptr);
  for (const auto& s : embedded_scenarios()) {
    const Scenario scenario = Scenario::load_embedded(s.name);
    EXPECT_FALSE(scenario.header().name.empty()) << s.path;
    EXPECT_FALSE(scenario.header().sources.empty()) << s.path << " cites no source";
    EXPECT_GT(scenario.run_settings().ticks, 0) << s.path;
  }
}

}  // namespace
}  // namespace unrest
