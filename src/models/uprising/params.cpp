#include "unrest/models/uprising/params.hpp"

#include <fmt/format.h>

#include "unrest/models/uprising/segments.hpp"

namespace unrest::uprising {

namespace {

constexpr const char* kEpstein = "Epstein 2002";
constexpr const char* kPrior = "prior";
constexpr const char* kTuned = "prior, tuned to the Kazakhstan record (docs/models/uprising.md)";

ParamTable<Params> make_table() {
  using P = Params;
  return {
      real_param("scale", &P::scale, 1e-6, 1, "agents per person",
                 "agents per person; 1 is one agent per person (--scale)", "unrest"),
      real_param("min_place_agents", &P::min_place_agents, 0, 1e9, "agents",
                 "each place gets at least this many agents (up to one per person), so that "
                 "small towns, where the first few hundred out decide when a town first "
                 "protests, are not left to a dozen agents; figures stay in people",
                 "unrest (resolution)"),
      integer_param("district_size", &P::district_size, 10, 1'000'000, "people",
                    "people per district, the unit of what an agent sees",
                    "brief: districts of a few thousand people"),
      real_param("youth_share", &P::youth_share, 0, 1, "of population",
                 "unemployed and informal youth, ordinary places", kPrior),
      real_param("youth_share_metropolis", &P::youth_share_metropolis, 0, 1, "of population",
                 "unemployed and informal youth in the metropolis and capital",
                 "prior; seeds 001, 003 (Almaty's suburbs)"),
      real_param("migrant_share", &P::migrant_share, 0, 1, "of population",
                 "internal migrants, ordinary places", kPrior),
      real_param("migrant_share_metropolis", &P::migrant_share_metropolis, 0, 1, "of population",
                 "internal migrants in the metropolis and capital",
                 "prior; seeds 001, 003 (Almaty's suburbs)"),
      real_param("others_share", &P::others_share, 0, 1, "of population",
                 "pensioners, children and others outside the labour force", kPrior),

      real_param("unknown_workforce_share", &P::unknown_workforce_share, 0, 1, "of labour force",
                 "workforce of an enterprise of unknown size (in_model = prior), as a share of "
                 "its place's labour force",
                 "prior; enterprises.csv rows marked prior"),
      real_param("street_oil_gas", &P::street_oil_gas, 0, 1, "of segment",
                 "oil and gas workers who would go to the streets at all (all can strike)",
                 "prior; seeds 001, 003"),
      real_param("street_mining_metal", &P::street_mining_metal, 0, 1, "of segment",
                 "miners and metal workers who would go to the streets", kPrior),
      real_param("street_other_workers", &P::street_other_workers, 0, 1, "of segment",
                 "other workers who would go to the streets", kPrior),
      real_param("street_youth", &P::street_youth, 0, 1, "of segment",
                 "unemployed and informal youth who would go to the streets",
                 "prior; seeds 001, 003 (the core of the Almaty protests)"),
      real_param("street_migrants", &P::street_migrants, 0, 1, "of segment",
                 "internal migrants who would go to the streets", "prior; seeds 001, 003"),
      real_param("street_others", &P::street_others, 0, 1, "of segment",
                 "pensioners and others who would go to the streets", kPrior),
      real_param("rural_street_factor", &P::rural_street_factor, 0, 1, "1",
                 "street availability outside the listed cities, relative to them",
                 "prior; the seeds report protest in cities"),
      real_param("base_oil_gas", &P::base_oil_gas, 0, 10, "1",
                 "hardship of oil and gas workers before the price rise",
                 "prior; seeds 001, 003 (wage and union demands)"),
      real_param("base_mining_metal", &P::base_mining_metal, 0, 10, "1",
                 "hardship of miners and metal workers", "prior; seeds 000, 003"),
      real_param("base_other_workers", &P::base_other_workers, 0, 10, "1",
                 "hardship of other workers", kPrior),
      real_param("base_youth", &P::base_youth, 0, 10, "1",
                 "hardship of unemployed and informal youth", "prior; seeds 001, 003"),
      real_param("base_migrants", &P::base_migrants, 0, 10, "1", "hardship of internal migrants",
                 "prior; seeds 001, 003"),
      real_param("base_others", &P::base_others, 0, 10, "1", "hardship of pensioners and others",
                 kPrior),
      real_param("hardship_skew", &P::hardship_skew, 0.1, 20, "1",
                 "h = u^skew, u uniform: how rare high individual hardship is", kTuned),
      real_param("price_lag_hours", &P::price_lag_hours, 0, 1e4, "hours",
                 "time constant with which a price change is felt (refuelling; the New Year "
                 "holidays)",
                 kPrior),
      real_param("price_weight", &P::price_weight, 0, 100, "1",
                 "hardship added per unit relative rise of the LPG price, at full exposure",
                 kTuned),
      real_param("lpg_reference_price", &P::lpg_reference_price, 1, 1e6, "tenge/litre",
                 "LPG price against which a rise is measured (before 1 January 2022)",
                 "facts.csv; seeds 000, 001 (the price doubled)"),
      bool_param("price_adaptation_on", &P::price_adaptation_on,
                 "the expected price follows the felt price (a rise that stays hurts less)",
                 kPrior),
      real_param("price_adaptation_days", &P::price_adaptation_days, 0.01, 1e5, "days",
                 "time constant with which expectations (and wages) catch up with a price",
                 "prior: months (wage indexation, expectations); brief: a shock, not a level"),
      real_param("exposure_oil_gas", &P::exposure_oil_gas, 0, 10, "1",
                 "exposure to the LPG price, relative to the region's share of LPG cars", kPrior),
      real_param("exposure_mining_metal", &P::exposure_mining_metal, 0, 10, "1",
                 "exposure of miners and metal workers", kPrior),
      real_param("exposure_other_workers", &P::exposure_other_workers, 0, 10, "1",
                 "exposure of other workers", kPrior),
      real_param("exposure_youth", &P::exposure_youth, 0, 10, "1", "exposure of youth", kPrior),
      real_param("exposure_migrants", &P::exposure_migrants, 0, 10, "1",
                 "exposure of internal migrants (many drive for a living)", kPrior),
      real_param("exposure_others", &P::exposure_others, 0, 10, "1",
                 "exposure of pensioners and others", kPrior),

      real_param("legitimacy", &P::legitimacy, 0, 1, "1",
                 "perceived legitimacy before the crisis (regions add region_priors.csv)", kTuned),
      real_param("legitimacy_sd", &P::legitimacy_sd, 0, 1, "1",
                 "spread of individual perceived legitimacy", kPrior),
      real_param("history_weight", &P::history_weight, 0, 10, "1",
                 "multiplies the legitimacy offsets of places and regions with a history of "
                 "repression and strikes (place_priors.csv, region_priors.csv: Zhanaozen, "
                 "Mangystau); their size is a prior, this lets the record weigh it",
                 kPrior),
      bool_param("legitimacy_dynamics_on", &P::legitimacy_dynamics_on,
                 "legitimacy responds to concessions and to visible repression", "brief"),
      real_param("backlash_per_death", &P::backlash_per_death, 0, 1, "per death",
                 "fall of legitimacy per death reported (national news)", kPrior),
      real_param("backlash_per_injury", &P::backlash_per_injury, 0, 1, "per injury",
                 "fall of legitimacy per injury reported", kPrior),
      real_param("backlash_local", &P::backlash_local, 0, 100, "1",
                 "backlash multiplier where the repression is seen first hand", kPrior),
      real_param("delegitimation", &P::delegitimation, 0, 10, "per day",
                 "fall of legitimacy per day at full national mobilisation: the demands turn "
                 "political",
                 "prior, tuned; seeds 002, 003, 004 (prices to politics within days)"),

      real_param("threshold", &P::threshold, 0, 10, "1",
                 "T: protest when G (1 + pull) - R P harm > T", kEpstein),
      real_param("arrest_constant", &P::arrest_constant, 0, 100, "1",
                 "k in the estimated risk P = 1 - exp(-k C/A)", kEpstein),
      real_param("self_people", &P::self_people, 1, 1e9, "people",
                 "the least A an agent counts (itself and those with it)",
                 "prior; Epstein counts the agent itself"),
      real_param("night_penalty", &P::night_penalty, 0, 10, "1", "added to T from 0:00 to 7:00",
                 kPrior),
      bool_param("night_cycle_on", &P::night_cycle_on, "fewer protest at night", "unrest"),

      bool_param("social_on", &P::social_on, "protest nearby pulls others in", "brief"),
      real_param("w_district", &P::w_district, 0, 10, "1",
                 "maximum pull (amplification of grievance) of protest in the agent's district",
                 kTuned),
      real_param("w_city", &P::w_city, 0, 10, "1", "maximum pull of protest in its city", kTuned),
      real_param("share_half", &P::share_half, 1e-9, 1, "of population",
                 "protest share at which a pull reaches half its maximum", kPrior),
      bool_param("news_on", &P::news_on, "news of protest elsewhere pulls people in", "brief"),
      real_param("w_regional_news", &P::w_regional_news, 0, 10, "1",
                 "pull of news through personal ties (the gravity network)", kTuned),
      real_param("w_national_news", &P::w_national_news, 0, 10, "1",
                 "pull of news through the internet and messengers, at full connectivity", kTuned),
      real_param("news_lag_hours", &P::news_lag_hours, 0, 1e4, "hours",
                 "time constant with which news of protest elsewhere sinks in", kTuned),
      real_param("gravity_exponent", &P::gravity_exponent, 0, 10, "1",
                 "distance decay of personal ties: weight ~ population / distance^exponent",
                 "gravity model of migration and communication"),
      real_param("region_tie", &P::region_tie, 0, 100, "1",
                 "extra tie weight between places of one region", kPrior),
      real_param("industry_tie", &P::industry_tie, 0, 100, "1",
                 "extra tie weight between places of one industry", kPrior),
      real_param("shutdown_local_boost", &P::shutdown_local_boost, 0, 10, "1",
                 "extra local pull while the internet is cut (Hassanpour 2014: dispersal)",
                 "prior: 0 (off); see the counterfactual docs"),
      real_param("shutdown_backlash", &P::shutdown_backlash, 0, 1, "per day",
                 "fall of legitimacy per day of shutdown", "prior: 0 (off)"),

      bool_param("strikes_on", &P::strikes_on, "enterprises strike", "brief"),
      real_param("strike_share", &P::strike_share, 0, 1, "of workforce",
                 "aggrieved share of a workforce that starts a strike", kTuned),
      real_param("strike_end_share", &P::strike_end_share, 0, 1, "of workforce",
                 "a strike ends when the aggrieved share falls below this", kPrior),
      real_param("strike_solidarity", &P::strike_solidarity, 0, 1, "1",
                 "fall of strike_share with news of strikes in the same industry", kTuned),
      real_param("organised_bonus", &P::organised_bonus, 0, 1, "1",
                 "fall of strike_share where the workforce has struck before",
                 "prior; seeds 001, 004 (2011 and 2020-21 strikes)"),
      real_param("strike_delay_hours", &P::strike_delay_hours, 0, 1e4, "hours",
                 "hours the aggrieved share must stay above the bar before a strike begins "
                 "(meetings, a vote)",
                 kPrior),
      real_param("striker_pull", &P::striker_pull, 0, 10, "1",
                 "pull to the streets of a striking enterprise's workers", kPrior),

      bool_param("security_on", &P::security_on, "security forces deter, detain and harm", "brief"),
      real_param("police_per_capita", &P::police_per_capita, 0, 1, "per person",
                 "police officers per inhabitant when security.csv gives no number",
                 "prior: 393 per 100,000 (security.csv: the minister, February 2020)"),
      real_param("guard_per_capita", &P::guard_per_capita, 0, 1, "per person",
                 "national guard per inhabitant when security.csv gives no number",
                 "prior: security.csv notes a combined paramilitary force of 31,500"),
      real_param("duty_share", &P::duty_share, 0, 1, "1",
                 "share of police on the street in an ordinary hour", kPrior),
      real_param("emergency_duty_share", &P::emergency_duty_share, 0, 1, "1",
                 "share on the street under a state of emergency", kPrior),
      real_param("escalation_ratio", &P::escalation_ratio, 0, 1e6, "protesters per officer",
                 "above this, police use non-lethal force (grenades, tear gas, rubber bullets)",
                 "prior; seed 002"),
      real_param("harm_non_lethal", &P::harm_non_lethal, 0, 100, "1",
                 "risk multiplier under non-lethal force", kPrior),
      real_param("harm_lethal", &P::harm_lethal, 0, 100, "1",
                 "risk multiplier under lethal force: deterrence", kTuned),
      real_param("emergency_harm", &P::emergency_harm, 0, 100, "1",
                 "risk multiplier under a state of emergency", kPrior),
      real_param("deterrence", &P::deterrence, 0, 100, "1",
                 "risk added by killings in the place, at saturation (deterrence)", kTuned),
      real_param("deterrence_national", &P::deterrence_national, 0, 100, "1",
                 "risk added by killings reported nationally, at saturation", kTuned),
      real_param("fear_half_deaths", &P::fear_half_deaths, 1e-6, 1e9, "people",
                 "recent deaths at which that fear is half its maximum", kPrior),
      real_param("fear_half_life_hours", &P::fear_half_life_hours, 1e-3, 1e6, "hours",
                 "half-life of the fear of recent killings", kPrior),
      real_param("shoot_order_fear", &P::shoot_order_fear, 0, 100, "1",
                 "risk added where lethal force is used without warning",
                 "prior; brief (\"shoot without warning\")"),
      real_param("curfew_penalty", &P::curfew_penalty, 0, 10, "1", "added to T in curfew hours",
                 kPrior),
      bool_param("fraternisation_on", &P::fraternisation_on,
                 "local units can refuse orders when protests are large and legitimacy low",
                 "brief; seeds 002, 003, 004"),
      real_param("refusal_rate", &P::refusal_rate, 0, 1, "per hour",
                 "hourly hazard that local units refuse, at full pressure and L = 0", kPrior),
      real_param("refusal_pressure", &P::refusal_pressure, 0, 1e6, "protesters per officer",
                 "pressure at which the refusal hazard is half its maximum", kPrior),
      bool_param("redeploy_on", &P::redeploy_on,
                 "a mobile reserve of the national guard follows the protest across the country "
                 "(off: every unit stays where it is stationed or sent)",
                 "brief (redeployment); seed 003 (troops pulled together to Almaty, Aktau and "
                 "Zhanaozen)"),
      real_param("guard_mobile_share", &P::guard_mobile_share, 0, 1, "1",
                 "share of the national guard in the mobile reserve", kPrior),
      real_param("redeploy_half_people", &P::redeploy_half_people, 1, 1e9, "people",
                 "national protesters at which half the mobile reserve has gone to them", kPrior),
      real_param("redeploy_hours", &P::redeploy_hours, 0.01, 1e6, "hours",
                 "time constant of the reserve's moves (orders, transport)", kPrior),
      bool_param("site_guard_on", &P::site_guard_on,
                 "strategic sites tie down part of the army, guard and special forces; foreign "
                 "troops guard sites and free them rather than face crowds (off: every unit, "
                 "foreign too, faces crowds)",
                 "security.csv: the CSTO's tasks were guarding airports, depots and strategic "
                 "objects"),
      real_param("site_guard_share", &P::site_guard_share, 0, 1, "1",
                 "share of the army, guard and special forces in a place guarding sites", kPrior),
      real_param("foreign_relief", &P::foreign_relief, 0, 10, "per soldier",
                 "national personnel freed for the streets per foreign soldier guarding sites",
                 "security.csv: about 1,600 Kazakh personnel freed by 2,030 CSTO troops (0.79)"),

      bool_param("casualties_on", &P::casualties_on, "contact detains, injures and kills", "brief"),
      real_param("contact_per_officer", &P::contact_per_officer, 0, 1e6, "protesters",
                 "protesters one officer engages in an hour", kPrior),
      real_param("detain_rate", &P::detain_rate, 0, 1, "per contact-hour",
                 "detentions per protester in contact per hour", kTuned),
      real_param("injury_rate_non_lethal", &P::injury_rate_non_lethal, 0, 1, "per contact-hour",
                 "injuries under non-lethal force", kTuned),
      real_param("injury_rate_lethal", &P::injury_rate_lethal, 0, 1, "per contact-hour",
                 "injuries under lethal force", kTuned),
      real_param("kill_rate_non_lethal", &P::kill_rate_non_lethal, 0, 1, "per contact-hour",
                 "deaths under non-lethal force", kPrior),
      real_param("kill_rate_lethal", &P::kill_rate_lethal, 0, 1, "per contact-hour",
                 "deaths under lethal force", kTuned),
      real_param("detention_hours", &P::detention_hours, 0, 1e6, "hours",
                 "detention until release, unless a release intervention comes first", kPrior),
      real_param("injury_hours", &P::injury_hours, 0, 1e6, "hours",
                 "an injured protester stays off the streets this long", kPrior),

      real_param("protest_min_people", &P::protest_min_people, 0, 1e9, "people",
                 "a place protests when at least this many are out (or on strike)",
                 "unrest (observation)"),
      real_param("protest_min_share", &P::protest_min_share, 0, 1, "of population",
                 "and at least this share of its people: a protest the place notices",
                 "unrest (observation)"),
      real_param("storm_ratio", &P::storm_ratio, 0, 1e6, "protesters per officer",
                 "protesters storm the akimat above this ratio", "prior; seeds 002, 003"),
      real_param("storm_min_people", &P::storm_min_people, 0, 1e9, "people",
                 "and when at least this many are out", kPrior),
  };
}

}  // namespace

const ParamTable<Params>& param_table() {
  static const ParamTable<Params> table = make_table();
  return table;
}

double base_grievance(const Params& p, std::size_t s) noexcept {
  const double values[] = {p.base_oil_gas, p.base_mining_metal, p.base_other_workers,
                           p.base_youth,   p.base_migrants,     p.base_others};
  return values[s];
}

double street_share(const Params& p, std::size_t s) noexcept {
  const double values[] = {p.street_oil_gas, p.street_mining_metal, p.street_other_workers,
                           p.street_youth,   p.street_migrants,     p.street_others};
  return values[s];
}

double exposure(const Params& p, std::size_t s) noexcept {
  const double values[] = {p.exposure_oil_gas, p.exposure_mining_metal, p.exposure_other_workers,
                           p.exposure_youth,   p.exposure_migrants,     p.exposure_others};
  return values[s];
}

std::optional<ParamProblem> validate(const Params& p, const std::set<std::string>&) {
  const double shares = std::max(p.youth_share, p.youth_share_metropolis) +
                        std::max(p.migrant_share, p.migrant_share_metropolis) + p.others_share;
  if (shares > 1) {
    return ParamProblem{"others_share",
                        fmt::format("youth, migrant and others' shares add up to {} > 1", shares)};
  }
  if (p.strike_end_share > p.strike_share) {
    return ParamProblem{"strike_end_share", "must not exceed strike_share"};
  }
  return std::nullopt;
}

}  // namespace unrest::uprising
