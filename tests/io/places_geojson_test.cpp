#include "unrest/io/places_geojson.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "unrest/io/run_outputs.hpp"

namespace unrest {
namespace {

RunResult two_places() {
  RunResult r;
  r.model = "uprising";
  r.calendar = Calendar(DateHour{{2022, 1, 1}, 0}, 1, 6 * 60);
  r.places = {{"Zhanaozen", "Mangystau", 43.34, 52.86, 150000, 18, {{"killed_cumulative", 2, ""}}},
              {"Taraz", "Zhambyl", 42.9, 71.37, 358000, -1, {{"killed_cumulative", 0, ""}}}};
  return r;
}

TEST(PlacesGeojson, OnePointPerPlaceLongitudeFirst) {
  const auto geo = places_geojson(two_places());
  EXPECT_EQ(geo["type"], "FeatureCollection");
  ASSERT_EQ(geo["features"].size(), 2U);
  const auto& first = geo["features"][0];
  EXPECT_EQ(first["type"], "Feature");
  EXPECT_EQ(first["geometry"]["type"], "Point");
  EXPECT_EQ(first["geometry"]["coordinates"], nlohmann::json({52.86, 43.34}));
  EXPECT_EQ(first["properties"]["name"], "Zhanaozen");
  EXPECT_EQ(first["properties"]["region"], "Mangystau");
  EXPECT_EQ(first["properties"]["population"], 150000);
  EXPECT_EQ(first["properties"]["first_protest_tick"], 18);
  EXPECT_EQ(first["properties"]["first_protest_time"], "2022-01-01T18:00+06:00");
  EXPECT_EQ(first["properties"]["killed_cumulative"], 2.0);
  // No protest: null, not a sentinel a map would draw.
  EXPECT_TRUE(geo["features"][1]["properties"]["first_protest_time"].is_null());
  EXPECT_TRUE(geo["features"][1]["properties"]["first_protest_tick"].is_null());
}

TEST(PlacesGeojson, CoordinatesOffTheGlobeAreRefused) {
  RunResult r = two_places();
  r.places[1].latitude = 95;
  EXPECT_THROW((void)places_geojson(r), std::invalid_argument);
}

TEST(PlacesGeojson, WrittenWithTheRunOnlyWhenItHasPlaces) {
  const auto names = [](const RunResult& r) {
    std::vector<std::string> out;
    for (const auto& [name, text] : render_run_outputs(r, RunContext{})) out.push_back(name);
    return out;
  };
  const auto with = names(two_places());
  EXPECT_NE(std::find(with.begin(), with.end(), "places.geojson"), with.end());
  EXPECT_EQ(with.back(), "manifest.json");
  RunResult none = two_places();
  none.places.clear();
  const auto without = names(none);
  EXPECT_EQ(std::find(without.begin(), without.end(), "places.geojson"), without.end());
}

}  // namespace
}  // namespace unrest
