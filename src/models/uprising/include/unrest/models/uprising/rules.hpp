#pragma once
/// \file
/// The rules of the uprising model as pure functions of plain numbers, so
/// each can be tested without a scenario (docs/models/uprising.md, Submodels).
/// The step calls these very functions; their floating-point expressions keep
/// the order of operations the results were recorded with.

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

#include "unrest/models/uprising/interventions.hpp"

namespace unrest::uprising {

/// x / (x + half), 0 for x <= 0: a pull that reaches half its maximum at `half`.
inline double saturate(double x, double half) noexcept {
  return x <= 0 ? 0.0 : x / (x + half);
}

/// Whether `hour` lies in [from, to), a span that may wrap past midnight (a curfew 23-7).
inline bool in_hours(int hour, int from, int to) noexcept {
  return from > to ? (hour >= from || hour < to) : (hour >= from && hour < to);
}

/// The share of a gap a first-order lag with time constant `hours` closes in
/// one hour; 1 (no lag) for `hours` <= 0.
inline double hourly_catch_up(double hours) noexcept {
  return hours > 0 ? 1 - std::exp(-1.0 / hours) : 1.0;
}

/// What a quantity keeps after one hour of fading with half-life `half_life_hours`.
inline double hourly_fade(double half_life_hours) noexcept {
  return std::exp(-std::log(2.0) / half_life_hours);
}

/// The relative rise of the felt price over the expected one: the rise that hurts.
inline double price_rise(double felt, double expected) noexcept {
  return (felt - expected) / expected;
}

/// The hardship one product's rise adds to a segment: price_weight ·
/// exposure · share · rise, where share is the share of the region's people
/// the price reaches (for LPG, of cars running on it).
inline double price_hardship(double price_weight, double exposure, double share,
                             double rise) noexcept {
  return price_weight * exposure * share * rise;
}

/// H = base + the sum over products of price_hardship, at least 0: a
/// segment's hardship from the price shock (the model's own; docs, Hardship).
/// `terms` are the products' price_hardship, added in order.
inline double segment_hardship(double base, std::span<const double> terms) noexcept {
  double h = base;
  for (const double term : terms) h += term;
  return std::max(0.0, h);
}

/// The hardship of an enterprise's workers: their segment's, plus
/// `dispute_hardship` times the segment's base hardship where a labour
/// dispute was open before the crisis (a wage claim felt as a shortfall of
/// that share). Without a dispute, exactly the segment's.
inline double worker_hardship(double segment_hardship, bool open_dispute, double dispute_hardship,
                              double base) noexcept {
  return open_dispute ? segment_hardship + dispute_hardship * base : segment_hardship;
}

/// G = H (1 - L): grievance is hardship times illegitimacy (Epstein 2002).
/// No hardship, no grievance; full legitimacy, no grievance.
inline double grievance(double hardship, double legitimacy) noexcept {
  return hardship * (1 - legitimacy);
}

/// P = 1 - exp(-k C / A), the estimated arrest probability (Epstein 2002),
/// with C the security present and A the protesters, at least `self_people`
/// (an agent counts itself and those with it).
inline double arrest_probability(double arrest_constant, double security, double protesters,
                                 double self_people) noexcept {
  const double actives = std::max(protesters, self_people);
  return 1 - std::exp(-arrest_constant * security / actives);
}

/// How much the force in use multiplies the risk: 1 with none.
inline double harm_of(ForceLevel level, double harm_non_lethal, double harm_lethal) noexcept {
  switch (level) {
    case ForceLevel::None:
      return 1.0;
    case ForceLevel::NonLethal:
      return harm_non_lethal;
    case ForceLevel::Lethal:
      return harm_lethal;
  }
  return 1.0;
}

/// Fear of killings, which does not thin out in a crowd: local and national
/// recent deaths, each saturating at `half_deaths` (national news reaches half
/// as far without internet), plus the fear of an order to shoot without warning.
inline double fear(double deterrence, double local_killed, double deterrence_national,
                   double internet, double national_killed, double half_deaths,
                   double shoot_order_fear, double resolve_fear = 0) noexcept {
  return deterrence * saturate(local_killed, half_deaths) +
         deterrence_national * (0.5 + 0.5 * internet) * saturate(national_killed, half_deaths) +
         shoot_order_fear + resolve_fear;
}

/// The risk term every agent of a place weighs, before its own risk
/// aversion: (P · harm + fear), times `emergency_harm` under an emergency.
inline double risk_term(double arrest_probability, double harm, double fear,
                        double emergency_harm) noexcept {
  return (arrest_probability * harm + fear) * emergency_harm;
}

/// T, raised at night and during a curfew.
inline double protest_threshold(double threshold, bool night, double night_penalty, bool curfew,
                                double curfew_penalty) noexcept {
  double t = threshold;
  if (night) t += night_penalty;
  if (curfew) t += curfew_penalty;
  return t;
}

/// The threshold of people an organisation has called out: lowered by the
/// share `cut` (they know others will come); unchanged for the others.
inline double called_threshold(double threshold, bool called, double cut) noexcept {
  return called ? threshold * (1 - cut) : threshold;
}

/// The decision of Epstein's (2002) rule A with a pull, as in threshold
/// models (Granovetter 1978; Watts 2002): protest when
/// G (1 + pull) - r · risk > T, strictly. Pull amplifies a grievance; it moves
/// no one who has none.
inline bool decides_to_protest(double grievance, double pull, double risk_aversion, double risk,
                               double threshold) noexcept {
  return grievance * (1 + pull) - risk_aversion * risk > threshold;
}

/// The share of an enterprise's industry on strike elsewhere: the others'
/// striking workforce over theirs (0 if it is alone in its industry).
inline double striking_elsewhere(double industry_workforce, double industry_striking,
                                 double workforce, bool striking) noexcept {
  const double others = industry_workforce - workforce;
  return others > 0 ? (industry_striking - (striking ? workforce : 0)) / others : 0.0;
}

/// What a workforce hears of a strike wave: the share on strike elsewhere in
/// its own industry, plus `wave_weight` times the share on strike in the
/// other industries (miners and smelters joined the oil workers' strike of
/// January 2022 with their own demands: seeds 000, 001, 003).
inline double strike_news(double own_industry_share, double other_industries_share,
                          double wave_weight) noexcept {
  return own_industry_share + wave_weight * other_industries_share;
}

/// How far news of strikes reaches a workforce: half by unions' phones, half
/// by the internet.
inline double union_reach(double internet) noexcept {
  return 0.5 + 0.5 * internet;
}

/// The aggrieved share at which an enterprise's workers strike: strike_share,
/// lower where they struck before and where others in their industry strike
/// (a threshold lowered by others' participation: Granovetter 1978).
inline double strike_bar(double strike_share, bool organised, double organised_bonus,
                         double strike_solidarity, double elsewhere, double reach) noexcept {
  return strike_share - (organised ? organised_bonus : 0.0) - strike_solidarity * elsewhere * reach;
}

/// Whether an aggrieved share reaches the bar: at the bar counts.
inline bool at_strike_bar(double aggrieved_share, double bar) noexcept {
  return aggrieved_share >= bar;
}

/// A strike begins once the share has stayed at the bar for more than `delay_hours`.
inline bool strike_begins(bool striking, double hours_at_bar, double delay_hours) noexcept {
  return !striking && hours_at_bar > delay_hours;
}

/// A strike ends when the aggrieved share falls below `end_share`.
inline bool strike_ends(bool striking, double aggrieved_share, double end_share) noexcept {
  return striking && aggrieved_share < end_share;
}

/// The force the security present uses on the protesters. Lethal where the
/// state allows it and either without warning or where the crowd threatens
/// what the forces defend: it has stormed the seat of government, or
/// outnumbers them more than `threat_ratio` times (seeds 002, 003: the
/// shooting came at the stormed akimats, the airport and the residence).
/// Non-lethal where allowed and outnumbered more than `escalation_ratio`
/// times; none otherwise, and none without contact.
inline ForceLevel force_used(ForceLevel allowed, bool without_warning, double protesters,
                             double security, double escalation_ratio, bool stormed = false,
                             double threat_ratio = 0) noexcept {
  if (security <= 0 || protesters <= 0) return ForceLevel::None;
  const double ratio = protesters / security;
  const bool threat = stormed || ratio > threat_ratio;
  if (allowed == ForceLevel::Lethal && (without_warning || (threat && ratio > escalation_ratio))) {
    return ForceLevel::Lethal;
  }
  if (allowed != ForceLevel::None && ratio > escalation_ratio) return ForceLevel::NonLethal;
  return ForceLevel::None;
}

/// The risk the arrival of foreign troops adds everywhere: the signal that
/// the regime will not fall and has allies who will fight for it,
/// `resolve` at saturation, half of it at `half_troops` in the country.
inline double foreign_resolve_fear(double resolve, double foreign_troops,
                                   double half_troops) noexcept {
  return resolve * saturate(foreign_troops, half_troops);
}

/// Protesters in contact with the security forces in an hour.
/// The crowd in the streets in an hour: the share `turnout` of the people who
/// have joined the protest. It is what the police meet (risk of arrest, force,
/// casualties), what storms a building, what presses units to refuse, and what
/// reports count; the pull of protest and its news count all who have joined.
inline double crowd_in_streets(double joined_people, double turnout) noexcept {
  return joined_people * turnout;
}

inline double engaged(double protesters, double security, double contact_per_officer) noexcept {
  return std::min(protesters, security * contact_per_officer);
}

/// A rate by the force in use: 0 with none.
inline double rate_under(ForceLevel level, double non_lethal, double lethal) noexcept {
  return level == ForceLevel::Lethal ? lethal : level == ForceLevel::NonLethal ? non_lethal : 0.0;
}

/// Expected people killed, injured and detained in an hour: rate × engaged
/// (Poisson means; the rates per contact-hour are the model's priors).
inline std::array<double, 3> expected_casualties(double engaged, double kill_rate,
                                                 double injury_rate, double detain_rate) noexcept {
  return {kill_rate * engaged, injury_rate * engaged, detain_rate * engaged};
}

/// Protesters per local officer (police on duty and army), at least one officer.
inline double refusal_pressure(double protesters, double local_officers) noexcept {
  return protesters / std::max(local_officers, 1.0);
}

/// The hourly hazard that local units refuse orders:
/// rate · pressure / (pressure + half_pressure) · (1 - L), from
/// `min_pressure` protesters per officer on (units that are not outnumbered
/// do not defect: the seeds' refusals are of soldiers facing whole towns),
/// and only in an hour when they are ordered to use force on the crowd
/// (`used`): what they refuse is that order (seed 003: "the soldiers refused
/// to disperse the protesters"). Zero below the pressure, with no pressure,
/// without an order, and at full legitimacy.
inline double refusal_hazard(double refusal_rate, double pressure, double half_pressure,
                             double legitimacy, double min_pressure = 0,
                             ForceLevel used = ForceLevel::NonLethal) noexcept {
  if (used == ForceLevel::None) return 0.0;
  if (pressure <= 0 || pressure < min_pressure) return 0.0;
  return refusal_rate * pressure / (pressure + half_pressure) * (1 - legitimacy);
}

/// Legitimacy lost to the deaths and injuries seen (before the reach or local factor).
inline double backlash(double per_death, double killed, double per_injury,
                       double injured) noexcept {
  return per_death * killed + per_injury * injured;
}

/// The people a place needs out (protesting or on strike) for its protest to
/// be noticed: at least `min_people` and `min_share` of its population.
inline double noticed_protest(double min_people, double min_share, double population) noexcept {
  return std::max(min_people, min_share * population);
}

/// Whether a place's seat of government is a crowd's target: never in the
/// rural rest of a region (many villages, no one building); with
/// `regional_seats_only`, only the regional akimats (seed 003: "attempts to
/// storm the buildings of regional akimats (provincial governments)"; seed
/// 002: "city and regional akimats" in Aktau and Aktobe, both regional seats).
inline bool storm_target(bool rural, bool regional_centre, bool regional_seats_only) noexcept {
  return !rural && (regional_centre || !regional_seats_only);
}

/// An akimat is stormed when at least `min_people` protesters outnumber the
/// security present more than `ratio` times, and their demands have turned
/// political: the place's legitimacy has fallen by at least `min_fall`
/// since the crisis began (a crowd over the price of gas does not take the
/// seat of power; seeds 002-004: from prices to politics in days).
inline bool storms_seat_of_government(double protesters, double security, double min_people,
                                      double ratio, double legitimacy_fall = 0,
                                      double min_fall = 0) noexcept {
  return protesters >= min_people && protesters > ratio * security && legitimacy_fall >= min_fall;
}

/// The guard's mobile reserve a place draws: the reserve × (home share ×
/// half + protesters here) / (half + protesters nationally).
inline double mobile_reserve_target(double reserve, double home_share, double half,
                                    double protesters, double national) noexcept {
  return reserve * (home_share * half + protesters) / (half + national);
}

}  // namespace unrest::uprising
