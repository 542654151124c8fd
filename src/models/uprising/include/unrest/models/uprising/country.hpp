#pragma once
/// \file
/// The country as data: regions, places (the listed cities, and for each
/// region the rest of its population as one rural place), enterprises, the
/// security forces, and the ties along which news travels. Built from the
/// scenario's data files; nothing here changes during a run.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "unrest/models/uprising/params.hpp"
#include "unrest/models/uprising/segments.hpp"
#include "unrest/scenario/scenario.hpp"

namespace unrest::uprising {

enum class Profile : std::uint8_t {
  OilGas,
  Mining,
  Metallurgy,
  Coal,
  Capital,
  Metropolis,
  RegionalCentre,
  Industrial,
  Agricultural,
  Other,
};

/// The most products a scenario may price: a shock is one or a few fuels or
/// staples, and a fixed bound keeps a place's prices off the heap.
inline constexpr std::size_t kMaxProducts = 8;

/// A good whose price the state sets (a fuel, bread): the shock is a rise in
/// it. Declared by [data] products; a scenario without that file has one,
/// Kazakhstan's LPG, priced from lpg_reference_price.
struct Product {
  std::string name;   ///< a key: "lpg", "diesel"; the outputs' column is `<name>_price`
  std::string label;  ///< for people: "LPG", "diesel"
  std::string unit;   ///< the price's unit: "tenge/litre", "USD/gallon"
  /// The price before the run, against which a rise is measured; from
  /// lpg_reference_price (see derive_country) when the scenario has no products file.
  double reference_price = 0;
  bool reference_from_params = false;
  /// How much each segment feels the price, relative to the region's share;
  /// none: the parameters' `exposure`.
  std::optional<std::array<double, kSegments>> exposure;
};

struct Region {
  std::string name;
  double population = 0;
  /// The share of the region's people a product's price reaches (for LPG,
  /// the share of cars running on it), as the run uses it, per product.
  std::array<double, kMaxProducts> share{};
  std::array<double, kMaxProducts> share_data{};  ///< as region_priors.csv gives it
  double legitimacy_offset = 0;                   ///< regional history (e.g. Zhanaozen 2011)
};

struct Place {
  std::string name;
  std::size_t region = 0;
  double population = 0;
  double latitude = 0;
  double longitude = 0;
  Profile profile = Profile::Other;
  bool regional_centre = false;
  bool rural = false;            ///< the rest of a region outside its listed cities
  double legitimacy_offset = 0;  ///< the place's own history (place_priors.csv)
  double youth_share = -1;       ///< a place's own share (place_priors.csv); -1: the params'
  double migrant_share = -1;
};

/// An industry whose enterprises can strike: its workers are people of one
/// segment. Declared by [data] industries; without that file, Kazakhstan's:
/// oil_gas (oil and gas workers), mining, metallurgy and coal (miners and
/// metal workers).
struct Industry {
  std::string name;
  Segment segment = Segment::OtherWorkers;
};

struct Enterprise {
  std::string name;
  std::size_t place = 0;
  std::size_t industry = 0;  ///< in Country::industries
  double workforce = 0;      ///< people
  /// The data give no workforce: it is estimated from the place's labour
  /// force and unknown_workforce_share (see derive_country).
  bool workforce_estimated = false;
  bool organised = false;  ///< has struck before (a strike history)
  /// A labour dispute was open in the 12 months before the run (a wage
  /// claim, a conciliation, announced mass layoffs): known before the event.
  bool open_dispute = false;
};

/// Security forces known from data (people); what the data do not give comes
/// from the parameters.
struct ForceTotals {
  double police = 0;          ///< national total; 0: use police_per_capita
  double national_guard = 0;  ///< national total, stationed in regional centres
};

struct Country {
  std::vector<Product> products;  ///< at least one, at most kMaxProducts
  std::vector<Region> regions;
  std::vector<Place> places;
  std::vector<Industry> industries;
  std::vector<Enterprise> enterprises;
  ForceTotals forces;

  /// Row-normalised weights of personal ties between places (self excluded):
  /// ties[a * places + b] is the weight of b's news for a.
  std::vector<double> ties;
  /// Weight of each place's protests in national news (population share).
  std::vector<double> salience;

  [[nodiscard]] std::size_t place_count() const noexcept { return places.size(); }
  /// The index of the place or region of that name, or npos.
  [[nodiscard]] std::size_t find_place(std::string_view name) const noexcept;
  [[nodiscard]] std::size_t find_region(std::string_view name) const noexcept;
  [[nodiscard]] std::size_t find_product(std::string_view name) const noexcept;
  [[nodiscard]] double population() const noexcept;
  /// The segment an enterprise's workers are people of.
  [[nodiscard]] Segment segment_of(const Enterprise& e) const noexcept {
    return industries[e.industry].segment;
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

/// Reads [data] products (when given), regions, region_priors, cities, enterprises and security and
/// adds a rural place per region: what the data say, once. Throws InputError
/// naming the file, line and column of any problem.
Country load_country(const Scenario& scenario);

/// Fills in what depends on the parameters: the workforce of enterprises the
/// data do not size, and the ties between places.
void derive_country(Country& country, const Params& params);

/// Great-circle distance in kilometres.
double distance_km(const Place& a, const Place& b) noexcept;

/// Whether a place's profile is one of an industry's (oil and gas places
/// share news of oil strikes, mining, metal and coal towns of theirs).
bool industrial_match(Profile a, Profile b) noexcept;

}  // namespace unrest::uprising
