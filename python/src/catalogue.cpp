#include "catalogue.hpp"

#include "scenario_loading.hpp"
#include "unrest/scenario/csv_table.hpp"
#include "unrest/scenario/embedded.hpp"

namespace unrest::python {

std::vector<ScenarioListing> shipped_scenarios() {
  std::vector<ScenarioListing> listings;
  for (const auto& s : embedded_scenarios()) {
    const ScenarioHeader header = Scenario::load_embedded(s.name).header();
    listings.push_back({s.name, header.model, header.description});
  }
  return listings;
}

std::vector<ModelListing> model_listings() {
  std::vector<ModelListing> listings;
  for (const ModelEntry& m : model_registry()) {
    listings.push_back({std::string(m.name), std::string(m.summary), std::string(m.reference),
                        m.parameters(), m.actions()});
  }
  return listings;
}

std::vector<SummaryItem> theory_of(const std::string& scenario,
                                   const std::vector<std::string>& overrides) {
  return load_prepared(scenario, overrides).plan.theory();
}

DataListing scenario_data(const std::string& scenario, const std::string& key) {
  const CsvTable table = load_overridden(scenario, {}).data_table(key);
  DataListing listing{table.header(), {}};
  for (std::size_t r = 0; r < table.rows(); ++r) {
    std::vector<std::string> row;
    for (const auto& column : listing.header) row.push_back(table.text(r, column));
    listing.rows.push_back(std::move(row));
  }
  return listing;
}

}  // namespace unrest::python
