#pragma once
/// \file
/// Reads the [[schedule]] array into a typed Schedule. Each entry names an
/// `action` and when it fires:
///
///     at    = 77 | 2022-01-05T18:00:00   first tick (a date-time needs run.start)
///     every = 1                        repeat every so many ticks (optional)
///     until = 200 | 2022-01-15         last tick of a repeat, or of the wait
///                                      for a condition (optional)
///     when  = { quantity = "places_protested", at_least = 10, scope = "nation" }
///                                      wait until the model's state meets this
///                                      (`below` instead of `at_least`; optional,
///                                      for models that observe quantities)
///     id, source, note                 documentation (optional)
///
/// The action's own fields are read by the action's parser; any other key is
/// an error.

#include <fmt/format.h>
#include <toml++/toml.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/schedule.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/scenario/table_reader.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest {

/// One kind of action a model accepts in its schedule.
template <class Action>
struct ActionKind {
  std::string name;                 ///< the value of `action`
  std::string summary;              ///< one line for `unrest models`
  std::vector<std::string> fields;  ///< its own keys, described: "value: new legitimacy in [0, 1]"
  std::vector<std::string> keys;    ///< its own keys, bare: "value"
  std::function<Action(TableReader&)> parse;
};

/// An action's description for listings.
struct ActionDoc {
  std::string name, summary;
  std::vector<std::string> fields;
};

template <class Action>
std::vector<ActionDoc> document_actions(const std::vector<ActionKind<Action>>& kinds) {
  std::vector<ActionDoc> docs;
  for (const auto& k : kinds) docs.push_back({k.name, k.summary, k.fields});
  return docs;
}

/// Reads at/every/until of a schedule entry into ticks.
Timing read_timing(TableReader& entry, const Calendar& calendar);

/// The warning that an entry starting at tick `first` never fires in a run
/// of `ticks` ticks, located at its `at`.
std::string never_fires(const TableReader& entry, const Calendar& calendar, std::int64_t first,
                        std::int64_t ticks);

/// Reads the entry's condition at `key` (`when`), if any. `quantities` are
/// what the model can observe; a model with none accepts no condition.
std::optional<Condition> read_condition(TableReader& entry,
                                        const std::vector<std::string>& quantities,
                                        std::string_view key = "when");

/// Checks the documentation keys every entry may carry: `id` (a string, for
/// `drop` in scenarios built on this one), `source` (a string or a list of
/// strings: where the intervention is reported), `note`.
void read_entry_notes(TableReader& entry);

/// The kind an entry's `action` names; an unknown name is an error at that
/// key that lists what the model accepts.
template <class Action>
const ActionKind<Action>& action_kind(TableReader& entry,
                                      const std::vector<ActionKind<Action>>& kinds) {
  const std::string name = entry.require(entry.string("action"), "action");
  for (const auto& k : kinds) {
    if (k.name == name) return k;
  }
  std::vector<std::string> names;
  for (const auto& k : kinds) names.push_back(k.name);
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  throw entry.error("action", fmt::format("unknown action \"{}\"{}; this model accepts: {}", name,
                                          did_you_mean(name, names), list));
}

/// Reads the schedule of a run of `ticks` ticks (negative: of unknown
/// length). An entry that starts after the last tick never fires: it is
/// kept among the schedule's warnings, naming its file, line and key.
template <class Action>
Schedule<Action> read_schedule(const toml::array* entries, const Calendar& calendar,
                               const std::vector<ActionKind<Action>>& kinds,
                               const std::vector<std::string>& quantities = {},
                               std::int64_t ticks = -1) {
  Schedule<Action> schedule;
  if (!entries) return schedule;
  for (std::size_t i = 0; i < entries->size(); ++i) {
    const toml::table& table = *entries->get(i)->as_table();
    TableReader entry(table, fmt::format("schedule[{}]", i));
    const ActionKind<Action>* kind = &action_kind(entry, kinds);
    const Timing timing = read_timing(entry, calendar);
    if (ticks >= 0 && timing.first > ticks) {
      schedule.warn(never_fires(entry, calendar, timing.first, ticks));
    }
    std::optional<Condition> when = read_condition(entry, quantities);
    if (timing.every == 0 && timing.last != Timing{}.last && !when) {
      throw entry.error("until",
                        "only applies to a repeating action (every) or to one that "
                        "waits for a condition (when)");
    }
    read_entry_notes(entry);
    Action action = kind->parse(entry);
    std::vector<std::string> accepted = {"action", "at", "every",  "until",
                                         "when",   "id", "source", "note"};
    accepted.insert(accepted.end(), kind->keys.begin(), kind->keys.end());
    entry.reject_unknown(accepted);
    schedule.add(timing, std::move(action), std::move(when));
  }
  return schedule;
}

}  // namespace unrest
