// Products as data ([data] products): a scenario may price several goods, each
// with its unit, reference price, the share of each region it reaches and,
// optionally, each segment's exposure.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "derived_scenario.hpp"
#include "runs.hpp"
#include "unrest/models/uprising/fit.hpp"

namespace unrest::uprising {
namespace {

using testing::protest_hours;

/// Kazakhstan's regions where a second product, "bread", is bought at all:
/// the west only.
double bread_share(const std::string& region) {
  return region == "Mangystau" || region == "Atyrau" ? 1.0 : 0.0;
}

class Products : public Derived {
 protected:
  /// Writes products.csv and region_priors_products.csv: the shipped priors
  /// with `lpg_car_share` renamed `lpg_share` and, when `bread` is given, a
  /// `bread_share` column from it.
  void write_products(const std::string& csv,
                      const std::function<double(const std::string&)>& bread = nullptr) {
    std::ofstream(dir_ / "products.csv") << csv;
    std::ifstream in(dir_ / "region_priors.csv");
    std::ostringstream out;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
      if (header) {
        ASSERT_EQ(line.rfind("region,lpg_car_share,", 0), 0u) << line;
        line.replace(0, 21, "region,lpg_share,");
        if (bread) line += ",bread_share";
        header = false;
      } else if (bread && !line.empty()) {
        const std::string region = line.substr(0, line.find(','));
        line += "," + std::to_string(bread(region));
      }
      out << line << "\n";
    }
    std::ofstream(dir_ / "region_priors_products.csv") << out.str();
  }

  /// Names LPG in every price entry of the shipped schedule, as a scenario
  /// of several products must.
  void name_lpg_in_schedule() {
    std::ifstream in(dir_ / "scenario.toml");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string from = "action = \"price\"\n";
    const std::string to = from + "product = \"lpg\"\n";
    int named = 0;
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
      ++named;
    }
    ASSERT_GT(named, 0);
    std::ofstream(dir_ / "scenario.toml") << text;
  }

  /// A derived scenario of 96 hours that reads the products files, with `text` added.
  static std::string with_products(const std::string& text = "") {
    return "[data]\nproducts = \"products.csv\"\nregion_priors = \"region_priors_products.csv\"\n"
           "[run]\nticks = 96\n" +
           text;
  }

  static RunResult run(const RunPlan& plan) { return testing::ensemble(plan, 1).front(); }
};

constexpr const char* kLpg = "product,label,unit,reference_price\nlpg,LPG,tenge/litre,60\n";
constexpr const char* kLpgAndBread =
    "product,label,unit,reference_price\nlpg,LPG,tenge/litre,60\nbread,bread,tenge/kg,200\n";

/// Every column of both series is the same, bit for bit.
void expect_same_series(const RunResult& a, const RunResult& b) {
  ASSERT_EQ(a.series.column_count(), b.series.column_count());
  for (std::size_t c = 0; c < a.series.column_count(); ++c) {
    EXPECT_EQ(a.series.column(c), b.series.column(c)) << a.series.specs()[c].name;
  }
  ASSERT_EQ(a.events.size(), b.events.size());
  for (std::size_t e = 0; e < a.events.size(); ++e) {
    EXPECT_EQ(a.events.events()[e].detail, b.events.events()[e].detail);
  }
}

TEST_F(Products, LpgDeclaredAsAProductRunsAsTheScenarioWithout) {
  write_products(kLpg);
  name_lpg_in_schedule();  // the one product may be named or not
  const RunPlan declared = plan_of(with_products());
  const RunPlan implicit = plan_of("[run]\nticks = 96\n");
  ASSERT_EQ(declared.country.products.size(), 1u);
  EXPECT_EQ(declared.country.products[0].unit, "tenge/litre");
  expect_same_series(run(declared), run(implicit));
}

TEST_F(Products, EachProductHasItsPriceColumnInItsUnit) {
  write_products(kLpgAndBread, bread_share);
  name_lpg_in_schedule();
  const RunPlan plan = plan_of(with_products(
      "[[schedule]]\naction = \"price\"\nproduct = \"bread\"\nat = 2022-01-02T00:00:00\n"
      "price = 300\nscope = \"region:Mangystau\"\n"));
  const RunResult r = run(plan);
  const auto& specs = r.series.specs();
  ASSERT_TRUE(r.series.has_column("bread_price"));
  const auto bread = std::find_if(specs.begin(), specs.end(),
                                  [](const ColumnSpec& c) { return c.name == "bread_price"; });
  EXPECT_EQ(bread->unit, "tenge/kg");
  // Before the rise the national price is the reference; after, Mangystau's
  // people pay half as much again.
  EXPECT_DOUBLE_EQ(r.series.column("bread_price").front(), 200);
  EXPECT_GT(r.series.column("bread_price").back(), 200);
  EXPECT_LT(r.series.column("bread_price").back(), 300);
  bool said = false;
  for (const auto& e : r.events.events()) {
    if (e.detail != "price: bread 300 tenge/kg in region:Mangystau") continue;
    said = true;
    // events.csv's values name the product as the schedule does.
    ASSERT_EQ(e.values.size(), 3u);
    EXPECT_EQ(e.values[2].name, "product");
    EXPECT_EQ(std::get<std::string>(e.values[2].value), "bread");
  }
  EXPECT_TRUE(said);
}

TEST_F(Products, APriceThatReachesNobodyChangesNothing) {
  // Bread trebles everywhere, but no region buys it: the run is the run
  // without the rise, bit for bit.
  write_products(kLpgAndBread, [](const std::string&) { return 0.0; });
  name_lpg_in_schedule();
  const std::string rise =
      "[[schedule]]\naction = \"price\"\nproduct = \"bread\"\nat = 2022-01-02T00:00:00\n"
      "price = 600\nscope = \"nation\"\n";
  const RunResult with = run(plan_of(with_products(rise)));
  const RunResult without = run(plan_of(with_products()));
  for (const char* column : {"protesters", "strikers", "killed_cumulative", "legitimacy"}) {
    EXPECT_EQ(with.series.column(column), without.series.column(column)) << column;
  }
}

TEST_F(Products, AProductsOwnExposureOfZeroChangesNothing) {
  // Everyone buys bread but no segment feels its price.
  write_products(
      "product,label,unit,reference_price,exposure_oil_gas,exposure_mining_metal,"
      "exposure_other_workers,exposure_youth,exposure_migrants,exposure_others\n"
      "lpg,LPG,tenge/litre,60,,,,,,\nbread,bread,tenge/kg,200,0,0,0,0,0,0\n",
      [](const std::string&) { return 1.0; });
  name_lpg_in_schedule();
  const std::string rise =
      "[[schedule]]\naction = \"price\"\nproduct = \"bread\"\nat = 2022-01-02T00:00:00\n"
      "price = 600\nscope = \"nation\"\n";
  const RunPlan plan = plan_of(with_products(rise));
  EXPECT_FALSE(plan.country.products[0].exposure.has_value());  // the parameters'
  ASSERT_TRUE(plan.country.products[1].exposure.has_value());
  EXPECT_EQ(run(plan).series.column("protesters"),
            run(plan_of(with_products())).series.column("protesters"));
}

TEST_F(Products, ARiseBringsOutOnlyThePlacesItReaches) {
  // Bread trebles everywhere; only Mangystau and Atyrau buy it. With every
  // channel between places shut (news, strike waves, the state's forces and
  // its legitimacy), each other place runs as without the rise, bit for bit,
  // and Aktau protests more.
  write_products(kLpgAndBread, bread_share);
  name_lpg_in_schedule();
  const std::string alone =
      "[params]\nnews_on = false\nstrikes_on = false\nsecurity_on = false\n"
      "legitimacy_dynamics_on = false\n";
  const std::string rise =
      "[[schedule]]\naction = \"price\"\nproduct = \"bread\"\nat = 2022-01-02T00:00:00\n"
      "price = 600\nscope = \"nation\"\n";
  const RunPlan plan = plan_of(with_products(alone + rise));
  const RunResult with = run(plan);
  const RunResult without = run(plan_of(with_products(alone)));
  EXPECT_GT(protest_hours(with, "Aktau", 24), protest_hours(without, "Aktau", 24));
  for (const Place& place : plan.country.places) {
    const std::string region = plan.country.regions[place.region].name;
    if (bread_share(region) > 0) continue;
    EXPECT_EQ(protest_hours(with, place.name, 0), protest_hours(without, place.name, 0))
        << place.name;
  }
}

TEST_F(Products, TheInputRankingAddsEveryProductsShareTimesItsRise) {
  write_products(kLpgAndBread, bread_share);
  name_lpg_in_schedule();
  const RunPlan plan = plan_of(with_products(
      "[[schedule]]\naction = \"price\"\nproduct = \"bread\"\nat = 2022-01-02T00:00:00\n"
      "price = 300\nscope = \"nation\"\n"));
  ASSERT_EQ(plan.price_rise.size(), 2u);
  EXPECT_DOUBLE_EQ(plan.price_rise[0], 1.0);  // LPG 60 to 120, as shipped
  EXPECT_DOUBLE_EQ(plan.price_rise[1], 0.5);  // bread 200 to 300
  const Country& c = plan.country;
  const std::size_t aktau = c.find_place("Aktau");
  const std::size_t almaty = c.find_place("Almaty");
  const Region& mangystau = c.regions[c.places[aktau].region];
  const Region& almaty_city = c.regions[c.places[almaty].region];
  EXPECT_DOUBLE_EQ(shock_hardship(c, aktau, plan.price_rise), mangystau.share[0] * 1.0 + 0.5);
  EXPECT_DOUBLE_EQ(shock_hardship(c, almaty, plan.price_rise), almaty_city.share[0] * 1.0);
}

TEST_F(Products, ThePriceActionMustNameTheProductWhenThereAreSeveral) {
  write_products(kLpgAndBread, bread_share);
  // The shipped schedule's price entries name none.
  const std::string e = error_of(with_products());
  EXPECT_NE(e.find("scenario.toml:"), std::string::npos) << e;
  EXPECT_NE(e.find("product"), std::string::npos) << e;
  EXPECT_NE(e.find("prices 2 products; say which"), std::string::npos) << e;
}

TEST_F(Products, AnUnknownProductIsNamedWithTheNearestKnown) {
  write_products(kLpg);
  const std::string e = error_of(with_products(
      "[[schedule]]\naction = \"price\"\nproduct = \"lgp\"\nat = 2022-01-02T00:00:00\n"
      "price = 300\nscope = \"nation\"\n"));
  EXPECT_NE(e.find("derived.toml:"), std::string::npos) << e;
  EXPECT_NE(e.find("unknown product \"lgp\""), std::string::npos) << e;
  EXPECT_NE(e.find("lpg"), std::string::npos) << e;
}

TEST_F(Products, EveryProductNeedsItsShareColumn) {
  write_products(kLpgAndBread);  // no bread_share column
  const std::string e = error_of(with_products());
  EXPECT_NE(e.find("region_priors_products.csv"), std::string::npos) << e;
  EXPECT_NE(e.find("bread_share"), std::string::npos) << e;
}

TEST_F(Products, TheProductsFileIsChecked) {
  const auto error_with = [&](const std::string& csv) {
    write_products(csv, bread_share);
    return error_of(with_products());
  };
  std::string e = error_with(
      "product,label,unit,reference_price\nlpg,LPG,tenge/litre,60\n"
      "lpg,LPG,tenge/litre,60\n");
  EXPECT_NE(e.find("products.csv:3"), std::string::npos) << e;
  EXPECT_NE(e.find("\"lpg\" is listed twice"), std::string::npos) << e;
  e = error_with("product,label,unit,reference_price\nLPG gas,LPG,tenge/litre,60\n");
  EXPECT_NE(e.find("products.csv:2"), std::string::npos) << e;
  EXPECT_NE(e.find("is not a key"), std::string::npos) << e;
  e = error_with("product,label,unit,reference_price\nlpg,LPG,tenge/litre,0\n");
  EXPECT_NE(e.find("products.csv:2"), std::string::npos) << e;
  EXPECT_NE(e.find("reference_price"), std::string::npos) << e;
  e = error_with("product,label,reference_price\nlpg,LPG,60\n");
  EXPECT_NE(e.find("unit"), std::string::npos) << e;
  e = error_with("product,label,unit,reference_price\n");
  EXPECT_NE(e.find("expected 1 to 8 products, found 0"), std::string::npos) << e;
  e = error_with("product,label,unit,reference_price,exposure_oil_gas\nlpg,LPG,tenge/litre,60,1\n");
  EXPECT_NE(e.find("exposure_mining_metal"), std::string::npos) << e;
  e = error_with(
      "product,label,unit,reference_price,exposure_oil_gas,exposure_mining_metal,"
      "exposure_other_workers,exposure_youth,exposure_migrants,exposure_others\n"
      "lpg,LPG,tenge/litre,60,1,,,,,\n");
  EXPECT_NE(e.find("give every segment's exposure, or none"), std::string::npos) << e;
}

TEST_F(Products, TheOldReferencePriceCannotStandBesideAProductsFile) {
  write_products(kLpg);
  const std::string e = error_of(with_products("[params]\nlpg_reference_price = 70\n"));
  EXPECT_NE(e.find("derived.toml:"), std::string::npos) << e;
  EXPECT_NE(e.find("lpg_reference_price"), std::string::npos) << e;
  EXPECT_NE(e.find("reference_price"), std::string::npos) << e;
}

}  // namespace
}  // namespace unrest::uprising
