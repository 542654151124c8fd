// Phase 2 of the hour: what every agent of a place shares (hardship by
// segment, legitimacy, pull, risk, threshold), and the news it has heard.

#include <algorithm>
#include <array>
#include <span>

#include "phases.hpp"
#include "unrest/models/uprising/rules.hpp"

namespace unrest::uprising {

double security_present(const Params& p, const PlaceState& s) noexcept {
  if (!p.security_on) return 0;
  const double duty = s.emergency ? p.emergency_duty_share : p.duty_share;
  const double police = s.local_refused ? 0.0 : s.police * duty;
  const double national = (s.local_refused ? 0.0 : s.army) + s.guard + s.guard_mobile + s.special;
  if (!p.site_guard_on) return police + national + s.foreign;
  // Foreign troops take over the sites (up to what they can hold), freeing
  // national units for the streets; they do not face crowds themselves.
  const double sites = p.site_guard_share * national;
  return police + national - sites + std::min(sites, p.foreign_relief * s.foreign);
}

std::vector<double> protest_intensity(const World& w) {
  const std::size_t n = w.country.places.size();
  std::vector<double> intensity(n);
  for (std::size_t b = 0; b < n; ++b)
    intensity[b] = saturate(w.place_share[b], w.params.share_half);
  return intensity;
}

void update_news(World& w, const std::vector<double>& intensity) {
  const Params& p = w.params;
  if (!p.news_on) return;
  const Country& c = w.country;
  const std::size_t n = c.places.size();
  double national = 0;
  for (std::size_t b = 0; b < n; ++b) national += c.salience[b] * intensity[b];
  const double sink = hourly_catch_up(p.news_lag_hours);
  for (std::size_t a = 0; a < n; ++a) {
    PlaceState& s = w.places[a];
    double regional = 0;
    for (std::size_t b = 0; b < n; ++b) regional += c.ties[a * n + b] * intensity[b];
    const double heard = p.w_regional_news * regional + p.w_national_news * s.internet * national;
    s.news += (heard - s.news) * sink;
  }
}

namespace {

double place_pull(const Params& p, const PlaceState& s, double intensity) {
  double pull = 0;
  if (p.social_on) {
    pull += p.w_city * intensity;
    if (s.internet < 1) pull += p.shutdown_local_boost * (1 - s.internet) * intensity;
  }
  if (p.news_on) pull += s.news;
  return pull;
}

double place_risk(const World& w, const PlaceState& s, double resolve) {
  const Params& p = w.params;
  const double arrest =
      arrest_probability(p.arrest_constant, security_present(p, s), s.protesters, p.self_people);
  const double dread = fear(
      p.deterrence, s.recent_killed, p.deterrence_national, s.internet, w.recent_killed,
      p.fear_half_deaths,
      s.without_warning && s.allowed == ForceLevel::Lethal ? p.shoot_order_fear : 0.0, resolve);
  return risk_term(arrest, harm_of(s.level, p.harm_non_lethal, p.harm_lethal), dread,
                   s.emergency ? p.emergency_harm : 1.0);
}

}  // namespace

std::vector<PlaceTerms> compute_place_terms(const World& w, const std::vector<double>& intensity,
                                            std::int64_t tick, int hour) {
  const Params& p = w.params;
  const Country& c = w.country;
  std::vector<PlaceTerms> out(c.places.size());
  // State television announced the foreign troops everywhere (no internet needed).
  double foreign = 0;
  for (const auto& s : w.places) foreign += s.foreign;
  const double resolve = foreign_resolve_fear(p.foreign_resolve, foreign, p.foreign_resolve_half);
  for (std::size_t a = 0; a < out.size(); ++a) {
    const PlaceState& s = w.places[a];
    PlaceTerms& t = out[a];
    const Region& region = c.regions[c.places[a].region];
    const std::size_t products = c.products.size();
    std::array<double, kMaxProducts> rise{};
    for (std::size_t k = 0; k < products; ++k)
      rise[k] = price_rise(s.felt_price[k], s.expected_price[k]);
    for (std::size_t seg = 0; seg < kSegments; ++seg) {
      std::array<double, kMaxProducts> terms{};
      for (std::size_t k = 0; k < products; ++k) {
        const auto& own = c.products[k].exposure;
        terms[k] = price_hardship(p.price_weight, own ? (*own)[seg] : exposure(p, seg),
                                  region.share[k], rise[k]);
      }
      t.hardship[seg] =
          segment_hardship(base_grievance(p, seg), std::span<const double>(terms.data(), products));
    }
    t.legitimacy = w.legitimacy_of(a);
    t.pull = place_pull(p, s, intensity[a]);
    t.risk_harm = place_risk(w, s, resolve);
    const double threshold = protest_threshold(
        p.threshold, p.night_cycle_on && hour < 7, p.night_penalty,
        s.emergency && in_hours(hour, s.curfew_from, s.curfew_to), p.curfew_penalty);
    for (std::size_t seg = 0; seg < kSegments; ++seg) {
      t.threshold[seg] =
          called_threshold(threshold, s.called_until[seg] > tick, p.call_threshold_cut);
    }
  }
  return out;
}

}  // namespace unrest::uprising
