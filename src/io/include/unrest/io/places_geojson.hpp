#pragma once
/// \file
/// places.geojson: the run's places as GeoJSON (RFC 7946) points, each with
/// its region, population and what happened there, for maps.

#include <nlohmann/json.hpp>

#include "unrest/core/run_result.hpp"

namespace unrest {

/// A FeatureCollection with one Point feature per place of the run
/// (coordinates [longitude, latitude]); properties as place_properties()
/// lists them. Throws std::invalid_argument for coordinates off the globe.
nlohmann::json places_geojson(const RunResult& result);

}  // namespace unrest
