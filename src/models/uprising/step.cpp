// One hour of the uprising model, as a list of named phases:
//
// 1. Conditions: shutdowns and emergencies that end now end; prices are felt;
//    the guard's mobile reserve moves towards the protest.
// 2. Place terms (place_terms.cpp): what every agent of a place shares.
// 3. Decisions: each free agent protests when G (1 + pull) - r risk > T.
//    Blocks run in parallel; each writes only its own agents and counts.
// 4. Strikes: enterprises strike when enough of their workers are aggrieved.
// 5. Contact (contact.cpp): where protesters meet the security forces, people
//    are detained, injured and killed.
// 6. Response (respond.cpp): local units may refuse orders; legitimacy
//    answers the repression seen; events; the shares the next hour sees.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "phases.hpp"
#include "unrest/models/uprising/rules.hpp"

namespace unrest::uprising {

TickCounts step(World& w, const RandomStream& rng, std::int64_t tick, const Calendar& calendar,
                EventLog& events) {
  const int hour = calendar.has_dates() ? calendar.time_of(tick).hour : static_cast<int>(tick % 24);

  update_conditions(w, tick);
  redeploy_reserve(w);
  const std::vector<double> intensity = protest_intensity(w);
  update_news(w, intensity);
  const std::vector<PlaceTerms> terms = compute_place_terms(w, intensity, tick, hour);
  Mobilisation mobilisation = tally_blocks(w, decide(w, terms, tick));
  const TickCounts counts = strike(w, tick, events);
  const std::vector<Contact> contacts = contact(w, rng, tick, mobilisation);
  respond(w, rng, tick, contacts, mobilisation, events);
  return counts;
}

void update_conditions(World& w, std::int64_t tick) {
  const Params& p = w.params;
  const double follow = hourly_catch_up(p.price_lag_hours);
  const double adapt = p.price_adaptation_on ? hourly_catch_up(24 * p.price_adaptation_days) : 0.0;
  const std::size_t products = w.country.products.size();
  for (auto& s : w.places) {
    for (std::size_t k = 0; k < products; ++k) {
      s.felt_price[k] += (s.price[k] - s.felt_price[k]) * follow;
      s.expected_price[k] += (s.felt_price[k] - s.expected_price[k]) * adapt;
    }
    if (s.internet_until <= tick) {
      s.internet = 1;
      s.internet_until = kForever;
    }
    if (s.emergency_until <= tick) {
      s.emergency = false;
      s.emergency_until = kForever;
    }
  }
}

void redeploy_reserve(World& w) {
  // When all is calm the reserve sits at home; when the nation's protesters
  // reach redeploy_half_people, half of it follows them, place by place.
  const Params& p = w.params;
  if (!p.redeploy_on || w.guard_mobile_total <= 0) return;
  double national = 0;
  for (const auto& s : w.places) national += s.protesters;
  const double move = hourly_catch_up(p.redeploy_hours);
  for (auto& s : w.places) {
    const double target = mobile_reserve_target(w.guard_mobile_total, s.guard_home_share,
                                                p.redeploy_half_people, s.protesters, national);
    s.guard_mobile += (target - s.guard_mobile) * move;
  }
}

namespace {

/// Whether an agent of the block with the most hardship, the least
/// legitimacy and the least risk aversion of its marchers would protest: if
/// not, none of them will (each term is monotone in each byte, in floating
/// point too, as long as the hour's terms are not negative).
bool anyone_could_march(const World& w, const Block& b, const PlaceTerms& t, double hardship,
                        double pull) {
  if (hardship < 0 || pull < -1 || t.risk_harm < 0) return true;
  const auto& tables = w.tables;
  const double legitimacy =
      std::clamp(t.legitimacy + tables.legitimacy[b.legitimacy_min], 0.0, 1.0);
  const double g = grievance(tables.hardship[b.hardship_max] * hardship, legitimacy);
  return decides_to_protest(g, pull, tables.uniform[b.risk_min], t.risk_harm,
                            t.threshold[static_cast<std::size_t>(b.segment)]);
}

BlockCounts decide_block(World& w, std::size_t bi, const PlaceTerms& t, double hardship,
                         double district_pull, double strike_pull, std::int64_t tick) {
  const Block& b = w.pop.blocks[bi];
  const auto& uniform = w.tables.uniform;
  const auto& skewed = w.tables.hardship;
  const auto& offset = w.tables.legitimacy;
  const double pull = t.pull + district_pull + strike_pull;
  const double threshold = w.params.threshold;
  const double protest_bar = t.threshold[static_cast<std::size_t>(b.segment)];
  BlockCounts out;
  const bool enterprise = b.enterprise != kNoEnterprise;
  std::uint32_t& settled = w.pop.settled_free[bi];
  // Nobody was out or held, and nobody can go out: the hour changes nothing
  // here (an enterprise's workers still need their grievance counted).
  if (!enterprise && settled != Population::kNotSettled &&
      !anyone_could_march(w, b, t, hardship, pull)) {
    out.free = settled;
    return out;
  }
  // The marchers decide; the block's other agents stay quiet and free.
  Marchers& m = w.pop.marchers;
  std::uint32_t injured = 0;
  for (auto r = b.march_begin; r < b.march_end; ++r) {
    const auto state = static_cast<State>(m.state[r]);
    if (state == State::Killed) continue;
    if (state == State::Detained || state == State::Injured) {
      if (m.until[r] > tick) {
        out.detained += state == State::Detained;
        injured += state == State::Injured;
        continue;
      }
      out.released += state == State::Detained;
    }
    const double legitimacy = std::clamp(t.legitimacy + offset[m.legitimacy[r]], 0.0, 1.0);
    const double g = grievance(skewed[m.hardship[r]] * hardship, legitimacy);
    const bool protest = decides_to_protest(g, pull, uniform[m.risk[r]], t.risk_harm, protest_bar);
    m.state[r] = static_cast<std::uint8_t>(protest ? State::Protesting : State::Quiet);
    out.protesting += protest;
    out.aggrieved += g > threshold;
    ++out.free;
  }
  out.free += (b.end - b.begin) - (b.march_end - b.march_begin);
  settled =
      out.protesting == 0 && out.detained == 0 && injured == 0 ? out.free : Population::kNotSettled;
  if (!enterprise) {
    out.aggrieved = 0;  // read only for an enterprise's workers
    return out;
  }
  // A strike counts every worker's grievance, marching or not.
  const IdleWorkers& idle = w.pop.idle_workers;
  for (auto i = b.idle_begin; i < b.idle_end; ++i) {
    const double legitimacy = std::clamp(t.legitimacy + offset[idle.legitimacy[i]], 0.0, 1.0);
    out.aggrieved += grievance(skewed[idle.hardship[i]] * hardship, legitimacy) > threshold;
  }
  return out;
}

bool striking(const World& w, const Block& b) {
  return b.enterprise != kNoEnterprise &&
         w.enterprises[static_cast<std::size_t>(b.enterprise)].striking;
}

/// A block's hardship: its segment's in its place, and for an enterprise's
/// workers what a dispute open before the crisis adds (once per block: its
/// agents share the enterprise).
double block_hardship(const World& w, const Block& b, const PlaceTerms& t) {
  const auto segment = static_cast<std::size_t>(b.segment);
  const bool open_dispute =
      b.enterprise != kNoEnterprise &&
      w.country.enterprises[static_cast<std::size_t>(b.enterprise)].open_dispute;
  return worker_hardship(t.hardship[segment], open_dispute, w.params.dispute_hardship,
                         base_grievance(w.params, segment));
}

}  // namespace

std::vector<BlockCounts> decide(World& w, const std::vector<PlaceTerms>& terms, std::int64_t tick) {
  const Params& p = w.params;
  const Population& pop = w.pop;
  std::vector<BlockCounts> counts(pop.blocks.size());
#pragma omp parallel for schedule(dynamic, 64) if (pop.size() > 200'000)
  for (std::int64_t bi = 0; bi < static_cast<std::int64_t>(pop.blocks.size()); ++bi) {
    const Block& b = pop.blocks[static_cast<std::size_t>(bi)];
    const double district_pull =
        p.social_on ? p.w_district * saturate(w.district_share[b.district], p.share_half) : 0.0;
    const PlaceTerms& t = terms[b.place];
    counts[static_cast<std::size_t>(bi)] =
        decide_block(w, static_cast<std::size_t>(bi), t, block_hardship(w, b, t), district_pull,
                     striking(w, b) ? p.striker_pull : 0.0, tick);
  }
  return counts;
}

Mobilisation tally_blocks(World& w, const std::vector<BlockCounts>& counts) {
  const Population& pop = w.pop;
  const std::size_t n_places = w.country.places.size();
  Mobilisation m{std::vector<std::uint64_t>(n_places, 0), std::vector<std::uint64_t>(n_places, 0),
                 std::vector<std::uint64_t>(n_places, 0), std::vector<std::uint64_t>(n_places, 0),
                 std::vector<std::uint64_t>(pop.districts.size(), 0)};
  for (auto& e : w.enterprises) e.aggrieved = e.free_workers = 0;
  for (std::size_t bi = 0; bi < pop.blocks.size(); ++bi) {
    const Block& b = pop.blocks[bi];
    const BlockCounts& k = counts[bi];
    const bool on_strike = striking(w, b);
    m.protesting[b.place] += k.protesting;
    m.detained[b.place] += k.detained;
    // A striking enterprise's free workers are all out.
    const std::uint32_t mobilised = on_strike ? k.free : k.protesting;
    m.mobilised[b.place] += mobilised;
    m.district_mobilised[b.district] += mobilised;
    if (on_strike) m.strikers[b.place] += k.free;
    if (b.enterprise != kNoEnterprise) {
      auto& e = w.enterprises[static_cast<std::size_t>(b.enterprise)];
      e.aggrieved += k.aggrieved;
      e.free_workers += k.free;
    }
  }
  return m;
}

TickCounts strike(World& w, std::int64_t tick, EventLog& events) {
  const Params& p = w.params;
  const Country& c = w.country;
  TickCounts out;
  if (!p.strikes_on) return out;
  // News of strikes elsewhere in an enterprise's industry lowers its bar.
  std::vector<double> industry_workforce(c.industries.size(), 0.0);
  std::vector<double> industry_striking(c.industries.size(), 0.0);
  for (std::size_t e = 0; e < c.enterprises.size(); ++e) {
    const std::size_t i = c.enterprises[e].industry;
    industry_workforce[i] += c.enterprises[e].workforce;
    if (w.enterprises[e].striking) industry_striking[i] += c.enterprises[e].workforce;
  }
  for (std::size_t e = 0; e < c.enterprises.size(); ++e) {
    const Enterprise& ent = c.enterprises[e];
    EnterpriseState& s = w.enterprises[e];
    if (s.free_workers <= 0) continue;
    const std::size_t i = ent.industry;
    double other_workforce = 0, other_striking = 0;
    for (std::size_t j = 0; j < industry_workforce.size(); ++j) {
      if (j == i) continue;
      other_workforce += industry_workforce[j];
      other_striking += industry_striking[j];
    }
    const double elsewhere = strike_news(
        striking_elsewhere(industry_workforce[i], industry_striking[i], ent.workforce, s.striking),
        other_workforce > 0 ? other_striking / other_workforce : 0.0, p.strike_wave_weight);
    const double bar =
        strike_bar(p.strike_share, ent.organised, p.organised_bonus, p.strike_solidarity, elsewhere,
                   union_reach(w.places[ent.place].internet));
    const double share = s.aggrieved / s.free_workers;
    s.hours_above = at_strike_bar(share, bar) ? s.hours_above + 1 : 0;
    if (strike_begins(s.striking, s.hours_above, p.strike_delay_hours)) {
      s.striking = true;
      if (out.strikes_started++ == 0) out.first_strike_place = ent.place;
      events.add(tick, "strike_start", c.places[ent.place].name,
                 fmt::format("{}: {:.0f}% of the workforce aggrieved", ent.name, 100 * share));
    } else if (strike_ends(s.striking, share, p.strike_end_share)) {
      s.striking = false;
      events.add(tick, "strike_end", c.places[ent.place].name, ent.name);
    }
  }
  return out;
}

}  // namespace unrest::uprising
