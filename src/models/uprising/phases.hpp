#pragma once
// The phases of one hour of the uprising model, in the order `step` runs
// them (step.cpp). Private to the model: the rules they apply are in rules.hpp.

#include <array>
#include <cstdint>
#include <vector>

#include "unrest/core/event_log.hpp"
#include "unrest/core/random.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

/// What every agent of a place shares in this hour.
struct PlaceTerms {
  std::array<double, kSegments> hardship{};
  double legitimacy = 0;
  double pull = 0;       ///< city pull and news
  double risk_harm = 0;  ///< P times the harm of the force in use, plus fear
  /// Per segment: the hour's threshold, lowered where an organisation has
  /// called the segment out.
  std::array<double, kSegments> threshold{};
};

/// Counts of one block after its agents decided (agents).
struct BlockCounts {
  std::uint32_t protesting = 0;
  std::uint32_t free = 0;  ///< neither detained, injured nor killed
  std::uint32_t aggrieved = 0;
  std::uint32_t detained = 0;
  std::uint32_t released = 0;
};

/// The blocks' decisions summed per place and district, in block order (agents).
struct Mobilisation {
  std::vector<std::uint64_t> protesting;  ///< per place; less those hit in contact
  std::vector<std::uint64_t> mobilised;   ///< per place: protesters, and strikers' free workers
  std::vector<std::uint64_t> strikers;    ///< per place
  std::vector<std::uint64_t> detained;    ///< per place, now
  std::vector<std::uint64_t> district_mobilised;
};

/// Protesters meeting the security forces in one place in this hour.
struct Contact {
  std::array<double, 3> people{};  ///< killed, injured, detained
  ForceLevel level = ForceLevel::None;
  double security = 0;  ///< present on the streets
};

/// The security forces present on a place's streets (people).
double security_present(const Params& p, const PlaceState& s) noexcept;

// 1. Conditions.
/// Conditions that end now end; felt and expected prices follow the set price.
void update_conditions(World& w, std::int64_t tick);
/// The guard's mobile reserve moves towards where people protest.
void redeploy_reserve(World& w);

// 2. Place terms.
/// Each place's protest share, saturating (last hour's).
std::vector<double> protest_intensity(const World& w);
/// Each place's news relaxes towards what it hears of protest elsewhere.
void update_news(World& w, const std::vector<double>& intensity);
/// What each place's agents share in this hour (`tick`, at `hour` of the
/// day). Reads the world only.
std::vector<PlaceTerms> compute_place_terms(const World& w, const std::vector<double>& intensity,
                                            std::int64_t tick, int hour);

// 3. Decisions.
/// Every free agent decides; blocks run in parallel, each writing only its own agents.
std::vector<BlockCounts> decide(World& w, const std::vector<PlaceTerms>& terms, std::int64_t tick);
/// Sums the blocks in block order (the same for any thread count), and each
/// enterprise's aggrieved and free workers.
Mobilisation tally_blocks(World& w, const std::vector<BlockCounts>& counts);

// 4. Strikes.
/// Enterprises start and end strikes; returns the strikes that started.
TickCounts strike(World& w, std::int64_t tick, EventLog& events);

// 5. Contact.
/// Where protesters meet the security forces: force, and who is killed,
/// injured and detained. Takes those hit out of `m`'s protesters.
std::vector<Contact> contact(World& w, const RandomStream& rng, std::int64_t tick, Mobilisation& m);

// 6. Response.
/// Refusals, legitimacy, events, and the shares the next hour sees.
void respond(World& w, const RandomStream& rng, std::int64_t tick,
             const std::vector<Contact>& contacts, const Mobilisation& m, EventLog& events);

}  // namespace unrest::uprising
