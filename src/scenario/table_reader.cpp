#include "unrest/scenario/table_reader.hpp"

#include <fmt/format.h>

#include <cmath>

#include "unrest/core/suggest.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest {

TableReader::TableReader(const toml::table& table, std::string prefix)
    : table_(table), prefix_(std::move(prefix)) {}

std::string TableReader::key_path(std::string_view key) const {
  return join_key(prefix_, key);
}

InputError TableReader::error(std::string_view key, const std::string& problem) const {
  const toml::node* node = table_.get(key);
  return InputError(location_of(node ? node->source() : table_.source()), key_path(key), problem);
}

InputError TableReader::missing(std::string_view key) const {
  return InputError(location_of(table_.source()), key_path(key), "is required but missing");
}

const toml::node* TableReader::take(std::string_view key) {
  read_.emplace(key);
  return table_.get(key);
}

std::optional<std::int64_t> TableReader::integer(std::string_view key, std::int64_t min,
                                                 std::int64_t max) {
  const toml::node* node = take(key);
  if (!node) return std::nullopt;
  const auto value = node->value_exact<std::int64_t>();
  if (!value || *value < min || *value > max) {
    throw error(key, fmt::format("expected an integer in [{}, {}], got {}", min, max,
                                 describe_node(*node)));
  }
  return value;
}

std::optional<double> TableReader::real(std::string_view key, double min, double max) {
  const toml::node* node = take(key);
  if (!node) return std::nullopt;
  std::optional<double> value;
  if (node->is_integer()) value = static_cast<double>(*node->value_exact<std::int64_t>());
  if (node->is_floating_point()) value = *node->value_exact<double>();
  if (!value || std::isnan(*value) || *value < min || *value > max) {
    throw error(
        key, fmt::format("expected a number in [{}, {}], got {}", min, max, describe_node(*node)));
  }
  return value;
}

std::optional<bool> TableReader::boolean(std::string_view key) {
  const toml::node* node = take(key);
  if (!node) return std::nullopt;
  if (!node->is_boolean()) {
    throw error(key, fmt::format("expected true or false, got {}", describe_node(*node)));
  }
  return node->value_exact<bool>();
}

std::optional<std::string> TableReader::string(std::string_view key) {
  const toml::node* node = take(key);
  if (!node) return std::nullopt;
  if (!node->is_string()) {
    throw error(key, fmt::format("expected a string, got {}", describe_node(*node)));
  }
  return node->value_exact<std::string>();
}

std::optional<std::string> TableReader::choice(std::string_view key,
                                               const std::vector<std::string>& choices) {
  auto value = string(key);
  if (!value) return value;
  for (const auto& c : choices) {
    if (c == *value) return value;
  }
  std::string names;
  for (const auto& c : choices) names += (names.empty() ? "\"" : ", \"") + c + "\"";
  throw error(key, fmt::format("expected one of {}, got \"{}\"{}", names, *value,
                               did_you_mean(*value, choices)));
}

std::vector<std::string> TableReader::string_list(std::string_view key) {
  const toml::node* node = take(key);
  std::vector<std::string> out;
  if (!node) return out;
  const toml::array* array = node->as_array();
  if (!array)
    throw error(key, fmt::format("expected an array of strings, got {}", describe_node(*node)));
  for (const toml::node& item : *array) {
    if (!item.is_string()) {
      throw InputError(location_of(item), key_path(key),
                       fmt::format("expected an array of strings, got {}", describe_node(item)));
    }
    out.push_back(*item.value_exact<std::string>());
  }
  return out;
}

std::optional<DateHour> TableReader::date_hour(std::string_view key) {
  const toml::node* node = take(key);
  if (!node) return std::nullopt;
  DateHour out;
  toml::date date;
  if (const auto* dt = node->as_date_time()) {
    if (dt->get().offset) {
      throw error(key, "expected a local date-time such as 2022-01-05T18:00:00 (no time zone)");
    }
    date = dt->get().date;
    out.hour = dt->get().time.hour;
    if (dt->get().time.minute != 0 || dt->get().time.second != 0) {
      throw error(key, "expected a whole hour, such as 2022-01-05T18:00:00");
    }
  } else if (const auto* d = node->as_date()) {
    date = d->get();
  } else {
    throw error(key, fmt::format("expected a date such as 2022-01-05 or a date-time such as "
                                 "2022-01-05T18:00:00, got {}",
                                 describe_node(*node)));
  }
  out.date = CivilDate{date.year, date.month, date.day};
  return out;
}

void TableReader::reject_unknown(const std::vector<std::string>& accepted) const {
  for (auto&& [key, node] : table_) {
    if (read_.contains(key.str())) continue;
    std::string accepted_list;
    for (const auto& a : accepted) accepted_list += (accepted_list.empty() ? "" : ", ") + a;
    throw InputError(location_of(key), key_path(key.str()),
                     fmt::format("unknown key{}; this table accepts: {}",
                                 did_you_mean(key.str(), accepted), accepted_list));
  }
}

}  // namespace unrest
