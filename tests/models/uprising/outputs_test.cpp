// The files an uprising run writes, as a plotting user reads them: one name
// per column, times with the clock's offset, places at their coordinates,
// interventions with where they act and their values.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "runs.hpp"
#include "unrest/io/run_outputs.hpp"
#include "unrest/models/uprising/country.hpp"

namespace unrest::uprising {
namespace {

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream in(line);
  for (std::string field; std::getline(in, field, ',');) fields.push_back(field);
  return fields;
}

class UprisingOutputs : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    plan_ = new RunPlan(testing::plan_for("kazakhstan-2022/scenario",
                                          {"scale=0.001", "min_place_agents=0", "run.ticks=120"}));
    result_ = new RunResult(simulate(*plan_));
    RunContext context;
    context.scenario.name = "kazakhstan-2022";
    for (auto& [name, text] : render_run_outputs(*result_, context)) files_[name] = text;
  }
  static void TearDownTestSuite() {
    delete result_;
    delete plan_;
  }
  static const std::string& file(const std::string& name) { return files_.at(name); }

  static inline RunPlan* plan_ = nullptr;
  static inline RunResult* result_ = nullptr;
  static inline std::map<std::string, std::string> files_;
};

TEST_F(UprisingOutputs, EveryCsvHeaderNamesEachColumnOnce) {
  for (const auto& [name, text] : files_) {
    if (!name.ends_with(".csv")) continue;
    const auto header = split(text.substr(0, text.find('\n')));
    const std::set<std::string> unique(header.begin(), header.end());
    EXPECT_EQ(unique.size(), header.size()) << name << ": " << text.substr(0, text.find('\n'));
  }
}

TEST_F(UprisingOutputs, CumulativeCountsAreNamedSoInEveryFile) {
  const auto national = split(file("timeseries.csv").substr(0, file("timeseries.csv").find('\n')));
  const auto cities = split(file("cities.csv").substr(0, file("cities.csv").find('\n')));
  for (const auto& header : {national, cities}) {
    const std::set<std::string> names(header.begin(), header.end());
    EXPECT_TRUE(names.contains("killed_cumulative"));
    EXPECT_TRUE(names.contains("injured_cumulative"));
    EXPECT_FALSE(names.contains("killed"));
    EXPECT_FALSE(names.contains("killed_total"));
  }
  // The end of the national series is the summary value of the same name.
  EXPECT_EQ(result_->series.column("killed_cumulative").back(),
            result_->summary_value("killed_cumulative"));
  EXPECT_EQ(result_->series.column("detained_cumulative").back(),
            result_->summary_value("detained_cumulative"));
}

TEST_F(UprisingOutputs, TimesCarryTheScenariosUtcOffset) {
  EXPECT_EQ(result_->calendar.utc_offset_minutes(), 6 * 60);
  const std::string& ts = file("timeseries.csv");
  EXPECT_NE(ts.find("\n0,2022-01-01T00:00+06:00,"), std::string::npos) << ts.substr(0, 300);
  EXPECT_NE(ts.find("\n120,2022-01-06T00:00+06:00,"), std::string::npos);
  EXPECT_NE(file("events.csv").find(",2022-01-0"), std::string::npos);
  for (const char* name : {"events.csv", "cities.csv"}) {
    const std::string& text = file(name);
    const std::string first_row = text.substr(text.find('\n') + 1, 40);
    EXPECT_NE(first_row.find("+06:00,"), std::string::npos) << name << ": " << first_row;
  }
  const auto manifest = nlohmann::json::parse(file("manifest.json"));
  EXPECT_EQ(manifest["calendar"]["utc_offset"], "+06:00");
  EXPECT_EQ(manifest["calendar"]["start"], "2022-01-01T00:00+06:00");
}

TEST_F(UprisingOutputs, CitiesHaveTheirRegionAndCoordinates) {
  const std::string& text = file("cities.csv");
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "tick,time,place,region,latitude,longitude,protesters,strikers,detained,"
            "injured_cumulative,killed_cumulative,security,internet,force");
  const auto row = split(text.substr(text.find('\n') + 1, text.find('\n', text.find('\n') + 1)));
  const Place& first = plan_->country.places.front();
  EXPECT_EQ(row[2], first.name);
  EXPECT_EQ(row[3], plan_->country.regions[first.region].name);
  EXPECT_DOUBLE_EQ(std::stod(row[4]), first.latitude);
  EXPECT_DOUBLE_EQ(std::stod(row[5]), first.longitude);
}

TEST_F(UprisingOutputs, PlacesGeojsonHasOnePointPerPlaceAtItsCoordinates) {
  const auto geo = nlohmann::json::parse(file("places.geojson"));
  EXPECT_EQ(geo["type"], "FeatureCollection");
  const Country& c = plan_->country;
  ASSERT_EQ(geo["features"].size(), c.places.size());
  std::size_t protested = 0;
  for (std::size_t p = 0; p < c.places.size(); ++p) {
    const auto& f = geo["features"][p];
    EXPECT_EQ(f["geometry"]["type"], "Point");
    EXPECT_DOUBLE_EQ(f["geometry"]["coordinates"][0].get<double>(), c.places[p].longitude);
    EXPECT_DOUBLE_EQ(f["geometry"]["coordinates"][1].get<double>(), c.places[p].latitude);
    const auto& props = f["properties"];
    EXPECT_EQ(props["name"], c.places[p].name);
    EXPECT_EQ(props["region"], c.regions[c.places[p].region].name);
    for (const char* key : {"population", "peak_protesters", "killed_cumulative",
                            "injured_cumulative", "first_protest_time", "first_protest_tick"}) {
      EXPECT_TRUE(props.contains(key)) << key;
    }
    if (!props["first_protest_time"].is_null()) {
      ++protested;
      EXPECT_TRUE(props["first_protest_time"].get<std::string>().ends_with("+06:00"));
    }
  }
  EXPECT_EQ(static_cast<double>(protested), result_->summary_value("places_protested"));
  const auto manifest = nlohmann::json::parse(file("manifest.json"));
  EXPECT_EQ(manifest["outputs"]["places.geojson"]["features"], c.places.size());
}

TEST_F(UprisingOutputs, InterventionsSayWhereAndCarryTheirValues) {
  std::size_t interventions = 0;
  bool price = false;
  for (const Event& e : result_->events.events()) {
    if (e.kind != "intervention") continue;
    ++interventions;
    EXPECT_FALSE(e.where.empty()) << e.detail;
    EXPECT_FALSE(e.action.empty()) << e.detail;
    EXPECT_FALSE(e.values.empty()) << e.detail;
    if (e.action == "price") {
      price = true;
      ASSERT_EQ(e.values.front().name, "price");
      EXPECT_GT(std::get<double>(e.values.front().value), 0);
    }
  }
  EXPECT_GT(interventions, 0U);
  EXPECT_TRUE(price) << "the liberalisation on 1 January is a price action";
  const std::string& text = file("events.csv");
  EXPECT_EQ(text.substr(0, text.find('\n')), "tick,time,kind,where,action,values,detail");
  EXPECT_NE(text.find(",intervention,nation,price,\"{\"\"cap\"\":false,\"\"price\"\":"),
            std::string::npos)
      << text.substr(0, 600);
}

TEST_F(UprisingOutputs, TheManifestGivesEveryColumnAUnitOrSaysItHasNone) {
  const auto manifest = nlohmann::json::parse(file("manifest.json"));
  for (const char* name : {"timeseries.csv", "cities.csv", "events.csv"}) {
    const auto& columns = manifest["outputs"][name]["columns"];
    const std::string& text = file(name);
    const auto header = split(text.substr(0, text.find('\n')));
    ASSERT_EQ(columns.size(), header.size()) << name;
    for (std::size_t c = 0; c < header.size(); ++c) {
      EXPECT_EQ(columns[c]["name"], header[c]) << name;
      EXPECT_TRUE(columns[c].contains("unit")) << name << " " << header[c];
    }
  }
  const auto& national = manifest["outputs"]["timeseries.csv"]["columns"];
  EXPECT_EQ(national[1]["name"], "time");
  for (const auto& column : national) {
    if (column["name"] == "killed_cumulative") {
      EXPECT_EQ(column["unit"], "people");
    }
    if (column["name"] == "lpg_price") {
      EXPECT_EQ(column["unit"], "tenge/litre");
    }
  }
}

}  // namespace
}  // namespace unrest::uprising
