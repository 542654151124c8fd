#pragma once
/// \file
/// The state's actions, each a small typed struct (brief: price changes and
/// caps, concessions, dismissals, emergency and curfew, internet shutdowns,
/// deployments, foreign troops, force policy, releases). Each names a scope:
/// "nation", "region:<region>", or a city's name.
///
/// Each struct declares its two members, defined together in its own file
/// under src/models/uprising/actions/ (SetPrice in set_price.cpp, ...):
/// `kind`, its name, fields and parser for the schedule (`calendar` reads the
/// `end` fields), and `apply`, its effect on the world at `tick`, returning its
/// line for the event log.

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <variant>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/error.hpp"
#include "unrest/core/event_log.hpp"
#include "unrest/core/random.hpp"
#include "unrest/core/schedule.hpp"
#include "unrest/scenario/schedule_reader.hpp"

namespace unrest::uprising {

struct Country;
struct World;

/// The places an action reaches, as written and as resolved.
struct Scope {
  std::vector<std::string> names;
  SourceLocation where;
  std::string key;
  bool nation = false;
  std::vector<std::uint32_t> places;  ///< filled by resolve_scope
};

inline constexpr std::int64_t kForever = std::numeric_limits<std::int64_t>::max();

struct SetPrice;
struct Concession;
struct Dismissal;
struct Emergency;
struct Internet;
struct Deploy;
struct ForeignTroops;
struct ForcePolicy;
struct Release;
struct Call;

/// One scheduled action. The order is that of action_kinds().
using Action = std::variant<SetPrice, Concession, Dismissal, Emergency, Internet, Deploy,
                            ForeignTroops, ForcePolicy, Release, Call>;

/// A product's price becomes `price`, in the product's unit (liberalisation,
/// a cut), or at most `price` where `cap` (a cap lowers a price, never raises
/// one).
struct SetPrice {
  double price = 0;
  Scope scope;
  bool cap = false;
  /// Felt from this hour (an announced repeal: people answer the news, not
  /// the pump); else felt over price_lag_hours, as prices paid are.
  bool felt_at_once = false;
  /// The product as written; empty: the scenario's only product.
  std::string product_name;
  SourceLocation product_where;
  std::string product_key;
  std::size_t product = 0;  ///< filled by resolve_scopes

  static ActionKind<Action> kind(const Calendar& calendar);
  std::string apply(World& w, const RandomStream& rng, std::int64_t tick) const;
};
/// A concession (a promise, a regulation): legitimacy rises by `legitimacy`.
struct Concession {
  double legitimacy = 0;
  std::string what;
  Scope scope;

  static ActionKind<Action> kind(const Calendar& calendar);
  std::string apply(World& w, const RandomStream& rng, std::int64_t tick) const;
};
/// The dismissal of the government or an official: legitimacy rises by `legitimacy`.
struct Dismissal {
  std::string official;
  double legitimacy = 0;

  static ActionKind<Action> kind(const Calendar& calendar);
  std::string apply(World& w, const RandomStream& rng, std::int64_t tick) const;
};
/// A state of emergency with a curfew from `curfew_from` to `curfew_to` (hours).
struct Emergency {
  int curfew_from = 23;
  int curfew_to = 7;
  std::int64_t end = kForever;
  std::int64_t hours = 0;  ///< if set: lasts this long from when it comes (instead of `end`)
  Scope scope;

  static ActionKind<Action> kind(const Calendar& calendar);
  std::string apply(World& w, const RandomStream& rng, std::int64_t tick) const;
};
/// The internet and messengers run at `level` (0: cut, 1: normal) until `end`.
struct Internet {
  double level = 0;
  std::int64_t end = kForever;
  std::int64_t hours = 0;  ///< if set: lasts this long from when it comes (instead of `end`)
  Scope scope;

  static ActionKind<Action> kind(const Calendar& calendar);
  std::string apply(World& w, const RandomStream& rng, std::int64_t tick) const;
};
enum class ForceKind : std::uint8_t { NationalGuard, Army, SpecialForces };
/// The forces as a schedule names them, in the order of ForceKind.
inline constexpr std::array<const char*, 3> kForceKindKeys = {"national_guard", "army",
                                                              "special_forces"};
/// Units sent to a place.
struct Deploy {
  ForceKind force = ForceKind::NationalGuard;
  double personnel = 0;
  Scope scope;  ///< personnel split evenly over the places

  static ActionKind<Action> kind(const Calendar& calendar);
  std::string apply(World& w, const RandomStream& rng, std::int64_t tick) const;
};
/// Foreign troops (they never refuse or fraternise), split over the places.
struct ForeignTroops {
  double personnel = 0;
  Scope scope;

  static ActionKind<Action> kind(const Calendar& calendar);
  std::string apply(World& w, const RandomStream& rng, std::int64_t tick) const;
};
enum class ForceLevel : std::uint8_t { None = 0, NonLethal = 1, Lethal = 2 };
/// The names of a force level, the one table of them: `key` as scenarios and
/// cities.csv write it, `words` as the lines of events.csv read it.
struct ForceLevelName {
  ForceLevel level;
  const char* key;
  const char* words;
};
inline constexpr std::array<ForceLevelName, 3> kForceLevelNames = {{
    {ForceLevel::None, "none", "none"},
    {ForceLevel::NonLethal, "non_lethal", "non-lethal"},
    {ForceLevel::Lethal, "lethal", "lethal"},
}};
/// The level as scenarios and cities.csv write it ("non_lethal").
inline const char* force_level_key(ForceLevel level) noexcept {
  return kForceLevelNames[static_cast<std::size_t>(level)].key;
}
/// The level in the words of an event line ("non-lethal").
inline const char* force_level_words(ForceLevel level) noexcept {
  return kForceLevelNames[static_cast<std::size_t>(level)].words;
}
/// The most force allowed; `without_warning` uses it on any contact.
struct ForcePolicy {
  ForceLevel level = ForceLevel::NonLethal;
  bool without_warning = false;
  Scope scope;

  static ActionKind<Action> kind(const Calendar& calendar);
  std::string apply(World& w, const RandomStream& rng, std::int64_t tick) const;
};
/// A share of the detained is released.
struct Release {
  double share = 1;
  Scope scope;

  static ActionKind<Action> kind(const Calendar& calendar);
  std::string apply(World& w, const RandomStream& rng, std::int64_t tick) const;
};

/// An organisation calls its members out (a transport strike, a national
/// strike, an uprising): until `end` or for `hours`, the people of `segments`
/// in the scope's places protest at a threshold lowered by
/// `call_threshold_cut` (they know others will come). As the record dates it,
/// an input like a decree.
struct Call {
  std::string organisation;
  std::vector<std::size_t> segments;  ///< the segments it reaches; all when none were named
  std::int64_t end = kForever;
  std::int64_t hours = 0;
  Scope scope;

  static ActionKind<Action> kind(const Calendar& calendar);
  std::string apply(World& w, const RandomStream& rng, std::int64_t tick) const;
};

/// The actions a scenario may schedule, in the order `unrest models uprising`
/// lists them. `calendar` reads the `end` fields.
std::vector<ActionKind<Action>> action_kinds(const Calendar& calendar);

/// Applies one scheduled action; returns a line for the event log.
std::string apply(const Action& action, World& w, const RandomStream& rng, std::int64_t tick);

/// The event of an applied action (`lifted`: a measure lifted), its `detail`
/// the line apply or lift returned: `where` is its scope as written
/// ("nation", "region:Mangystau", "Almaty, Aktau"; "nation" for a
/// dismissal), `action` its name and `values` its fields as the schedule
/// names them (an `end` as a tick).
Event intervention_event(std::int64_t tick, const Action& action, std::string detail,
                         bool lifted = false);

/// Whether a measure stands until lifted (an emergency, a shutdown, units
/// sent, a force order) rather than being done once (a price, a concession,
/// a dismissal, a release).
bool liftable(const Action& action);

/// Lifts a liftable measure: the places of its scope return to the ordinary
/// (no emergency, the internet back, non-lethal force only, the units it sent
/// withdrawn); returns a line for the event log.
std::string lift(const Action& action, World& w);

/// The action with its scope narrowed to one place (for a rule that acts
/// each_place); an action without a scope is returned as it is.
Action in_place(const Action& action, std::uint32_t place, const std::string& name);

/// Whether the action has a scope of places.
bool has_scope(const Action& action);

/// What a `when` condition (of the schedule or of the state's policy) can
/// count over the places of its scope: what a government sees.
enum class Quantity : std::uint8_t {
  Protesters,
  Strikers,
  PlacesProtested,
  Killed,
  Injured,
  PlacesStormed,        ///< places whose seat of government was stormed
  PlacesRefused,        ///< places whose local police and army refused orders
  EnterprisesStriking,  ///< strategic enterprises on strike
  ProtestersPerOfficer  ///< protesters over the security forces on the streets: capacity
};

/// The names of those quantities, in the order of Quantity.
std::vector<std::string> condition_quantities();

/// A schedule condition resolved against the country.
struct Watch {
  Quantity quantity = Quantity::Protesters;
  Condition condition;
  std::vector<std::uint32_t> places;
};

/// Resolves a condition's scope (default: the nation); throws InputError at
/// its key for an unknown name.
Watch resolve_condition(const Condition& condition, const Country& country);

/// Resolves the scopes' names (and a price's product) against the country;
/// throws InputError at the key of an unknown name.
void resolve_scopes(Action& action, const Country& country);

}  // namespace unrest::uprising
