#include "unrest/core/run_result.hpp"

#include <stdexcept>

namespace unrest {

double RunResult::summary_value(const std::string& name) const {
  for (const auto& item : summary) {
    if (item.name == name) return item.value;
  }
  throw std::out_of_range("no summary value '" + name + "'");
}

}  // namespace unrest
