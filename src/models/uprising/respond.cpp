// Phase 6 of the hour: what the contact leaves in each place, the events it
// makes, refusals of orders, legitimacy, and the shares the next hour sees.

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "phases.hpp"
#include "unrest/core/distributions.hpp"
#include "unrest/models/uprising/rules.hpp"

namespace unrest::uprising {

namespace {

/// What the hour leaves in a place: force, people out, casualties, local backlash.
void settle_place(World& w, std::size_t place, const Contact& k, const Mobilisation& m,
                  double fade) {
  const Params& p = w.params;
  PlaceState& s = w.places[place];
  s.level = k.level;
  s.security = k.security;
  const double per_agent = w.pop.place_people_per_agent[place];
  s.protesters = crowd_in_streets(static_cast<double>(m.protesting[place]) * per_agent, p.turnout);
  s.strikers = static_cast<double>(m.strikers[place]) * per_agent;
  s.detained_now = static_cast<double>(m.detained[place]) * per_agent;
  s.killed_total += k.people[0];
  s.recent_killed = s.recent_killed * fade + k.people[0];
  s.injured_total += k.people[1];
  s.detained_total += k.people[2];
  if (p.legitimacy_dynamics_on) {
    s.legitimacy_local -= p.backlash_local * backlash(p.backlash_per_death, k.people[0],
                                                      p.backlash_per_injury, k.people[1]);
  }
}

/// A place's first protest and the storming of its akimat.
void log_protest_events(World& w, std::int64_t tick, std::size_t place, const Contact& k,
                        EventLog& events) {
  const Params& p = w.params;
  PlaceState& s = w.places[place];
  const Place& pl = w.country.places[place];
  // A strike is a protest too (Temirtau's first was its miners' strike).
  if (s.first_protest < 0 &&
      s.protesters + s.strikers >=
          noticed_protest(p.protest_min_people, p.protest_min_share, pl.population)) {
    s.first_protest = tick;
    events.add(tick, "first_protest", pl.name,
               fmt::format("{:.0f} protesting, {:.0f} on strike", s.protesters, s.strikers));
  }
  // A seat of government is taken once (then held, burnt or retaken); the
  // rest of a region is many villages, not one crowd at one building.
  if (storm_target(pl.rural, pl.regional_centre, p.storm_regional_seats_only) && s.stormed_at < 0 &&
      storms_seat_of_government(s.protesters, k.security, p.storm_min_people, p.storm_ratio,
                                w.legitimacy_fall(place), p.storm_legitimacy_fall)) {
    s.stormed_at = tick;
    events.add(tick, "seat_of_government_stormed", pl.name,
               fmt::format("{:.0f} protesters against {:.0f} security", s.protesters, k.security));
  }
}

/// Local police and army may refuse orders, once and for the rest of the run.
void refuse_orders(World& w, const RandomStream& rng, std::int64_t tick, std::size_t place,
                   const Contact& k, EventLog& events) {
  const Params& p = w.params;
  PlaceState& s = w.places[place];
  if (!p.fraternisation_on || s.local_refused || k.security <= 0) return;
  const double local = s.police * (s.emergency ? p.emergency_duty_share : p.duty_share) + s.army;
  const double pressure = refusal_pressure(s.protesters, local);
  const double hazard = refusal_hazard(p.refusal_rate, pressure, p.refusal_pressure,
                                       w.legitimacy_of(place), p.refusal_min_pressure, k.level);
  const double u =
      open_unit(rng.draw(static_cast<std::uint64_t>(tick), place, Purpose::Refusal).words[0]);
  if (u < hazard) {
    s.local_refused = true;
    events.add(tick, "refusal", w.country.places[place].name,
               fmt::format("local police and army refuse orders ({:.0f} protesters per officer)",
                           pressure));
  }
}

/// National legitimacy answers the protest (as demands turn political), the
/// deaths and injuries reported, and the shutdowns.
void update_legitimacy(World& w, double deaths, double injuries, double internet_cut) {
  const Params& p = w.params;
  const Country& c = w.country;
  if (!p.legitimacy_dynamics_on) return;
  double national = 0;
  for (std::size_t place = 0; place < c.places.size(); ++place) {
    national += c.salience[place] * saturate(w.place_share[place], p.share_half);
  }
  w.legitimacy_shift -= p.delegitimation / 24.0 * national;
  const double cut_share = internet_cut / c.population();
  const double reach = 1 - 0.5 * cut_share;  // state media still report
  w.legitimacy_shift -=
      reach * backlash(p.backlash_per_death, deaths, p.backlash_per_injury, injuries);
  w.legitimacy_shift -= p.shutdown_backlash / 24.0 * cut_share;
}

}  // namespace

void respond(World& w, const RandomStream& rng, std::int64_t tick,
             const std::vector<Contact>& contacts, const Mobilisation& m, EventLog& events) {
  const Country& c = w.country;
  const Population& pop = w.pop;
  double deaths = 0, injuries = 0, internet_cut = 0;
  const double fade = hourly_fade(w.params.fear_half_life_hours);
  for (std::size_t place = 0; place < c.places.size(); ++place) {
    const Contact& k = contacts[place];
    if (k.level > w.places[place].level) {
      events.add(tick, "force", c.places[place].name,
                 fmt::format("{} force in use", force_level_words(k.level)));
    }
    settle_place(w, place, k, m, fade);
    deaths += k.people[0];
    injuries += k.people[1];
    internet_cut += (1 - w.places[place].internet) * c.places[place].population;
    log_protest_events(w, tick, place, k, events);
    refuse_orders(w, rng, tick, place, k, events);
    const auto agents = pop.place_agents[place];
    w.place_share[place] = agents > 0 ? static_cast<double>(m.mobilised[place]) / agents : 0.0;
  }
  w.recent_killed = w.recent_killed * fade + deaths;
  for (std::size_t d = 0; d < pop.districts.size(); ++d) {
    const auto agents = pop.districts[d].agents;
    w.district_share[d] = agents > 0 ? static_cast<double>(m.district_mobilised[d]) / agents : 0.0;
  }
  update_legitimacy(w, deaths, injuries, internet_cut);
}

}  // namespace unrest::uprising
