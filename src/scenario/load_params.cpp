#include "unrest/scenario/load_params.hpp"

#include <fmt/format.h>

#include "unrest/core/error.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest {

void reject_schedule(const Scenario& scenario, const std::string& model) {
  const toml::array* entries = scenario.schedule();
  if (!entries || entries->empty()) return;
  throw InputError(location_of(*entries->get(0)), "schedule",
                   fmt::format("the {} model takes no scheduled actions", model));
}

}  // namespace unrest
