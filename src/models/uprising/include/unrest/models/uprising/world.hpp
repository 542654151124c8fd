#pragma once
/// \file
/// The state of one run of the uprising model: the country (fixed), the
/// people (columns), and per place and per enterprise what changes.

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/event_log.hpp"
#include "unrest/core/random.hpp"
#include "unrest/models/uprising/country.hpp"
#include "unrest/models/uprising/interventions.hpp"
#include "unrest/models/uprising/population.hpp"

namespace unrest::uprising {

struct PlaceState {
  // Conditions the state sets.
  // Per product (Country::products).
  std::array<double, kMaxProducts> price{};
  std::array<double, kMaxProducts> felt_price{};  ///< as people feel it, following price with a lag
  /// The price people have come to expect: a rise is measured from it.
  std::array<double, kMaxProducts> expected_price{};
  double internet = 1;
  std::int64_t internet_until = kForever;
  bool emergency = false;
  int curfew_from = 23;
  int curfew_to = 7;
  std::int64_t emergency_until = kForever;
  ForceLevel allowed = ForceLevel::NonLethal;
  bool without_warning = false;
  double legitimacy_local = 0;  ///< local concessions and the backlash seen first hand
  /// Per segment, the tick an organisation's call to its people here ends (0: none).
  std::array<std::int64_t, kSegments> called_until{};

  // Forces present (people).
  double police = 0;
  double guard = 0;             ///< the national guard stationed here, and deployed here
  double guard_mobile = 0;      ///< the guard's mobile reserve now here (redeploy_on)
  double guard_home_share = 0;  ///< this place's share of the mobile reserve when all is calm
  double army = 0;
  double special = 0;
  double foreign = 0;
  bool local_refused = false;  ///< police and army here have refused orders

  // What happened in the last tick (people).
  ForceLevel level = ForceLevel::None;
  double protesters = 0;
  double strikers = 0;
  double security = 0;  ///< on the streets
  double detained_now = 0;
  double detained_total = 0;
  double injured_total = 0;
  double killed_total = 0;
  double recent_killed = 0;  ///< deaths here, fading with fear_half_life_hours
  double news = 0;           ///< the pull of news from elsewhere as it has sunk in
  std::int64_t first_protest = -1;
  std::int64_t stormed_at = -1;  ///< tick its akimat was stormed (-1: never)
};

struct EnterpriseState {
  bool striking = false;
  double hours_above = 0;   ///< consecutive hours the aggrieved share has been above the bar
  double aggrieved = 0;     ///< agents with G > T among its free workers, last tick
  double free_workers = 0;  ///< agents neither detained, injured nor killed
};

/// The random decisions of the model; each is its own stream.
enum class Purpose : std::uint32_t {
  Casualties = 10,  ///< people killed, injured, detained in a place (Poisson)
  Selection = 11,   ///< which protesters they are
  Refusal = 12,
  Release = 13,
};

struct World {
  World(const Country& country, const Params& params, const RandomStream& rng);

  const Country& country;
  const Params& params;
  Population pop;
  AttributeTables tables;
  std::vector<PlaceState> places;
  std::vector<EnterpriseState> enterprises;
  std::vector<double> district_share;  ///< share of each district out (last tick)
  std::vector<double> place_share;     ///< share of each place protesting or striking (last tick)
  double legitimacy_shift = 0;         ///< national change since the start
  double recent_killed = 0;            ///< deaths nationally, fading with fear_half_life_hours
  double guard_mobile_total = 0;       ///< the national guard's mobile reserve (people)

  /// Legitimacy of a place before individual offsets.
  [[nodiscard]] double legitimacy_of(std::size_t place) const noexcept;
  /// How far a place's legitimacy has fallen since the crisis began (the
  /// national shift and its own; concessions make it up), at least 0.
  [[nodiscard]] double legitimacy_fall(std::size_t place) const noexcept;

  /// A `when` condition's quantity over its places, as of the last tick.
  [[nodiscard]] double observe(const Watch& watch) const noexcept;
  /// A quantity over some places (sorted), as of the last tick.
  [[nodiscard]] double observe(Quantity quantity,
                               std::span<const std::uint32_t> of_places) const noexcept;
};

/// What one hour tells the observer beyond the state it leaves.
struct TickCounts {
  std::uint32_t strikes_started = 0;  ///< enterprises that began a strike this hour
  /// The place of the first of them, in enterprise order (Country::npos if none).
  std::size_t first_strike_place = Country::npos;
};

/// One hour: conditions, place terms, decisions, strikes, contact with the
/// security forces, the response (refusals, legitimacy). Logs events.
/// Bitwise identical for any thread count.
TickCounts step(World& w, const RandomStream& rng, std::int64_t tick, const Calendar& calendar,
                EventLog& events);

}  // namespace unrest::uprising
