// One hour of the uprising model.
//
// 1. Conditions: shutdowns and emergencies that end now end; the guard's
//    mobile reserve moves towards the protest.
// 2. Per place: hardship by segment (prices against exposure), legitimacy,
//    the pull of protest in the city and of the news, the risk of protest
//    (Epstein's P = 1 - exp(-k C/A) from the security forces present and the
//    protesters last hour, times the harm of the force in use), the threshold
//    (night, curfew).
// 3. Each free agent decides: protest when h H (1 - L) + pull - r P harm > T.
//    Blocks run in parallel; each writes only its own agents and counts.
// 4. Enterprises strike when enough of their workers are aggrieved.
// 5. Contact: where protesters meet the security forces, people are detained,
//    injured and killed (Poisson counts in people; the agents affected are
//    drawn among the protesters).
// 6. Local units may refuse orders; legitimacy answers the repression seen.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "unrest/core/distributions.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

namespace {

double saturate(double x, double half) {
  return x <= 0 ? 0.0 : x / (x + half);
}

bool in_hours(int hour, int from, int to) {
  return from > to ? (hour >= from || hour < to) : (hour >= from && hour < to);
}

/// What every agent of a place shares in this hour.
struct PlaceTerms {
  std::array<double, kSegments> hardship{};
  double legitimacy = 0;
  double pull = 0;       ///< city pull and news
  double risk_harm = 0;  ///< P times the harm of the force in use
  double threshold = 0;
};

double security_present(const World& w, const PlaceState& s) {
  if (!w.params.security_on) return 0;
  const Params& p = w.params;
  const double duty = s.emergency ? p.emergency_duty_share : p.duty_share;
  const double police = s.local_refused ? 0.0 : s.police * duty;
  const double national = (s.local_refused ? 0.0 : s.army) + s.guard + s.guard_mobile + s.special;
  if (!p.site_guard_on) return police + national + s.foreign;
  // Foreign troops take over the sites (up to what they can hold), freeing
  // national units for the streets; they do not face crowds themselves.
  const double sites = p.site_guard_share * national;
  return police + national - sites + std::min(sites, p.foreign_relief * s.foreign);
}

double harm_of(const Params& p, ForceLevel level) {
  switch (level) {
    case ForceLevel::None:
      return 1.0;
    case ForceLevel::NonLethal:
      return p.harm_non_lethal;
    case ForceLevel::Lethal:
      return p.harm_lethal;
  }
  return 1.0;
}

std::vector<PlaceTerms> place_terms(World& w, int hour) {
  const Params& p = w.params;
  const Country& c = w.country;
  const std::size_t n = c.places.size();
  std::vector<double> intensity(n);
  for (std::size_t b = 0; b < n; ++b) intensity[b] = saturate(w.place_share[b], p.share_half);
  double national = 0;
  for (std::size_t b = 0; b < n; ++b) national += c.salience[b] * intensity[b];

  std::vector<PlaceTerms> out(n);
  for (std::size_t a = 0; a < n; ++a) {
    PlaceState& s = w.places[a];
    PlaceTerms& t = out[a];
    const Region& region = c.regions[c.places[a].region];
    const double rise = (s.felt_price - s.expected_price) / s.expected_price;
    for (std::size_t seg = 0; seg < kSegments; ++seg) {
      t.hardship[seg] = std::max(0.0, base_grievance(p, seg) + p.price_weight * exposure(p, seg) *
                                                                   region.lpg_car_share * rise);
    }
    t.legitimacy = w.legitimacy_of(a);
    if (p.social_on) {
      t.pull += p.w_city * intensity[a];
      if (s.internet < 1) t.pull += p.shutdown_local_boost * (1 - s.internet) * intensity[a];
    }
    if (p.news_on) {
      double regional = 0;
      for (std::size_t b = 0; b < n; ++b) regional += c.ties[a * n + b] * intensity[b];
      const double heard = p.w_regional_news * regional + p.w_national_news * s.internet * national;
      const double sink = p.news_lag_hours > 0 ? 1 - std::exp(-1.0 / p.news_lag_hours) : 1.0;
      s.news += (heard - s.news) * sink;
      t.pull += s.news;
    }
    const double security = security_present(w, s);
    const double actives = std::max(s.protesters, p.self_people);
    const double risk = 1 - std::exp(-p.arrest_constant * security / actives);
    // Fear of killings, local and reported, does not thin out in a crowd.
    const double fear =
        p.deterrence * saturate(s.recent_killed, p.fear_half_deaths) +
        p.deterrence_national * (0.5 + 0.5 * s.internet) *
            saturate(w.recent_killed, p.fear_half_deaths) +
        (s.without_warning && s.allowed == ForceLevel::Lethal ? p.shoot_order_fear : 0.0);
    t.risk_harm = (risk * harm_of(p, s.level) + fear) * (s.emergency ? p.emergency_harm : 1.0);
    t.threshold = p.threshold;
    if (p.night_cycle_on && hour < 7) t.threshold += p.night_penalty;
    if (s.emergency && in_hours(hour, s.curfew_from, s.curfew_to)) t.threshold += p.curfew_penalty;
  }
  return out;
}

/// Counts of one block after its agents decided.
struct BlockCounts {
  std::uint32_t protesting = 0;
  std::uint32_t free = 0;  ///< neither detained, injured nor killed
  std::uint32_t aggrieved = 0;
  std::uint32_t detained = 0;
  std::uint32_t released = 0;
};

BlockCounts decide_block(World& w, const Block& b, const PlaceTerms& t, double district_pull,
                         double strike_pull, std::int64_t tick) {
  auto& pop = w.pop;
  const auto& uniform = w.tables.uniform;
  const auto& skewed = w.tables.hardship;
  const auto& offset = w.tables.legitimacy;
  const double hardship = t.hardship[static_cast<std::size_t>(b.segment)];
  const double pull = t.pull + district_pull + strike_pull;
  const double threshold = w.params.threshold;
  // An agent marches at all if its availability byte is below this.
  const double street = street_share(w.params, static_cast<std::size_t>(b.segment)) * 256.0 *
                        (w.country.places[b.place].rural ? w.params.rural_street_factor : 1.0);
  BlockCounts out;
  for (std::uint32_t i = b.begin; i < b.end; ++i) {
    const auto state = static_cast<State>(pop.state[i]);
    if (state == State::Killed) continue;
    if (state == State::Detained || state == State::Injured) {
      if (pop.until[i] > tick) {
        out.detained += state == State::Detained;
        continue;
      }
      out.released += state == State::Detained;
    }
    const double legitimacy = std::clamp(t.legitimacy + offset[pop.legitimacy[i]], 0.0, 1.0);
    const double grievance = skewed[pop.hardship[i]] * hardship * (1 - legitimacy);
    const bool protest = pop.street[i] < street &&
                         grievance * (1 + pull) - uniform[pop.risk[i]] * t.risk_harm > t.threshold;
    pop.state[i] = static_cast<std::uint8_t>(protest ? State::Protesting : State::Quiet);
    out.protesting += protest;
    out.aggrieved += grievance > threshold;
    ++out.free;
  }
  return out;
}

/// Draws who among a place's protesters is killed, injured or detained:
/// exactly the quotas, each protester equally likely (sequential sampling).
void select_casualties(World& w, const RandomStream& rng, std::size_t place,
                       std::uint64_t protesting, std::array<std::uint64_t, 3> quota,
                       std::int64_t tick) {
  auto& pop = w.pop;
  std::uint64_t left = protesting;
  const std::uint16_t detained_until = static_cast<std::uint16_t>(
      std::min<double>(65535, static_cast<double>(tick) + w.params.detention_hours));
  const std::uint16_t injured_until = static_cast<std::uint16_t>(
      std::min<double>(65535, static_cast<double>(tick) + w.params.injury_hours));
  for (auto bi = pop.place_blocks[place]; bi < pop.place_blocks[place + 1] && left > 0; ++bi) {
    const Block& b = pop.blocks[bi];
    for (auto i = b.begin; i < b.end && left > 0; ++i) {
      if (pop.state[i] != static_cast<std::uint8_t>(State::Protesting)) continue;
      const double u =
          open_unit(rng.draw(static_cast<std::uint64_t>(tick), i, Purpose::Selection).words[0]);
      const double n = static_cast<double>(left);
      --left;
      if (u < static_cast<double>(quota[0]) / n) {
        pop.state[i] = static_cast<std::uint8_t>(State::Killed);
        --quota[0];
      } else if (u < static_cast<double>(quota[0] + quota[1]) / n) {
        pop.state[i] = static_cast<std::uint8_t>(State::Injured);
        pop.until[i] = injured_until;
        --quota[1];
      } else if (u < static_cast<double>(quota[0] + quota[1] + quota[2]) / n) {
        pop.state[i] = static_cast<std::uint8_t>(State::Detained);
        pop.until[i] = detained_until;
        --quota[2];
      }
    }
  }
}

}  // namespace

TickCounts step(World& w, const RandomStream& rng, std::int64_t tick, const Calendar& calendar,
                EventLog& events) {
  const Params& p = w.params;
  const Country& c = w.country;
  Population& pop = w.pop;
  const std::size_t n_places = c.places.size();
  const int hour = calendar.has_dates() ? calendar.time_of(tick).hour : static_cast<int>(tick % 24);
  const auto day =
      calendar.has_dates() ? calendar.time_of(tick).date.days_since_epoch() : tick / 24;

  // 1. Conditions that end now; prices felt as people refuel.
  const double follow = p.price_lag_hours > 0 ? 1 - std::exp(-1.0 / p.price_lag_hours) : 1.0;
  const double adapt =
      p.price_adaptation_on ? 1 - std::exp(-1.0 / (24 * p.price_adaptation_days)) : 0.0;
  for (auto& s : w.places) {
    s.felt_price += (s.lpg_price - s.felt_price) * follow;
    s.expected_price += (s.felt_price - s.expected_price) * adapt;
    if (s.internet_until <= tick) {
      s.internet = 1;
      s.internet_until = kForever;
    }
    if (s.emergency_until <= tick) {
      s.emergency = false;
      s.emergency_until = kForever;
    }
  }

  // The guard's mobile reserve moves towards where people protest: when all
  // is calm it sits at home; when the nation's protesters reach
  // redeploy_half_people, half of it follows them, place by place.
  if (p.redeploy_on && w.guard_mobile_total > 0) {
    double national = 0;
    for (const auto& s : w.places) national += s.protesters;
    const double move = 1 - std::exp(-1.0 / p.redeploy_hours);
    const double half = p.redeploy_half_people;
    for (auto& s : w.places) {
      const double target =
          w.guard_mobile_total * (s.guard_home_share * half + s.protesters) / (half + national);
      s.guard_mobile += (target - s.guard_mobile) * move;
    }
  }

  // 2. What each place's agents share.
  const std::vector<PlaceTerms> terms = place_terms(w, hour);

  // 3. Decisions, block by block.
  std::vector<BlockCounts> counts(pop.blocks.size());
#pragma omp parallel for schedule(dynamic, 64) if (pop.size() > 200'000)
  for (std::int64_t bi = 0; bi < static_cast<std::int64_t>(pop.blocks.size()); ++bi) {
    const Block& b = pop.blocks[static_cast<std::size_t>(bi)];
    const double district_pull =
        p.social_on ? p.w_district * saturate(w.district_share[b.district], p.share_half) : 0.0;
    const bool striking = b.enterprise != kNoEnterprise &&
                          w.enterprises[static_cast<std::size_t>(b.enterprise)].striking;
    counts[static_cast<std::size_t>(bi)] =
        decide_block(w, b, terms[b.place], district_pull, striking ? p.striker_pull : 0.0, tick);
  }

  // Sums in block order: the same for any thread count.
  TickCounts out;
  std::vector<std::uint64_t> place_protesting(n_places, 0), place_mobilised(n_places, 0),
      place_strikers(n_places, 0), place_detained(n_places, 0);
  std::vector<std::uint64_t> district_mobilised(pop.districts.size(), 0);
  for (auto& e : w.enterprises) e.aggrieved = e.free_workers = 0;
  for (std::size_t bi = 0; bi < pop.blocks.size(); ++bi) {
    const Block& b = pop.blocks[bi];
    const BlockCounts& k = counts[bi];
    const bool striking = b.enterprise != kNoEnterprise &&
                          w.enterprises[static_cast<std::size_t>(b.enterprise)].striking;
    place_protesting[b.place] += k.protesting;
    place_detained[b.place] += k.detained;
    const std::uint32_t mobilised = striking ? k.free : k.protesting;
    place_mobilised[b.place] += mobilised;
    district_mobilised[b.district] += mobilised;
    if (striking) place_strikers[b.place] += k.free;
    out.released += k.released * pop.place_people_per_agent[b.place];
    if (b.enterprise != kNoEnterprise) {
      auto& e = w.enterprises[static_cast<std::size_t>(b.enterprise)];
      e.aggrieved += k.aggrieved;
      e.free_workers += k.free;
    }
  }

  // 4. Strikes: an enterprise strikes once enough of its workers are
  // aggrieved; news of strikes elsewhere in its industry lowers the bar.
  if (p.strikes_on) {
    std::array<double, 4> industry_workforce{}, industry_striking{};
    for (std::size_t e = 0; e < c.enterprises.size(); ++e) {
      const auto i = static_cast<std::size_t>(c.enterprises[e].industry);
      industry_workforce[i] += c.enterprises[e].workforce;
      if (w.enterprises[e].striking) industry_striking[i] += c.enterprises[e].workforce;
    }
    for (std::size_t e = 0; e < c.enterprises.size(); ++e) {
      const Enterprise& ent = c.enterprises[e];
      EnterpriseState& s = w.enterprises[e];
      if (s.free_workers <= 0) continue;
      const auto i = static_cast<std::size_t>(ent.industry);
      const double others = industry_workforce[i] - ent.workforce;
      const double elsewhere =
          others > 0 ? (industry_striking[i] - (s.striking ? ent.workforce : 0)) / others : 0.0;
      const double reach = 0.5 + 0.5 * w.places[ent.place].internet;  // unions phone too
      const double bar = p.strike_share - (ent.organised ? p.organised_bonus : 0.0) -
                         p.strike_solidarity * elsewhere * reach;
      const double share = s.aggrieved / s.free_workers;
      s.hours_above = share >= bar ? s.hours_above + 1 : 0;
      if (!s.striking && s.hours_above > p.strike_delay_hours) {
        s.striking = true;
        events.add(tick, "strike_start", c.places[ent.place].name,
                   fmt::format("{}: {:.0f}% of the workforce aggrieved", ent.name, 100 * share));
      } else if (s.striking && share < p.strike_end_share) {
        s.striking = false;
        events.add(tick, "strike_end", c.places[ent.place].name, ent.name);
      }
    }
  }

  // 5. Contact with the security forces, place by place.
  struct Contact {
    std::array<double, 3> people{};  // killed, injured, detained
    ForceLevel level = ForceLevel::None;
    double security = 0;
  };
  std::vector<Contact> contact(n_places);
#pragma omp parallel for schedule(dynamic, 1) if (pop.size() > 200'000)
  for (std::int64_t pi = 0; pi < static_cast<std::int64_t>(n_places); ++pi) {
    const auto place = static_cast<std::size_t>(pi);
    const PlaceState& s = w.places[place];
    Contact& k = contact[place];
    k.security = security_present(w, s);
    const double protesters =
        static_cast<double>(place_protesting[place]) * pop.place_people_per_agent[place];
    if (k.security <= 0 || protesters <= 0) continue;
    const double ratio = protesters / k.security;
    if (s.allowed == ForceLevel::Lethal && (s.without_warning || ratio > p.escalation_ratio)) {
      k.level = ForceLevel::Lethal;
    } else if (s.allowed != ForceLevel::None && ratio > p.escalation_ratio) {
      k.level = ForceLevel::NonLethal;
    }
    if (!p.casualties_on) continue;
    const double engaged = std::min(protesters, k.security * p.contact_per_officer);
    const double kill = k.level == ForceLevel::Lethal      ? p.kill_rate_lethal
                        : k.level == ForceLevel::NonLethal ? p.kill_rate_non_lethal
                                                           : 0.0;
    const double injure = k.level == ForceLevel::Lethal      ? p.injury_rate_lethal
                          : k.level == ForceLevel::NonLethal ? p.injury_rate_non_lethal
                                                             : 0.0;
    const std::array<double, 3> means = {kill * engaged, injure * engaged, p.detain_rate * engaged};
    std::array<std::uint64_t, 3> quota{};
    double left = protesters;
    std::uint64_t agents_left = place_protesting[place];
    for (std::size_t j = 0; j < 3; ++j) {
      const RandomDraws d = rng.draw(static_cast<std::uint64_t>(tick), place, Purpose::Casualties,
                                     static_cast<std::uint32_t>(j));
      k.people[j] =
          std::min(left, static_cast<double>(poisson_draw(means[j], d.words[0], d.words[1])));
      left -= k.people[j];
      quota[j] = std::min<std::uint64_t>(
          agents_left,
          stochastic_round(k.people[j] / pop.place_people_per_agent[place], d.words[2]));
      agents_left -= quota[j];
    }
    select_casualties(w, rng, place, place_protesting[place], quota, tick);
    place_protesting[place] -= quota[0] + quota[1] + quota[2];
    place_detained[place] += quota[2];
  }

  // 6. Refusals, legitimacy, events and what the next hour sees.
  double deaths = 0, injuries = 0, internet_cut = 0;
  const double fade = std::exp(-std::log(2.0) / p.fear_half_life_hours);
  for (std::size_t place = 0; place < n_places; ++place) {
    PlaceState& s = w.places[place];
    const Contact& k = contact[place];
    const Place& pl = c.places[place];
    if (k.level > s.level) {
      events.add(tick, "force", pl.name,
                 fmt::format("{} force in use", force_level_words(k.level)));
    }
    s.level = k.level;
    s.security = k.security;
    const double per_agent = pop.place_people_per_agent[place];
    s.protesters = static_cast<double>(place_protesting[place]) * per_agent;
    s.strikers = static_cast<double>(place_strikers[place]) * per_agent;
    s.detained_now = static_cast<double>(place_detained[place]) * per_agent;
    s.killed_total += k.people[0];
    s.recent_killed = s.recent_killed * fade + k.people[0];
    s.injured_total += k.people[1];
    s.detained_total += k.people[2];
    deaths += k.people[0];
    injuries += k.people[1];
    out.killed += k.people[0];
    out.injured += k.people[1];
    out.detained += k.people[2];
    out.protesters += s.protesters;
    out.strikers += s.strikers;
    internet_cut += (1 - s.internet) * pl.population;
    if (p.legitimacy_dynamics_on) {
      s.legitimacy_local -= p.backlash_local * (p.backlash_per_death * k.people[0] +
                                                p.backlash_per_injury * k.people[1]);
    }
    // A strike is a protest too (Temirtau's first was its miners' strike).
    const double noticed = std::max(p.protest_min_people, p.protest_min_share * pl.population);
    if (s.first_protest < 0 && s.protesters + s.strikers >= noticed) {
      s.first_protest = tick;
      events.add(tick, "first_protest", pl.name,
                 fmt::format("{:.0f} protesting, {:.0f} on strike", s.protesters, s.strikers));
    }
    if (s.protesters >= p.storm_min_people && s.protesters > p.storm_ratio * k.security &&
        s.last_storm_day != day) {
      s.last_storm_day = day;
      events.add(
          tick, "akimat_stormed", pl.name,
          fmt::format("{:.0f} protesters against {:.0f} security", s.protesters, k.security));
    }
    if (p.fraternisation_on && !s.local_refused && k.security > 0) {
      const double local =
          s.police * (s.emergency ? p.emergency_duty_share : p.duty_share) + s.army;
      const double pressure = s.protesters / std::max(local, 1.0);
      const double hazard = p.refusal_rate * pressure / (pressure + p.refusal_pressure) *
                            (1 - w.legitimacy_of(place));
      const double u =
          open_unit(rng.draw(static_cast<std::uint64_t>(tick), place, Purpose::Refusal).words[0]);
      if (u < hazard) {
        s.local_refused = true;
        events.add(
            tick, "refusal", pl.name,
            fmt::format("local police and army refuse orders ({:.0f} protesters per officer)",
                        pressure));
      }
    }
    const auto agents = pop.place_agents[place];
    w.place_share[place] = agents > 0 ? static_cast<double>(place_mobilised[place]) / agents : 0.0;
  }
  w.recent_killed = w.recent_killed * fade + deaths;
  for (std::size_t d = 0; d < pop.districts.size(); ++d) {
    const auto agents = pop.districts[d].agents;
    w.district_share[d] = agents > 0 ? static_cast<double>(district_mobilised[d]) / agents : 0.0;
  }
  if (p.legitimacy_dynamics_on) {
    double national = 0;
    for (std::size_t place = 0; place < n_places; ++place) {
      national += c.salience[place] * saturate(w.place_share[place], p.share_half);
    }
    w.legitimacy_shift -= p.delegitimation / 24.0 * national;
    const double cut_share = internet_cut / c.population();
    const double reach = 1 - 0.5 * cut_share;  // state media still report
    w.legitimacy_shift -=
        reach * (p.backlash_per_death * deaths + p.backlash_per_injury * injuries);
    w.legitimacy_shift -= p.shutdown_backlash / 24.0 * cut_share;
  }
  return out;
}

}  // namespace unrest::uprising
