#include "unrest/core/error.hpp"

#include <fmt/format.h>

#include <mutex>
#include <set>
#include <utility>

namespace unrest {

std::string SourceLocation::to_string() const {
  if (line <= 0) return file;
  if (column <= 0) return fmt::format("{}:{}", file, line);
  return fmt::format("{}:{}:{}", file, line, column);
}

InputError::InputError(const SourceLocation& where, const std::string& key,
                       const std::string& problem)
    : std::runtime_error(fmt::format("{}: key '{}': {}", where.to_string(), key, problem)),
      where_(where),
      key_(key) {}

InputError::InputError(const SourceLocation& where, const std::string& problem)
    : std::runtime_error(fmt::format("{}: {}", where.to_string(), problem)), where_(where) {}

namespace {

std::mutex warnings_mutex;
std::vector<std::string> pending_warnings;
std::set<std::string> seen_warnings;

}  // namespace

void add_warning(const std::string& message) {
  const std::lock_guard lock(warnings_mutex);
  if (seen_warnings.insert(message).second) pending_warnings.push_back(message);
}

std::vector<std::string> take_warnings() {
  const std::lock_guard lock(warnings_mutex);
  return std::exchange(pending_warnings, {});
}

}  // namespace unrest
