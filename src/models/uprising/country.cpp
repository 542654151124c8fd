#include "unrest/models/uprising/country.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numbers>
#include <optional>

#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest::uprising {

namespace {

const std::vector<std::string> kProfiles = {
    "oil_gas",    "mining",          "metallurgy", "coal",         "capital",
    "metropolis", "regional_centre", "industrial", "agricultural", "other"};

template <class Names>
std::size_t index_of(const Names& names, const std::string& value) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == value) return i;
  }
  return static_cast<std::size_t>(-1);
}

bool yes(const CsvTable& t, std::size_t row, std::string_view column) {
  return t.choice(row, column, {"yes", "no", ""}) == "yes";
}

std::vector<std::string> names_of(const auto& items) {
  std::vector<std::string> out;
  for (const auto& item : items) out.push_back(item.name);
  return out;
}

std::size_t lookup(const std::vector<std::string>& names, const CsvTable& t, std::size_t row,
                   std::string_view column, const char* what) {
  const std::string& name = t.required_text(row, column);
  const std::size_t i = index_of(names, name);
  if (i == static_cast<std::size_t>(-1)) {
    throw InputError(SourceLocation{t.file(), t.line_of(row), 0}, std::string(column),
                     fmt::format("unknown {} \"{}\"{}", what, name, did_you_mean(name, names)));
  }
  return i;
}

/// The population column: `population`, or `population_2021` as the
/// Kazakhstan data name it (either, not both).
std::string population_column(const CsvTable& t) {
  if (!t.has_column("population_2021")) return "population";
  if (t.has_column("population")) {
    throw InputError(SourceLocation{t.file(), 1, 0}, "population_2021",
                     "give the population once: population (or population_2021, its old name)");
  }
  return "population_2021";
}

/// A product's name is a key of the outputs (`<name>_price`) and of
/// region_priors.csv (`<name>_share`).
bool is_product_key(const std::string& name) {
  if (name.empty() || name.size() > 40 || !std::islower(static_cast<unsigned char>(name[0])))
    return false;
  for (const char ch : name) {
    const auto u = static_cast<unsigned char>(ch);
    if (!std::islower(u) && !std::isdigit(u) && ch != '_') return false;
  }
  return true;
}

/// The column of region_priors.csv with the share a product reaches.
std::string share_column(const Country& c, std::size_t product) {
  return c.products[product].reference_from_params ? "lpg_car_share"
                                                   : c.products[product].name + "_share";
}

/// Without [data] products the scenario prices one product, Kazakhstan's LPG,
/// as scenarios did before products were data.
Product lpg_of_params() {
  Product lpg;
  lpg.name = "lpg";
  lpg.label = "LPG";
  lpg.unit = "tenge/litre";
  lpg.reference_from_params = true;
  return lpg;
}

void load_products(Country& c, const Scenario& s) {
  const toml::table* data = s.table("data");
  if (!data || !data->get("products")) {
    c.products.push_back(lpg_of_params());
    return;
  }
  if (const toml::table* params = s.table("params")) {
    if (const toml::node* old = params->get("lpg_reference_price")) {
      throw InputError(location_of(*old), "params.lpg_reference_price",
                       "the products file ([data] products) gives each product's "
                       "reference_price; lpg_reference_price is for a scenario without one");
    }
  }
  const CsvTable t = s.data_table("products");
  t.require_columns({"product", "unit", "reference_price"});
  std::vector<std::string> exposure_columns;
  for (const auto& segment : kSegmentNames)
    exposure_columns.push_back("exposure_" + std::string(segment));
  const bool with_exposure = std::any_of(exposure_columns.begin(), exposure_columns.end(),
                                         [&](const auto& col) { return t.has_column(col); });
  if (with_exposure) t.require_columns(exposure_columns);
  if (t.rows() == 0 || t.rows() > kMaxProducts) {
    throw InputError(SourceLocation{t.file(), 0, 0},
                     fmt::format("expected 1 to {} products, found {}", kMaxProducts, t.rows()));
  }
  for (std::size_t r = 0; r < t.rows(); ++r) {
    Product p;
    p.name = t.required_text(r, "product");
    if (!is_product_key(p.name)) {
      throw InputError(SourceLocation{t.file(), t.line_of(r), 0}, "product",
                       fmt::format("\"{}\" is not a key: expected lower-case letters, digits and "
                                   "'_', starting with a letter, at most 40 characters",
                                   p.name));
    }
    if (c.find_product(p.name) != Country::npos) {
      throw InputError(SourceLocation{t.file(), t.line_of(r), 0}, "product",
                       fmt::format("\"{}\" is listed twice", p.name));
    }
    p.label = t.has_column("label") && !t.text(r, "label").empty() ? t.text(r, "label") : p.name;
    p.unit = t.required_text(r, "unit");
    p.reference_price = t.number(r, "reference_price", 1e-6, 1e6);
    if (with_exposure) {
      std::array<double, kSegments> exposure{};
      std::size_t given = 0;
      for (std::size_t seg = 0; seg < kSegments; ++seg) {
        const auto value = t.optional_number(r, exposure_columns[seg], 0, 10);
        given += value.has_value();
        exposure[seg] = value.value_or(0);
      }
      if (given == kSegments) {
        p.exposure = exposure;
      } else if (given != 0) {
        throw InputError(SourceLocation{t.file(), t.line_of(r), 0}, "exposure_*",
                         "give every segment's exposure, or none (the parameters' exposure)");
      }
    }
    c.products.push_back(std::move(p));
  }
}

void load_regions(Country& c, const Scenario& s) {
  const CsvTable t = s.data_table("regions");
  const std::string population = population_column(t);
  t.require_columns({"region", population});
  for (std::size_t r = 0; r < t.rows(); ++r) {
    const std::string& name = t.required_text(r, "region");
    if (index_of(names_of(c.regions), name) != static_cast<std::size_t>(-1)) {
      throw InputError(SourceLocation{t.file(), t.line_of(r), 0}, "region",
                       fmt::format("\"{}\" is listed twice", name));
    }
    Region region;
    region.name = name;
    region.population = t.number(r, population, 1, 1e10);
    c.regions.push_back(std::move(region));
  }
  const CsvTable priors = s.data_table("region_priors");
  std::vector<std::string> columns = {"region", "legitimacy_offset"};
  for (std::size_t k = 0; k < c.products.size(); ++k) columns.push_back(share_column(c, k));
  priors.require_columns(columns);
  std::vector<bool> seen(c.regions.size(), false);
  for (std::size_t r = 0; r < priors.rows(); ++r) {
    const std::size_t i = lookup(names_of(c.regions), priors, r, "region", "region");
    for (std::size_t k = 0; k < c.products.size(); ++k) {
      c.regions[i].share_data[k] = priors.number(r, share_column(c, k), 0, 1);
      c.regions[i].share[k] = c.regions[i].share_data[k];
    }
    c.regions[i].legitimacy_offset = priors.number(r, "legitimacy_offset", -1, 1);
    seen[i] = true;
  }
  for (std::size_t i = 0; i < seen.size(); ++i) {
    if (!seen[i]) {
      throw InputError(SourceLocation{priors.file(), 0, 0},
                       fmt::format("no row for region \"{}\"", c.regions[i].name));
    }
  }
}

void load_places(Country& c, const Scenario& s) {
  const CsvTable t = s.data_table("cities");
  const std::string population = population_column(t);
  t.require_columns(
      {"city", "region", population, "latitude", "longitude", "profile", "is_regional_centre"});
  const auto regions = names_of(c.regions);
  std::vector<double> listed(c.regions.size(), 0.0);
  for (std::size_t r = 0; r < t.rows(); ++r) {
    Place p;
    p.name = t.required_text(r, "city");
    if (c.find_place(p.name) != Country::npos) {
      throw InputError(SourceLocation{t.file(), t.line_of(r), 0}, "city",
                       fmt::format("\"{}\" is listed twice", p.name));
    }
    p.region = lookup(regions, t, r, "region", "region");
    p.population = t.number(r, population, 1, 1e9);
    p.latitude = t.number(r, "latitude", -90, 90);
    p.longitude = t.number(r, "longitude", -180, 180);
    p.profile = static_cast<Profile>(index_of(kProfiles, t.choice(r, "profile", kProfiles)));
    p.regional_centre = yes(t, r, "is_regional_centre");
    listed[p.region] += p.population;
    c.places.push_back(std::move(p));
  }
  // The rest of each region's people live in one rural place at its centre's
  // coordinates (or the mean of its cities'): they are counted and can
  // protest, but no city of the record is theirs.
  for (std::size_t i = 0; i < c.regions.size(); ++i) {
    const double rest = c.regions[i].population - listed[i];
    if (rest < 1) continue;
    Place rural;
    rural.name = "rural " + c.regions[i].name;
    rural.region = i;
    rural.population = rest;
    rural.profile = Profile::Agricultural;
    rural.rural = true;
    double n = 0;
    for (const Place& p : c.places) {
      if (p.region != i || p.rural) continue;
      if (p.regional_centre) {
        rural.latitude = p.latitude;
        rural.longitude = p.longitude;
        n = -1;
        break;
      }
      rural.latitude += p.latitude;
      rural.longitude += p.longitude;
      ++n;
    }
    if (n == 0) {
      // Without a city it would stand at latitude 0, longitude 0, and its ties
      // to every other place would be wrong.
      throw InputError(SourceLocation{t.file(), 0, 0},
                       fmt::format("region \"{}\" has no city: list at least its centre (its "
                                   "rural place takes the centre's coordinates)",
                                   c.regions[i].name));
    }
    if (n > 0) {
      rural.latitude /= n;
      rural.longitude /= n;
    }
    c.places.push_back(std::move(rural));
  }
}

/// Whether a data row takes part: its in_model cell says "yes", "prior", or
/// "no: <why>" (the reason is for the reader; a row is never dropped silently).
std::string_view usage(const CsvTable& t, std::size_t row) {
  const std::string& v = t.required_text(row, "in_model");
  if (v == "yes") return "yes";
  if (v.starts_with("prior")) return "prior";
  if (v.starts_with("no")) return "no";
  throw InputError(
      SourceLocation{t.file(), t.line_of(row), 0}, "in_model",
      fmt::format("expected \"yes\", \"prior: <basis>\" or \"no: <reason>\", got \"{}\"", v));
}

void load_place_priors(Country& c, const Scenario& s) {
  const CsvTable t = s.data_table("place_priors");
  t.require_columns({"place", "legitimacy_offset", "basis"});
  const auto places = names_of(c.places);
  for (std::size_t r = 0; r < t.rows(); ++r) {
    const std::size_t i = lookup(places, t, r, "place", "city");
    c.places[i].legitimacy_offset = t.optional_number(r, "legitimacy_offset", -1, 1).value_or(0);
    if (t.has_column("youth_share"))
      c.places[i].youth_share = t.optional_number(r, "youth_share", 0, 1).value_or(-1);
    if (t.has_column("migrant_share")) {
      c.places[i].migrant_share = t.optional_number(r, "migrant_share", 0, 1).value_or(-1);
    }
    (void)t.required_text(r, "basis");
  }
}

/// Whether an enterprise's open_dispute cell records a dispute: empty for
/// none, else "YYYY-MM-DD: what and its source", dated within the 12 months
/// before the run's start (what was known before the event, and still live).
bool open_dispute(const CsvTable& t, std::size_t row, const std::optional<DateHour>& start) {
  const std::string& v = t.text(row, "open_dispute");
  if (v.empty()) return false;
  const auto refuse = [&](const std::string& problem) {
    return InputError(SourceLocation{t.file(), t.line_of(row), 0}, "open_dispute", problem);
  };
  const auto digits = [&](std::size_t from, std::size_t count) {
    int n = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(v[i]))) return -1;
      n = 10 * n + (v[i] - '0');
    }
    return n;
  };
  const bool shaped = v.size() > 11 && v[4] == '-' && v[7] == '-' && v[10] == ':' &&
                      v.find_first_not_of(' ', 11) != std::string::npos;
  const CivilDate date =
      shaped ? CivilDate{digits(0, 4), digits(5, 2), digits(8, 2)} : CivilDate{0, 0, 0};
  if (!shaped || date.year < 0 || !date.valid()) {
    throw refuse(fmt::format(
        "expected empty or \"YYYY-MM-DD: <the dispute and its source>\", got \"{}\"", v));
  }
  if (!start) return true;
  const CivilDate year_before{start->date.year - 1, start->date.month, start->date.day};
  if (date.days_since_epoch() >= start->date.days_since_epoch() ||
      date.days_since_epoch() < year_before.days_since_epoch()) {
    throw refuse(fmt::format(
        "{} is not within the 12 months before the run's start ({}): a dispute known before "
        "the event, and still live",
        date.to_string(), start->date.to_string()));
  }
  return true;
}

/// [data] industries (industry, segment), or Kazakhstan's four.
void load_industries(Country& c, const Scenario& s) {
  const toml::table* data = s.table("data");
  if (!data || !data->get("industries")) {
    c.industries = {{"oil_gas", Segment::OilGas},
                    {"mining", Segment::MiningMetal},
                    {"metallurgy", Segment::MiningMetal},
                    {"coal", Segment::MiningMetal}};
    return;
  }
  const CsvTable t = s.data_table("industries");
  t.require_columns({"industry", "segment"});
  std::vector<std::string> segments;
  for (const Segment seg : kWorkerSegments)
    segments.emplace_back(kSegmentNames[static_cast<std::size_t>(seg)]);
  for (std::size_t r = 0; r < t.rows(); ++r) {
    Industry industry;
    industry.name = t.required_text(r, "industry");
    if (index_of(names_of(c.industries), industry.name) != static_cast<std::size_t>(-1)) {
      throw InputError(SourceLocation{t.file(), t.line_of(r), 0}, "industry",
                       fmt::format("\"{}\" is listed twice", industry.name));
    }
    industry.segment = kWorkerSegments[index_of(segments, t.choice(r, "segment", segments))];
    c.industries.push_back(std::move(industry));
  }
}

void load_enterprises(Country& c, const Scenario& s) {
  const CsvTable t = s.data_table("enterprises");
  t.require_columns({"enterprise", "city", "industry", "workforce", "in_model", "strike_history",
                     "open_dispute"});
  const std::optional<DateHour> start = s.run_settings().calendar.start();
  const auto places = names_of(c.places);
  const std::vector<std::string> industries = names_of(c.industries);
  for (std::size_t r = 0; r < t.rows(); ++r) {
    const std::string_view use = usage(t, r);
    // Checked on every row, those the model leaves out too: the column is data.
    const bool dispute = open_dispute(t, r, start);
    if (use == "no") continue;
    Enterprise e;
    e.name = t.required_text(r, "enterprise");
    e.place = lookup(places, t, r, "city", "city");
    e.industry = index_of(industries, t.choice(r, "industry", industries));
    e.workforce_estimated = use == "prior";
    if (!e.workforce_estimated) e.workforce = t.number(r, "workforce", 1, 1e7);
    e.organised = !t.text(r, "strike_history").empty();
    e.open_dispute = dispute;
    c.enterprises.push_back(std::move(e));
  }
}

void load_forces(Country& c, const Scenario& s) {
  const CsvTable t = s.data_table("security");
  t.require_columns({"force", "region", "personnel", "in_model"});
  for (std::size_t r = 0; r < t.rows(); ++r) {
    if (usage(t, r) != "yes") continue;
    if (t.required_text(r, "region") != "national") {
      throw InputError(SourceLocation{t.file(), t.line_of(r), 0}, "region",
                       "the model takes national totals only (it allocates them by population)");
    }
    const double personnel = t.number(r, "personnel", 0, 1e8);
    const std::string& force =
        t.choice(r, "force", {"police", "national_guard", "army", "special_forces", "csto"});
    if (force == "police") c.forces.police = personnel;
    if (force == "national_guard") c.forces.national_guard = personnel;
    if (force != "police" && force != "national_guard") {
      throw InputError(
          SourceLocation{t.file(), t.line_of(r), 0}, "in_model",
          fmt::format("{} enters through the schedule, not as a standing force", force));
    }
  }
}

void compute_ties(Country& c, const Params& p) {
  const std::size_t n = c.places.size();
  c.ties.assign(n * n, 0.0);
  c.salience.assign(n, 0.0);
  const double total = c.population();
  for (std::size_t a = 0; a < n; ++a) {
    double row = 0;
    for (std::size_t b = 0; b < n; ++b) {
      if (a == b) continue;
      // Gravity: the other place's size over a power of the distance (floored
      // at 10 km so that a rural place and its centre do not dominate).
      const double d = std::max(10.0, distance_km(c.places[a], c.places[b]));
      double w = c.places[b].population / std::pow(d, p.gravity_exponent);
      double bonus = 1;
      if (c.places[a].region == c.places[b].region) bonus += p.region_tie;
      if (industrial_match(c.places[a].profile, c.places[b].profile)) bonus += p.industry_tie;
      w *= bonus;
      c.ties[a * n + b] = w;
      row += w;
    }
    if (row > 0) {
      for (std::size_t b = 0; b < n; ++b) c.ties[a * n + b] /= row;
    }
    c.salience[a] = c.places[a].population / total;
  }
}

}  // namespace

namespace {

/// The index of the item of that name, or Country::npos.
template <class Items>
std::size_t index_by_name(const Items& items, std::string_view name) noexcept {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].name == name) return i;
  }
  return Country::npos;
}

}  // namespace

std::size_t Country::find_place(std::string_view name) const noexcept {
  return index_by_name(places, name);
}

std::size_t Country::find_product(std::string_view name) const noexcept {
  return index_by_name(products, name);
}

std::size_t Country::find_region(std::string_view name) const noexcept {
  return index_by_name(regions, name);
}

double Country::population() const noexcept {
  double total = 0;
  for (const Place& p : places) total += p.population;
  return total;
}

double distance_km(const Place& a, const Place& b) noexcept {
  constexpr double kEarthRadiusKm = 6371.0;
  const double to_rad = std::numbers::pi / 180.0;
  const double dlat = (b.latitude - a.latitude) * to_rad;
  const double dlon = (b.longitude - a.longitude) * to_rad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.latitude * to_rad) * std::cos(b.latitude * to_rad) *
                       std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

bool industrial_match(Profile a, Profile b) noexcept {
  const auto group = [](Profile p) {
    switch (p) {
      case Profile::OilGas:
        return 1;
      case Profile::Mining:
      case Profile::Metallurgy:
      case Profile::Coal:
        return 2;
      default:
        return 0;
    }
  };
  return group(a) != 0 && group(a) == group(b);
}

Country load_country(const Scenario& scenario) {
  Country c;
  load_products(c, scenario);
  load_regions(c, scenario);
  load_places(c, scenario);
  load_place_priors(c, scenario);
  load_industries(c, scenario);
  load_enterprises(c, scenario);
  load_forces(c, scenario);
  return c;
}

void derive_country(Country& c, const Params& p) {
  const double labour_share = 1 - p.youth_share - p.migrant_share - p.others_share;
  for (Enterprise& e : c.enterprises) {
    if (e.workforce_estimated) {
      e.workforce = p.unknown_workforce_share * labour_share * c.places[e.place].population;
    }
  }
  for (Product& product : c.products) {
    if (product.reference_from_params) product.reference_price = p.lpg_reference_price;
  }
  double people = 0;
  for (const Region& r : c.regions) people += r.population;
  for (std::size_t k = 0; k < c.products.size(); ++k) {
    double weighted = 0;
    for (const Region& r : c.regions) weighted += r.population * r.share_data[k];
    for (Region& r : c.regions) {
      r.share[k] = p.regional_lpg_on || people <= 0 ? r.share_data[k] : weighted / people;
    }
  }
  compute_ties(c, p);
}

}  // namespace unrest::uprising
