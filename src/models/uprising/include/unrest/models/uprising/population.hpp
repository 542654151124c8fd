#pragma once
/// \file
/// The people: one agent per `1 / scale` persons, stored as columns of one
/// byte each (hardship and risk-aversion quantiles, legitimacy offset, street
/// availability). Agents are laid out place by place, district by district,
/// in blocks that share a segment and an enterprise, so that everything an
/// agent's decision needs besides its own bytes is a constant of its block.
/// Those who would go to the streets at all (about one in ten) are the
/// marchers: they alone can change state, so they alone carry one, beside a
/// dense copy of what their hourly decision reads (population.hpp, Marchers).

#include <array>
#include <cstdint>
#include <vector>

#include "unrest/core/random.hpp"
#include "unrest/models/uprising/country.hpp"

namespace unrest::uprising {

inline constexpr std::int32_t kNoEnterprise = -1;

/// A run of agents sharing place, district, segment and enterprise.
struct Block {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t place = 0;
  std::uint32_t district = 0;
  Segment segment = Segment::Others;
  std::int32_t enterprise = kNoEnterprise;
  /// Its marchers, in agent order: `Population::marchers` [march_begin, march_end).
  std::uint32_t march_begin = 0;
  std::uint32_t march_end = 0;
  /// The extremes of its marchers' bytes (the most hardship, the least
  /// legitimacy, the least risk aversion): if even an agent with all three
  /// would not protest this hour, none of them will.
  std::uint8_t hardship_max = 0;
  std::uint8_t legitimacy_min = 255;
  std::uint8_t risk_min = 255;
  /// An enterprise block's workers who are not marchers:
  /// `Population::idle_workers` [idle_begin, idle_end).
  std::uint32_t idle_begin = 0;
  std::uint32_t idle_end = 0;
};

/// The agents who would go to the streets at all (street byte below their
/// block's cut), block by block in agent order. The others never protest, so
/// nothing detains, injures or kills them: they stay quiet, and an hour's
/// decisions need only their grievance, where a strike counts it. Keeping
/// the marchers' bytes dense makes an hour a pass over a tenth of the
/// memory, with the same arithmetic on the same bytes as a pass over all.
struct Marchers {
  std::vector<std::uint32_t> agent;    ///< agent index (the RNG keys use it)
  std::vector<std::uint8_t> hardship;  ///< copies of the agent's quantiles
  std::vector<std::uint8_t> risk;
  std::vector<std::uint8_t> legitimacy;
  std::vector<std::uint8_t> state;   ///< State
  std::vector<std::uint16_t> until;  ///< tick a detention or injury ends

  [[nodiscard]] std::uint32_t size() const noexcept {
    return static_cast<std::uint32_t>(agent.size());
  }
  /// Bytes per marcher.
  static constexpr std::size_t kBytes =
      sizeof(std::uint32_t) + 4 * sizeof(std::uint8_t) + sizeof(std::uint16_t);
};

/// An enterprise's workers who would not march: a strike still counts their
/// grievance each hour, so their two bytes it reads are kept dense too.
struct IdleWorkers {
  std::vector<std::uint8_t> hardship;
  std::vector<std::uint8_t> legitimacy;
};

struct District {
  std::uint32_t place = 0;
  std::uint32_t agents = 0;
};

/// Agent columns. Index i is agent i; the RNG keys use it.
struct Population {
  std::vector<Block> blocks;
  std::vector<District> districts;
  std::vector<std::uint32_t>
      place_blocks;  ///< place p's blocks: [place_blocks[p], place_blocks[p+1])
  std::vector<std::uint32_t> place_agents;  ///< agents per place
  std::vector<std::uint8_t> hardship;       ///< quantile of h in [0, 1]
  std::vector<std::uint8_t> risk;           ///< quantile of risk aversion in [0, 1]
  std::vector<std::uint8_t> legitimacy;     ///< quantile of the individual legitimacy offset
  std::vector<std::uint8_t>
      street;  ///< quantile of street availability: marches if below the segment's share
  Marchers marchers;
  IdleWorkers idle_workers;
  std::uint32_t agents = 0;  ///< all agents, marchers or not
  /// Per block, its free agents if its last decision left no marcher out,
  /// detained or injured (nothing there for contact or release to change),
  /// else kNotSettled: a settled block that nobody can leave this hour
  /// keeps its counts without a pass over its agents.
  std::vector<std::uint32_t> settled_free;
  static constexpr std::uint32_t kNotSettled = 0xffffffffu;

  /// People one agent stands for, per place: 1/scale, or fewer where
  /// min_place_agents asks for more agents than the scale gives.
  std::vector<double> place_people_per_agent;

  [[nodiscard]] std::uint32_t size() const noexcept { return agents; }
  /// Bytes per agent of the agent columns (each marcher adds Marchers::kBytes).
  static constexpr std::size_t kBytesPerAgent = 4 * sizeof(std::uint8_t);
};

/// People of each segment in a place, and of each enterprise's workforce there.
struct PlaceComposition {
  std::array<double, kSegments> people{};
  std::vector<std::pair<std::int32_t, double>> workforce;  ///< (enterprise, people)
};

PlaceComposition compose_place(const Country& country, std::size_t place, const Params& params);

enum class PopulationPurpose : std::uint32_t { Attributes = 1 };

/// The street byte below which an agent of a block goes to the streets at
/// all: its segment's share of 256, less outside the cities. Fixed for a run.
inline double street_cut(const Params& params, Segment segment, bool rural) noexcept {
  return street_share(params, static_cast<std::size_t>(segment)) * 256.0 *
         (rural ? params.rural_street_factor : 1.0);
}

/// Creates the agents of every place with their attributes drawn from the stream.
Population make_population(const Country& country, const Params& params, const RandomStream& rng);

/// Quantile tables: the value a stored byte stands for.
struct AttributeTables {
  std::array<double, 256> uniform{};     ///< (k + 1/2) / 256
  std::array<double, 256> hardship{};    ///< ((k + 1/2) / 256)^hardship_skew
  std::array<double, 256> legitimacy{};  ///< legitimacy_sd x normal quantile
  explicit AttributeTables(const Params& params);
};

}  // namespace unrest::uprising
