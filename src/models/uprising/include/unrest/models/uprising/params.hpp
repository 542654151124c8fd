#pragma once
/// \file
/// Parameters of the national uprising model, each declared once in
/// UNREST_UPRISING_PARAMETERS: that list makes the fields of Params and the
/// rows of param_table() (key, default, range, unit, meaning, source). Each
/// mechanism can be switched off from the scenario (the `*_on` switches) so
/// that its contribution can be measured. Where no statistic exists the
/// default is a prior, stated with its basis in the source column;
/// docs/models/uprising.md lists them and says which were tuned to the record.

#include <array>
#include <optional>
#include <set>
#include <string>

#include "unrest/core/params.hpp"
#include "unrest/models/uprising/segments.hpp"
#include "unrest/scenario/bind_params.hpp"

namespace unrest::uprising {

/// A value per population segment, indexed by Segment.
using PerSegment = std::array<double, kSegments>;

// clang-format off
/// Every parameter, once. X(type, name, default, min, max, unit, meaning,
/// source) is a scalar (a bool's min and max are 0 and 1); S(name, (defaults
/// by segment), min, max, unit, meaning, (sources by segment)) is a value per
/// segment, set in a scenario as `name.segment` (`base.youth = 0.2`). The
/// sources kPrior and kTuned are spelled out in params.cpp.
#define UNREST_UPRISING_PARAMETERS(X, S) \
  /* --- Population and space --- */ \
  X(double, scale, 0.02, 1e-6, 1, "agents per person", "agents per person; 1 is one agent per person (--scale)", "unrest") \
  X(double, min_place_agents, 0, 0, 1e9, "agents", "each place gets at least this many agents (up to one per person), so that small towns, where the first few hundred out decide when a town first protests, are not left to a dozen agents; figures stay in people", "unrest (resolution)") \
  X(int, district_size, 5000, 10, 1'000'000, "people", "people per district, the unit of what an agent sees", "brief: districts of a few thousand people") \
  X(double, youth_share, 0.05, 0, 1, "of population", "unemployed and informal youth, ordinary places", kPrior) \
  X(double, youth_share_metropolis, 0.08, 0, 1, "of population", "unemployed and informal youth in the metropolis and capital", "prior; seeds 001, 003 (Almaty's suburbs)") \
  X(double, migrant_share, 0.03, 0, 1, "of population", "internal migrants, ordinary places", kPrior) \
  X(double, migrant_share_metropolis, 0.12, 0, 1, "of population", "internal migrants in the metropolis and capital", "prior; seeds 001, 003 (Almaty's suburbs)") \
  X(double, others_share, 0.45, 0, 1, "of population", "pensioners, children and others outside the labour force", kPrior) \
  X(double, unknown_workforce_share, 0.2, 0, 1, "of labour force", "workforce of an enterprise of unknown size (in_model = prior), as a share of its place's labour force", "prior; enterprises.csv rows marked prior") \
  S(street, (0.3, 0.25, 0.08, 0.25, 0.2, 0.01), 0, 1, "of segment", "share who would go to the streets at all (all workers can strike)", ("prior; seeds 001, 003", kPrior, kPrior, "prior; seeds 001, 003 (the core of the Almaty protests)", "prior; seeds 001, 003", kPrior)) \
  X(double, rural_street_factor, 0.2, 0, 1, "1", "street availability outside the listed cities, relative to them", "prior; the seeds report protest in cities") \
  /* --- Grievance --- */ \
  S(base, (0.55, 0.5, 0.3, 0.55, 0.5, 0.1), 0, 10, "1", "hardship before the price rise", ("prior; seeds 001, 003 (wage and union demands)", "prior; seeds 000, 003", kPrior, "prior; seeds 001, 003", "prior; seeds 001, 003", kPrior)) \
  X(double, hardship_skew, 2.0, 0.1, 20, "1", "h = u^skew, u uniform: how rare high individual hardship is", kTuned) \
  X(double, price_lag_hours, 24, 0, 1e4, "hours", "time constant with which a price change is felt (refuelling; the New Year holidays)", kPrior) \
  X(double, price_weight, 0.8, 0, 100, "1", "hardship added per unit relative rise of a product's price, at full exposure", kTuned) \
  X(bool, regional_lpg_on, true, 0, 1, "1", "regions differ in the share each product reaches (region_priors.csv; for LPG, the share of cars on it); off: every region at the population-weighted national share (an ablation: what the regional prior puts in)", "unrest (ablation switch)") \
  X(double, lpg_reference_price, 60, 1, 1e6, "tenge/litre", "LPG price against which a rise is measured (before 1 January 2022), in a scenario without [data] products", "facts.csv; seeds 000, 001 (the price doubled)") \
  X(bool, price_adaptation_on, true, 0, 1, "1", "the expected price follows the felt price (a rise that stays hurts less)", kPrior) \
  X(double, price_adaptation_days, 60, 0.01, 1e5, "days", "time constant with which expectations (and wages) catch up with a price", "prior: months (wage indexation, expectations); brief: a shock, not a level") \
  S(exposure, (1.0, 0.8, 0.8, 0.7, 1.0, 0.3), 0, 10, "1", "exposure to a product's price, relative to the share of the region it reaches (a product may give its own in [data] products)", (kPrior, kPrior, kPrior, kPrior, "prior (many drive for a living)", kPrior)) \
  /* --- Legitimacy --- */ \
  X(double, legitimacy, 0.55, 0, 1, "1", "perceived legitimacy before the crisis (regions add region_priors.csv)", kTuned) \
  X(double, legitimacy_sd, 0.12, 0, 1, "1", "spread of individual perceived legitimacy", kPrior) \
  X(double, history_weight, 1, 0, 10, "1", "multiplies the legitimacy offsets of places and regions with a history of repression and strikes (place_priors.csv, region_priors.csv: Zhanaozen, Mangystau); their size is a prior, this lets the record weigh it", kPrior) \
  X(bool, legitimacy_dynamics_on, true, 0, 1, "1", "legitimacy responds to concessions and to visible repression", "brief") \
  X(double, backlash_per_death, 0.0015, 0, 1, "per death", "fall of legitimacy per death reported (national news)", kPrior) \
  X(double, backlash_per_injury, 0.0001, 0, 1, "per injury", "fall of legitimacy per injury reported", kPrior) \
  X(double, backlash_local, 3.0, 0, 100, "1", "backlash multiplier where the repression is seen first hand", kPrior) \
  X(double, delegitimation, 0.1, 0, 10, "per day", "fall of legitimacy per day at full national mobilisation: the demands turn political", "prior, tuned; seeds 002, 003, 004 (prices to politics within days)") \
  /* --- Decision --- */ \
  X(double, threshold, 0.1, 0, 10, "1", "T: protest when G (1 + pull) - R P harm > T", kEpstein) \
  X(double, arrest_constant, 2.3, 0, 100, "1", "k in the estimated risk P = 1 - exp(-k C/A)", kEpstein) \
  X(double, self_people, 50, 1, 1e9, "people", "the least A an agent counts (itself and those with it)", "prior; Epstein counts the agent itself") \
  X(double, turnout, 1.0, 0.001, 1, "of the willing", "share of the people who have joined the protest who are in the streets in a given hour: the crowd the police meet, that storms a building, that reports count (the rest work, sleep, queue for fuel); news and the pull of protest count everyone who has joined", "prior: 1 (all who have joined are out every hour)") \
  X(double, night_penalty, 0.15, 0, 10, "1", "added to T from 0:00 to 7:00", kPrior) \
  X(bool, night_cycle_on, true, 0, 1, "1", "fewer protest at night", "unrest") \
  /* --- Social influence and information --- */ \
  X(bool, social_on, true, 0, 1, "1", "protest nearby pulls others in", "brief") \
  X(double, w_district, 0.25, 0, 10, "1", "maximum pull (amplification of grievance) of protest in the agent's district", kTuned) \
  X(double, w_city, 0.15, 0, 10, "1", "maximum pull of protest in its city", kTuned) \
  X(double, share_half, 0.02, 1e-9, 1, "of population", "protest share at which a pull reaches half its maximum", kPrior) \
  X(bool, news_on, true, 0, 1, "1", "news of protest elsewhere pulls people in", "brief") \
  X(double, w_regional_news, 0.12, 0, 10, "1", "pull of news through personal ties (the gravity network)", kTuned) \
  X(double, w_national_news, 0.12, 0, 10, "1", "pull of news through the internet and messengers, at full connectivity", kTuned) \
  X(double, news_lag_hours, 12, 0, 1e4, "hours", "time constant with which news of protest elsewhere sinks in", kTuned) \
  X(double, gravity_exponent, 2.0, 0, 10, "1", "distance decay of personal ties: weight ~ population / distance^exponent", "gravity model of migration and communication") \
  X(double, region_tie, 1.0, 0, 100, "1", "extra tie weight between places of one region", kPrior) \
  X(double, industry_tie, 1.0, 0, 100, "1", "extra tie weight between places of one industry", kPrior) \
  X(double, shutdown_local_boost, 0.0, 0, 10, "1", "extra local pull while the internet is cut (Hassanpour 2014: dispersal)", "prior: 0 (off); see the counterfactual docs") \
  X(double, shutdown_backlash, 0.0, 0, 1, "per day", "fall of legitimacy per day of shutdown", "prior: 0 (off)") \
  /* --- Strikes --- */ \
  X(bool, strikes_on, true, 0, 1, "1", "enterprises strike", "brief") \
  X(double, strike_share, 0.35, 0, 1, "of workforce", "aggrieved share of a workforce that starts a strike", kTuned) \
  X(double, strike_end_share, 0.15, 0, 1, "of workforce", "a strike ends when the aggrieved share falls below this", kPrior) \
  X(double, strike_solidarity, 0.25, 0, 1, "1", "fall of strike_share with news of strikes in the same industry", kTuned) \
  X(double, strike_wave_weight, 0.5, 0, 10, "1", "news of strikes in other industries lowers the bar this fraction as much as news from one's own (0: strikes spread only within an industry)", "prior; seeds 000, 001, 003 (miners and smelters joined the oil strike on 4 January)") \
  X(double, dispute_hardship, 0.3, 0, 10, "of base hardship", "hardship added for the workers of an enterprise with a labour dispute open in the 12 months before the crisis (enterprises.csv open_dispute: a wage claim, a conciliation, announced mass layoffs), as a share of their segment's base hardship", "prior: the wage rises the disputes before 2022 claimed or won, about 30% (enterprise_grievances.csv: ArcelorMittal Temirtau 2011-12 and 2017, KEZBI 2021), read as a shortfall felt in that proportion") \
  X(double, organised_bonus, 0.1, 0, 1, "1", "fall of strike_share where the workforce has struck before", "prior; seeds 001, 004 (2011 and 2020-21 strikes)") \
  X(double, strike_delay_hours, 12, 0, 1e4, "hours", "hours the aggrieved share must stay above the bar before a strike begins (meetings, a vote)", kPrior) \
  X(double, striker_pull, 0.15, 0, 10, "1", "pull to the streets of a striking enterprise's workers", kPrior) \
  /* --- Security forces --- */ \
  X(bool, security_on, true, 0, 1, "1", "security forces deter, detain and harm", "brief") \
  X(double, police_per_capita, 0.0039, 0, 1, "per person", "police officers per inhabitant when security.csv gives no number", "prior: 393 per 100,000 (security.csv: the minister, February 2020)") \
  X(double, guard_per_capita, 0.0015, 0, 1, "per person", "national guard per inhabitant when security.csv gives no number", "prior: security.csv notes a combined paramilitary force of 31,500") \
  X(double, duty_share, 0.33, 0, 1, "1", "share of police on the street in an ordinary hour", kPrior) \
  X(double, emergency_duty_share, 0.6, 0, 1, "1", "share on the street under a state of emergency", kPrior) \
  X(double, escalation_ratio, 1.0, 0, 1e6, "protesters per officer", "above this, police use non-lethal force (grenades, tear gas, rubber bullets)", "prior; seed 002") \
  X(double, threat_ratio, 5.0, 0, 1e6, "protesters per officer", "where lethal force is allowed, it is used only where the crowd threatens what the forces defend: it stormed the seat of government, or outnumbers them more than this (a shoot-without-warning order drops the condition)", "prior: storm_ratio; seeds 002, 003 (shooting at the stormed akimats, the airport, the residence)") \
  X(double, harm_non_lethal, 1.5, 0, 100, "1", "risk multiplier under non-lethal force", kPrior) \
  X(double, harm_lethal, 3.0, 0, 100, "1", "risk multiplier under lethal force: deterrence", kTuned) \
  X(double, emergency_harm, 1.3, 0, 100, "1", "risk multiplier under a state of emergency", kPrior) \
  X(double, deterrence, 0.5, 0, 100, "1", "risk added by killings in the place, at saturation (deterrence)", kTuned) \
  X(double, deterrence_national, 0.3, 0, 100, "1", "risk added by killings reported nationally, at saturation", kTuned) \
  X(double, fear_half_deaths, 10, 1e-6, 1e9, "people", "recent deaths at which that fear is half its maximum", kPrior) \
  X(double, fear_half_life_hours, 72, 1e-3, 1e6, "hours", "half-life of the fear of recent killings", kPrior) \
  X(double, shoot_order_fear, 0.3, 0, 100, "1", "risk added where lethal force is used without warning", "prior; brief (\"shoot without warning\")") \
  X(double, curfew_penalty, 0.3, 0, 10, "1", "added to T in curfew hours", kPrior) \
  X(double, call_threshold_cut, 0.5, 0, 1, "of T", "share of the protest threshold an organisation's call (the `call` action) removes for the people it calls out, while it stands", "prior (no call in the Kazakhstan scenario)") \
  X(bool, fraternisation_on, true, 0, 1, "1", "local units can refuse orders when protests are large and legitimacy low", "brief; seeds 002, 003, 004") \
  X(double, refusal_rate, 0.02, 0, 1, "per hour", "hourly hazard that local units refuse, at full pressure and L = 0", kPrior) \
  X(double, refusal_pressure, 5.0, 0, 1e6, "protesters per officer", "pressure at which the refusal hazard is half its maximum", kPrior) \
  X(double, refusal_min_pressure, 10, 0, 1e6, "protesters per officer", "below this pressure local units do not refuse at all", "prior; seeds 002-004 (soldiers facing whole towns refused, not police at a rally)") \
  X(bool, redeploy_on, true, 0, 1, "1", "a mobile reserve of the national guard follows the protest across the country (off: every unit stays where it is stationed or sent)", "brief (redeployment); seed 003 (troops pulled together to Almaty, Aktau and Zhanaozen)") \
  X(double, guard_mobile_share, 0.5, 0, 1, "1", "share of the national guard in the mobile reserve", kPrior) \
  X(double, redeploy_half_people, 1e5, 1, 1e9, "people", "national protesters at which half the mobile reserve has gone to them", kPrior) \
  X(double, redeploy_hours, 24, 0.01, 1e6, "hours", "time constant of the reserve's moves (orders, transport)", kPrior) \
  X(bool, site_guard_on, true, 0, 1, "1", "strategic sites tie down part of the army, guard and special forces; foreign troops guard sites and free them rather than face crowds (off: every unit, foreign too, faces crowds)", "security.csv: the CSTO's tasks were guarding airports, depots and strategic objects") \
  X(double, site_guard_share, 0.3, 0, 1, "1", "share of the army, guard and special forces in a place guarding sites", kPrior) \
  X(double, foreign_relief, 0.79, 0, 10, "per soldier", "national personnel freed for the streets per foreign soldier guarding sites", "security.csv: about 1,600 Kazakh personnel freed by 2,030 CSTO troops (0.79)") \
  X(double, foreign_resolve, 0.3, 0, 100, "1", "risk added everywhere by foreign troops in the country, at saturation: the signal that the regime will not fall and has allies who fight for it", "prior (as shoot_order_fear); seed 001 (the CSTO's arrival and the end of the protests)") \
  X(double, foreign_resolve_half, 1000, 1, 1e7, "people", "foreign troops in the country at which that signal is half its maximum", "prior: the first contingent (seed 001, facts.csv: about 2,500 in all)") \
  /* --- Contact: detentions and casualties (per protester in contact, per hour) --- */ \
  X(bool, casualties_on, true, 0, 1, "1", "contact detains, injures and kills", "brief") \
  X(double, contact_per_officer, 3, 0, 1e6, "protesters", "protesters one officer engages in an hour", kPrior) \
  X(double, detain_rate, 0.02, 0, 1, "per contact-hour", "detentions per protester in contact per hour", kTuned) \
  X(double, injury_rate_non_lethal, 0.002, 0, 1, "per contact-hour", "injuries under non-lethal force", kTuned) \
  X(double, injury_rate_lethal, 0.004, 0, 1, "per contact-hour", "injuries under lethal force", kTuned) \
  X(double, kill_rate_non_lethal, 0.00002, 0, 1, "per contact-hour", "deaths under non-lethal force", kPrior) \
  X(double, kill_rate_lethal, 0.0012, 0, 1, "per contact-hour", "deaths under lethal force", kTuned) \
  X(double, detention_hours, 120, 0, 1e6, "hours", "detention until release, unless a release intervention comes first", kPrior) \
  X(double, injury_hours, 72, 0, 1e6, "hours", "an injured protester stays off the streets this long", kPrior) \
  /* --- Events --- */ \
  X(double, protest_min_people, 300, 0, 1e9, "people", "a place protests when at least this many are out (or on strike)", "unrest (observation)") \
  X(double, protest_min_share, 0.002, 0, 1, "of population", "and at least this share of its people: a protest the place notices", "unrest (observation)") \
  X(double, storm_ratio, 5, 0, 1e6, "protesters per officer", "protesters storm the akimat above this ratio", "prior; seeds 002, 003") \
  X(double, storm_min_people, 2000, 0, 1e9, "people", "and when at least this many are out", kPrior) \
  X(bool, storm_regional_seats_only, true, 0, 1, "1", "crowds storm the seats of regional government (the regional centres and the cities of republican status, cities.csv is_regional_centre), not a district town's akimat", "seeds 002, 003 (the stormed buildings were regional akimats)") \
  X(double, storm_legitimacy_fall, 0.2, 0, 1, "1", "and only once the place's legitimacy has fallen this much since the crisis began: the demands have turned political", "prior; seeds 002-004 (from prices to politics; stormings on 4-5 January)")
// clang-format on

/// Expands a parenthesised list: UNREST_UNPAREN (a, b) is a, b.
#define UNREST_UNPAREN(...) __VA_ARGS__

struct Params {
#define UNREST_FIELD(type, name, value, ...) type name = value;
#define UNREST_SEGMENT_FIELD(name, values, ...) PerSegment name = {UNREST_UNPAREN values};
  UNREST_UPRISING_PARAMETERS(UNREST_FIELD, UNREST_SEGMENT_FIELD)
#undef UNREST_FIELD
#undef UNREST_SEGMENT_FIELD
};

const ParamTable<Params>& param_table();

std::optional<ParamProblem> validate(const Params& params, const std::set<std::string>& given);

/// The per-segment values, by segment index.
inline double base_grievance(const Params& p, std::size_t segment) noexcept {
  return p.base[segment];
}
inline double exposure(const Params& p, std::size_t segment) noexcept {
  return p.exposure[segment];
}
inline double street_share(const Params& p, std::size_t segment) noexcept {
  return p.street[segment];
}

}  // namespace unrest::uprising
