#pragma once
/// \file
/// Reads the keys of one TOML table with type and range checks, remembering
/// which keys were read so that any key left over is reported as unknown.

#include <toml++/toml.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/error.hpp"

namespace unrest {

class TableReader {
 public:
  /// `prefix` is the table's dotted key ("run", "schedule[2]"), used in messages.
  TableReader(const toml::table& table, std::string prefix);

  /// The node of `key`, marking it read; null when absent.
  const toml::node* take(std::string_view key);

  std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max);
  std::optional<double> real(std::string_view key, double min, double max);
  std::optional<bool> boolean(std::string_view key);
  std::optional<std::string> string(std::string_view key);
  /// A string that must be one of `choices`.
  std::optional<std::string> choice(std::string_view key, const std::vector<std::string>& choices);
  std::vector<std::string> string_list(std::string_view key);
  /// A TOML local date-time or date (a date means its midnight), to the hour.
  std::optional<DateHour> date_hour(std::string_view key);

  /// Throws if a key that must be present is absent.
  template <class T>
  T require(std::optional<T> value, std::string_view key) const {
    if (!value) throw missing(key);
    return *std::move(value);
  }

  /// Throws for the first key that was never read, suggesting the nearest of
  /// the keys this table accepts.
  void reject_unknown(const std::vector<std::string>& accepted) const;

  [[nodiscard]] const toml::table& table() const noexcept { return table_; }
  [[nodiscard]] const std::string& prefix() const noexcept { return prefix_; }
  [[nodiscard]] std::string key_path(std::string_view key) const;
  /// An error about `key` of this table, located at the key if present.
  [[nodiscard]] InputError error(std::string_view key, const std::string& problem) const;
  [[nodiscard]] InputError missing(std::string_view key) const;

 private:
  const toml::table& table_;
  std::string prefix_;
  std::set<std::string, std::less<>> read_;
};

}  // namespace unrest
