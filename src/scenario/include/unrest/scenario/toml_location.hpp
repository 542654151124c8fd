#pragma once
/// \file
/// Where a TOML node came from, and how its type reads in a message.

#include <toml++/toml.h>

#include <string>

#include "unrest/core/error.hpp"

namespace unrest {

/// The file, line and column of a node or key. Nodes given on the command line
/// (`--set`) carry the override's text as their file and no line.
SourceLocation location_of(const toml::source_region& region);
inline SourceLocation location_of(const toml::node& node) {
  return location_of(node.source());
}
inline SourceLocation location_of(const toml::key& key) {
  return location_of(key.source());
}

/// "an integer 3", "a string \"abc\"", "an array", "a table", ...
std::string describe_node(const toml::node& node);

/// "prefix.key", or "key" when the prefix is empty.
std::string join_key(const std::string& prefix, std::string_view key);

}  // namespace unrest
