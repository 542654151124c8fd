#pragma once
/// \file
/// Parameters of the national uprising model. Each mechanism can be switched
/// off from the scenario (the `*_on` switches) so that its contribution can be
/// measured. Where no statistic exists the default is a prior, stated with
/// its basis in the table's source column; docs/models/uprising.md lists them
/// and says which were tuned to the record.

#include <optional>
#include <set>
#include <string>

#include "unrest/core/params.hpp"
#include "unrest/scenario/bind_params.hpp"

namespace unrest::uprising {

struct Params {
  // --- Population and space ---------------------------------------------------
  double scale = 0.02;          ///< agents per person; 1 is one agent per person
  double min_place_agents = 0;  ///< at least this many agents per place (up to one per person)
  int district_size = 5000;     ///< people per district, the unit of what an agent sees

  // Segment shares of a place's population (the rest are other workers).
  double youth_share = 0.05;             ///< unemployed and informal youth, ordinary places
  double youth_share_metropolis = 0.08;  ///< in the metropolis and the capital
  double migrant_share = 0.03;
  double migrant_share_metropolis = 0.12;
  double others_share = 0.45;            ///< pensioners, children, others outside the labour force
  double unknown_workforce_share = 0.2;  ///< of a place's labour, for enterprises of unknown size

  // Who would go to the streets at all (biographical availability): the share
  // of each segment; the others may strike but never march.
  double street_oil_gas = 0.3;
  double street_mining_metal = 0.25;
  double street_other_workers = 0.08;
  double street_youth = 0.25;
  double street_migrants = 0.2;
  double street_others = 0.01;
  double rural_street_factor = 0.2;  ///< villages have no square: fewer march outside the cities

  // --- Grievance ---------------------------------------------------------------
  // G = h * hardship(segment, place, t) * (1 - L), h = u^hardship_skew with u
  // uniform on [0, 1] per agent: the larger the skew, the rarer a high h.
  double hardship_skew = 2.0;
  double price_lag_hours = 24;  ///< how fast people feel a price change (at the pump)
  double base_oil_gas = 0.55;
  double base_mining_metal = 0.5;
  double base_other_workers = 0.3;
  double base_youth = 0.55;
  double base_migrants = 0.5;
  double base_others = 0.1;
  double price_weight = 0.8;        ///< hardship per unit relative LPG price rise, at full exposure
  double lpg_reference_price = 60;  ///< tenge per litre before 1 January 2022
  // Expectations (and wages) catch up with a price that stays: the rise that
  // hurts is measured from the expected price, which follows the felt price.
  bool price_adaptation_on = true;
  double price_adaptation_days = 60;
  // Exposure of each segment to the LPG price relative to the region's share
  // of cars on LPG.
  double exposure_oil_gas = 1.0;
  double exposure_mining_metal = 0.8;
  double exposure_other_workers = 0.8;
  double exposure_youth = 0.7;
  double exposure_migrants = 1.0;
  double exposure_others = 0.3;

  // --- Legitimacy ----------------------------------------------------------------
  double legitimacy = 0.55;     ///< L before the crisis, national
  double legitimacy_sd = 0.12;  ///< spread of individual perceived legitimacy
  double history_weight = 1;    ///< scales the places' and regions' legitimacy offsets (history)
  bool legitimacy_dynamics_on = true;
  double backlash_per_death = 0.0015;  ///< fall of L per death seen (national news)
  double backlash_per_injury = 0.0001;
  double backlash_local = 3.0;  ///< multiplier of backlash in the place where it happens
  double delegitimation =
      0.1;  ///< fall of L per day at full national mobilisation: demands turn political

  // --- Decision ------------------------------------------------------------------
  // Protest when G (1 + pull) - r P harm > T: the pull of protest nearby and
  // of the news amplifies an agent's own grievance; it moves no one who has none.
  double threshold = 0.1;        ///< T in G + pull - R P harm > T
  double arrest_constant = 2.3;  ///< k in P = 1 - exp(-k C / A) (Epstein 2002)
  double self_people = 50;       ///< the least A counts: a would-be protester sees itself and a few
  double night_penalty = 0.15;   ///< added to T from 0:00 to 7:00
  bool night_cycle_on = true;

  // --- Social influence and information --------------------------------------------
  bool social_on = true;
  double w_district = 0.25;  ///< pull of protest in the agent's district
  double w_city = 0.15;      ///< pull of protest in its city
  double share_half = 0.02;  ///< protest share at which a pull is half its maximum
  bool news_on = true;
  double w_regional_news = 0.12;  ///< news through personal ties (gravity network; not cut)
  double w_national_news = 0.12;  ///< news through the internet and messengers (cut by shutdowns)
  double news_lag_hours = 12;     ///< time constant with which news of protest elsewhere sinks in
  double gravity_exponent = 2.0;  ///< distance decay of personal ties
  double region_tie = 1.0;        ///< extra tie weight within a region
  double industry_tie = 1.0;      ///< extra tie weight between places of one industry
  double shutdown_local_boost = 0.0;  ///< extra local pull while the internet is cut (Hassanpour)
  double shutdown_backlash = 0.0;     ///< fall of L per day of shutdown

  // --- Strikes ---------------------------------------------------------------------
  bool strikes_on = true;
  double strike_share = 0.35;       ///< aggrieved share of the workforce that starts a strike
  double strike_end_share = 0.15;   ///< a strike ends when the aggrieved share falls below
  double strike_solidarity = 0.25;  ///< fall of strike_share with news of strikes in the industry
  double organised_bonus = 0.1;     ///< fall of strike_share where workers have struck before
  double striker_pull = 0.15;       ///< pull to the streets of a striking enterprise's workers
  double strike_delay_hours =
      12;  ///< the share must stay above the bar this long: meetings, a decision

  // --- Security forces -------------------------------------------------------------
  bool security_on = true;
  double police_per_capita = 0.0039;  ///< police officers per inhabitant, when no data
  double guard_per_capita = 0.0015;   ///< national guard per inhabitant, when no data
  double duty_share = 0.33;           ///< share of police on the street in an ordinary hour
  double emergency_duty_share = 0.6;  ///< under a state of emergency
  double escalation_ratio = 1.0;      ///< protesters per officer at which non-lethal force is used
  double harm_non_lethal = 1.5;       ///< risk multiplier once non-lethal force is in use
  double harm_lethal = 3.0;           ///< risk multiplier once lethal force is in use (deterrence)
  double emergency_harm = 1.3;        ///< risk multiplier under a state of emergency
  // Deterrence: killings raise the risk everyone perceives, whatever the size
  // of the crowd (backlash, above, lowers legitimacy: both respond to the same
  // deaths; their balance is these parameters).
  double deterrence = 0.5;           ///< added risk at saturating local killings
  double deterrence_national = 0.3;  ///< added risk at saturating killings reported nationally
  double fear_half_deaths = 10;      ///< recent deaths at which fear is half its maximum
  double fear_half_life_hours = 72;  ///< how fast the fear of recent killings fades
  double shoot_order_fear = 0.3;     ///< added risk where force is used without warning
  double curfew_penalty = 0.3;       ///< added to T during curfew hours
  bool fraternisation_on = true;
  double refusal_rate = 0.02;     ///< hourly hazard at full pressure that local units refuse
  double refusal_pressure = 5.0;  ///< protesters per officer at which the hazard is half
  // A mobile reserve of the national guard follows the protest.
  bool redeploy_on = true;
  double guard_mobile_share = 0.5;    ///< share of the national guard that can be moved
  double redeploy_half_people = 1e5;  ///< national protesters at which half of it follows them
  double redeploy_hours = 24;         ///< time constant of the moves (transport, orders)
  // Strategic sites (airports, depots, power stations) tie down part of the
  // army, guard and special forces unless foreign troops take them over.
  bool site_guard_on = true;
  double site_guard_share = 0.3;  ///< share of those units guarding sites rather than crowds
  double foreign_relief = 0.79;   ///< national personnel freed per foreign soldier at the sites

  // --- Contact: detentions and casualties (per protester in contact, per hour) -----
  bool casualties_on = true;
  double contact_per_officer = 3;  ///< protesters one officer can engage in an hour
  double detain_rate = 0.02;
  double injury_rate_non_lethal = 0.002;
  double injury_rate_lethal = 0.004;
  double kill_rate_non_lethal = 0.00002;
  double kill_rate_lethal = 0.0012;
  double detention_hours = 120;
  double injury_hours = 72;

  // --- Events --------------------------------------------------------------------------
  double protest_min_people = 300;   ///< a place "protests" when at least this many are out
  double protest_min_share = 0.002;  ///< and at least this share of its population
  double storm_ratio = 5;            ///< protesters per officer present to storm the akimat
  double storm_min_people = 2000;
};

const ParamTable<Params>& param_table();

std::optional<ParamProblem> validate(const Params& params, const std::set<std::string>& given);

/// The segment arrays of the params, indexed by Segment.
double base_grievance(const Params& p, std::size_t segment) noexcept;
double exposure(const Params& p, std::size_t segment) noexcept;
double street_share(const Params& p, std::size_t segment) noexcept;

}  // namespace unrest::uprising
