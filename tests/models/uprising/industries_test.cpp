// Industries as data ([data] industries): which industries' enterprises can
// strike, and which segment their workers are people of.

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "derived_scenario.hpp"
#include "runs.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {
namespace {

constexpr const char* kKazakhstansIndustries =
    "industry,segment\noil_gas,oil_gas\nmining,mining_metal\nmetallurgy,mining_metal\n"
    "coal,mining_metal\n";

class Industries : public Derived {
 protected:
  /// industries.csv with `rows` after the header, and a scenario that reads
  /// it, `text` added.
  RunPlan plan_with(const std::string& csv, const std::string& text = "") {
    std::ofstream(dir_ / "industries.csv") << csv;
    return plan_of("[data]\nindustries = \"industries.csv\"\n[run]\nticks = 96\n" + text);
  }

  /// Adds an enterprise of 5,000 workers in Almaty to enterprises.csv.
  void add_bus_park(const std::string& industry = "transport") {
    std::ofstream(dir_ / "enterprises.csv", std::ios::app)
        << "Almaty Bus Park,Almaty,Almaty city," << industry << ",5000,2021,no,a source,,yes,,\n";
  }
};

/// Agents of `segment` in `place`, and those of them in enterprise blocks.
std::pair<std::uint64_t, std::uint64_t> agents_of(const RunPlan& plan, const std::string& place,
                                                  Segment segment) {
  const World world(plan.country, plan.params, RandomStream(plan.seed, 0));
  const std::size_t p = plan.country.find_place(place);
  std::uint64_t all = 0, employed = 0;
  for (auto b = world.pop.place_blocks[p]; b < world.pop.place_blocks[p + 1]; ++b) {
    const Block& block = world.pop.blocks[b];
    if (block.segment != segment) continue;
    all += block.end - block.begin;
    if (block.enterprise != kNoEnterprise) employed += block.end - block.begin;
  }
  return {all, employed};
}

TEST_F(Industries, DeclaringKazakhstansIndustriesChangesNothing) {
  const RunPlan declared = plan_with(kKazakhstansIndustries);
  const RunPlan implicit = plan_of("[run]\nticks = 96\n");
  ASSERT_EQ(declared.country.industries.size(), 4u);
  const RunResult a = testing::ensemble(declared, 1).front();
  const RunResult b = testing::ensemble(implicit, 1).front();
  for (std::size_t c = 0; c < a.series.column_count(); ++c)
    EXPECT_EQ(a.series.column(c), b.series.column(c)) << a.series.specs()[c].name;
}

TEST_F(Industries, AnIndustryOfOtherWorkersTakesItsWorkersFromThem) {
  const RunPlan before =
      plan_with(std::string(kKazakhstansIndustries) + "transport,other_workers\n");
  add_bus_park();
  const RunPlan after =
      plan_with(std::string(kKazakhstansIndustries) + "transport,other_workers\n");
  const auto [all_before, employed_before] = agents_of(before, "Almaty", Segment::OtherWorkers);
  const auto [all_after, employed_after] = agents_of(after, "Almaty", Segment::OtherWorkers);
  EXPECT_EQ(employed_before, 0u);
  // Its 5,000 workers at the place's scale, to within an agent of rounding;
  // Almaty's other workers are as many as before, some of them now its.
  const World world(after.country, after.params, RandomStream(after.seed, 0));
  const double per_agent = world.pop.place_people_per_agent[after.country.find_place("Almaty")];
  EXPECT_NEAR(static_cast<double>(employed_after), 5000 / per_agent, 1.0);
  EXPECT_NEAR(static_cast<double>(all_after), static_cast<double>(all_before), 1.0);
  // Oil, gas, mining and metal workers are untouched.
  EXPECT_EQ(agents_of(after, "Almaty", Segment::OilGas),
            agents_of(before, "Almaty", Segment::OilGas));
}

TEST_F(Industries, ItsEnterprisesStrikeLikeAnyOther) {
  // With no bar to a strike every enterprise with free workers strikes after
  // strike_delay_hours; the bus park among them.
  add_bus_park();
  const RunPlan plan = plan_with(std::string(kKazakhstansIndustries) + "transport,other_workers\n",
                                 "[params]\nstrike_share = 0\nstrike_end_share = 0\n");
  const RunResult r = testing::ensemble(plan, 1).front();
  bool struck = false;
  for (const auto& e : r.events.events())
    struck |= e.kind == "strike_start" && e.detail.find("Almaty Bus Park") != std::string::npos;
  EXPECT_TRUE(struck);
}

TEST_F(Industries, TheIndustriesFileIsChecked) {
  std::string e;
  try {
    (void)plan_with("industry,segment\ntransport,youth\n");
  } catch (const InputError& error) {
    e = error.what();
  }
  EXPECT_NE(e.find("industries.csv:2"), std::string::npos) << e;
  EXPECT_NE(e.find("segment"), std::string::npos) << e;
  try {
    (void)plan_with("industry,segment\ntransport,other_workers\ntransport,other_workers\n");
  } catch (const InputError& error) {
    e = error.what();
  }
  EXPECT_NE(e.find("\"transport\" is listed twice"), std::string::npos) << e;
  // Without transport declared, the bus park's industry is unknown.
  add_bus_park();
  e = error_of("");
  EXPECT_NE(e.find("enterprises.csv:"), std::string::npos) << e;
  EXPECT_NE(e.find("industry"), std::string::npos) << e;
}

}  // namespace
}  // namespace unrest::uprising
