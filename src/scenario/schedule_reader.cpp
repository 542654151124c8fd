#include "unrest/scenario/schedule_reader.hpp"

namespace unrest {

namespace {

std::int64_t read_time(TableReader& entry, std::string_view key, const Calendar& calendar,
                       const toml::node& node) {
  if (node.is_integer()) return *entry.integer(key, 0, INT64_MAX);
  if (!calendar.has_dates()) {
    throw entry.error(key, fmt::format("expected a tick number (this scenario has no run.start "
                                       "date, so dates cannot be used), got {}",
                                       describe_node(node)));
  }
  const DateHour when = *entry.date_hour(key);
  if (!when.date.valid()) throw entry.error(key, "is not a valid calendar date");
  const std::int64_t tick = calendar.tick_of(when);
  if (tick < 0) {
    throw entry.error(key,
                      fmt::format("is before the run starts ({})", calendar.start()->to_string()));
  }
  return tick;
}

}  // namespace

std::string never_fires(const TableReader& entry, const Calendar& calendar, std::int64_t first,
                        std::int64_t ticks) {
  const std::string when =
      calendar.has_dates() ? fmt::format("{} (tick {})", calendar.time_of(first).to_string(), first)
                           : fmt::format("tick {}", first);
  const std::string end =
      calendar.has_dates() ? fmt::format("{} (tick {})", calendar.time_of(ticks).to_string(), ticks)
                           : fmt::format("tick {}", ticks);
  return entry
      .error("at", fmt::format("{} is after the run's last tick, {}: this action "
                               "never fires (set run.ticks to at least {} to see it)",
                               when, end, first))
      .what();
}

void read_entry_notes(TableReader& entry) {
  (void)entry.string("id");
  (void)entry.string("note");
  if (const toml::node* source = entry.table().get("source"); source && source->is_array()) {
    (void)entry.string_list("source");
  } else {
    (void)entry.string("source");
  }
}

Timing read_timing(TableReader& entry, const Calendar& calendar) {
  Timing timing;
  const toml::node* at = entry.table().get("at");
  if (!at) throw entry.missing("at");
  timing.first = read_time(entry, "at", calendar, *at);
  timing.every = entry.integer("every", 1, INT64_MAX).value_or(0);
  if (const toml::node* until = entry.table().get("until")) {
    timing.last = read_time(entry, "until", calendar, *until);
    if (timing.last < timing.first) throw entry.error("until", "is before at");
  }
  return timing;
}

std::optional<Condition> read_condition(TableReader& entry,
                                        const std::vector<std::string>& quantities,
                                        std::string_view key) {
  const toml::node* node = entry.take(key);
  if (!node) return std::nullopt;
  if (quantities.empty()) {
    throw entry.error(key, "this model's actions cannot wait for a condition; remove it");
  }
  const toml::table* table = node->as_table();
  if (!table) {
    throw entry.error(key, fmt::format("expected a table: {} = {{ quantity = \"...\", at_least = "
                                       "N }} (or below = N)",
                                       key));
  }
  TableReader when(*table, entry.key_path(key));
  Condition c;
  c.where = location_of(*node);
  c.key = entry.key_path(key);
  c.quantity = when.require(when.choice("quantity", quantities), "quantity");
  const std::optional<double> at_least = when.real("at_least", -1e300, 1e300);
  const std::optional<double> below = when.real("below", -1e300, 1e300);
  if (at_least.has_value() == below.has_value()) {
    throw when.error(at_least ? "below" : "at_least",
                     "give exactly one of at_least and below (a number)");
  }
  c.at_least = at_least.has_value();
  c.threshold = at_least ? *at_least : *below;
  if (const toml::node* scope = table->get("scope"); scope && scope->is_array()) {
    c.scope = when.string_list("scope");
  } else if (scope) {
    c.scope = {*when.string("scope")};
  }
  when.reject_unknown({"quantity", "at_least", "below", "scope"});
  return c;
}

}  // namespace unrest
