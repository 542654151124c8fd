#include "unrest/core/error.hpp"

#include <fmt/format.h>

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

}  // namespace unrest
