#include "unrest/scenario/toml_location.hpp"

#include <fmt/format.h>

namespace unrest {

SourceLocation location_of(const toml::source_region& region) {
  SourceLocation where;
  where.file = region.path ? *region.path : std::string("<input>");
  if (where.file.rfind("--", 0) != 0) {  // a command-line option has no lines
    where.line = static_cast<int>(region.begin.line);
    where.column = static_cast<int>(region.begin.column);
  }
  return where;
}

std::string describe_node(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return fmt::format("a string \"{}\"", *node.value<std::string>());
    case toml::node_type::integer:
      return fmt::format("an integer {}", *node.value<std::int64_t>());
    case toml::node_type::floating_point:
      return fmt::format("a number {}", *node.value<double>());
    case toml::node_type::boolean:
      return fmt::format("a boolean {}", *node.value<bool>());
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

std::string join_key(const std::string& prefix, std::string_view key) {
  return prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
}

}  // namespace unrest
