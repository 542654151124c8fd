#include "unrest/io/places_geojson.hpp"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

namespace unrest {

nlohmann::json places_geojson(const RunResult& result) {
  using nlohmann::json;
  json features = json::array();
  for (const PlaceOutcome& place : result.places) {
    if (!(std::abs(place.latitude) <= 90) || !(std::abs(place.longitude) <= 180)) {
      throw std::invalid_argument(fmt::format("place {} lies off the globe ({}, {})", place.name,
                                              place.latitude, place.longitude));
    }
    const bool protested = place.first_protest_tick >= 0;
    json properties = {
        {"name", place.name},
        {"region", place.region},
        {"population", std::llround(place.population)},
        {"first_protest_tick", protested ? json(place.first_protest_tick) : json(nullptr)},
        {"first_protest_time", protested && result.calendar.has_dates()
                                   ? json(result.calendar.stamp(place.first_protest_tick))
                                   : json(nullptr)}};
    for (const auto& v : place.values) {
      properties[v.name] = std::isfinite(v.value) ? json(v.value) : json(nullptr);
    }
    features.push_back(
        {{"type", "Feature"},
         {"geometry", {{"type", "Point"}, {"coordinates", {place.longitude, place.latitude}}}},
         {"properties", properties}});
  }
  return {{"type", "FeatureCollection"}, {"features", features}};
}

}  // namespace unrest
