// Phase 5 of the hour: where protesters meet the security forces, the force
// used, and who is killed, injured and detained (Poisson counts in people;
// the agents affected are drawn among the protesters).

#include <algorithm>

#include "phases.hpp"
#include "unrest/core/distributions.hpp"
#include "unrest/models/uprising/rules.hpp"

namespace unrest::uprising {

namespace {

/// Draws who among a place's protesters is killed, injured or detained:
/// exactly the quotas, each protester equally likely (sequential sampling).
void select_casualties(World& w, const RandomStream& rng, std::size_t place,
                       std::uint64_t protesting, std::array<std::uint64_t, 3> quota,
                       std::int64_t tick) {
  auto& pop = w.pop;
  Marchers& m = pop.marchers;
  std::uint64_t left = protesting;
  const std::uint16_t detained_until = static_cast<std::uint16_t>(
      std::min<double>(65535, static_cast<double>(tick) + w.params.detention_hours));
  const std::uint16_t injured_until = static_cast<std::uint16_t>(
      std::min<double>(65535, static_cast<double>(tick) + w.params.injury_hours));
  // Only marchers protest (population.hpp); the draws are keyed by agent.
  for (auto bi = pop.place_blocks[place]; bi < pop.place_blocks[place + 1] && left > 0; ++bi) {
    const Block& b = pop.blocks[bi];
    for (auto r = b.march_begin; r < b.march_end && left > 0; ++r) {
      // Once the quotas are met no later protester is hit: stop drawing.
      if (quota[0] + quota[1] + quota[2] == 0) return;
      if (m.state[r] != static_cast<std::uint8_t>(State::Protesting)) continue;
      const double u = open_unit(
          rng.draw(static_cast<std::uint64_t>(tick), m.agent[r], Purpose::Selection).words[0]);
      const double n = static_cast<double>(left);
      --left;
      if (u < static_cast<double>(quota[0]) / n) {
        m.state[r] = static_cast<std::uint8_t>(State::Killed);
        --quota[0];
      } else if (u < static_cast<double>(quota[0] + quota[1]) / n) {
        m.state[r] = static_cast<std::uint8_t>(State::Injured);
        m.until[r] = injured_until;
        --quota[1];
      } else if (u < static_cast<double>(quota[0] + quota[1] + quota[2]) / n) {
        m.state[r] = static_cast<std::uint8_t>(State::Detained);
        m.until[r] = detained_until;
        --quota[2];
      }
    }
  }
}

/// The people killed, injured and detained in one place (into `k.people`),
/// and the agents that stand for them: the quotas of each.
std::array<std::uint64_t, 3> draw_casualties(const World& w, const RandomStream& rng,
                                             std::int64_t tick, std::size_t place,
                                             double protesters, std::uint64_t agents, Contact& k) {
  const Params& p = w.params;
  const double per_agent = w.pop.place_people_per_agent[place];
  const std::array<double, 3> means = expected_casualties(
      engaged(protesters, k.security, p.contact_per_officer),
      rate_under(k.level, p.kill_rate_non_lethal, p.kill_rate_lethal),
      rate_under(k.level, p.injury_rate_non_lethal, p.injury_rate_lethal), p.detain_rate);
  std::array<std::uint64_t, 3> quota{};
  double left = protesters;
  std::uint64_t agents_left = agents;
  for (std::size_t j = 0; j < 3; ++j) {
    const RandomDraws d = rng.draw(static_cast<std::uint64_t>(tick), place, Purpose::Casualties,
                                   static_cast<std::uint32_t>(j));
    k.people[j] =
        std::min(left, static_cast<double>(poisson_draw(means[j], d.words[0], d.words[1])));
    left -= k.people[j];
    quota[j] =
        std::min<std::uint64_t>(agents_left, stochastic_round(k.people[j] / per_agent, d.words[2]));
    agents_left -= quota[j];
  }
  return quota;
}

}  // namespace

std::vector<Contact> contact(World& w, const RandomStream& rng, std::int64_t tick,
                             Mobilisation& m) {
  const Params& p = w.params;
  const std::size_t n_places = w.country.places.size();
  std::vector<Contact> contacts(n_places);
#pragma omp parallel for schedule(dynamic, 1) if (w.pop.size() > 200'000)
  for (std::int64_t pi = 0; pi < static_cast<std::int64_t>(n_places); ++pi) {
    const auto place = static_cast<std::size_t>(pi);
    const PlaceState& s = w.places[place];
    Contact& k = contacts[place];
    k.security = security_present(p, s);
    const double protesters = crowd_in_streets(
        static_cast<double>(m.protesting[place]) * w.pop.place_people_per_agent[place], p.turnout);
    if (k.security <= 0 || protesters <= 0) continue;
    k.level = force_used(s.allowed, s.without_warning, protesters, k.security, p.escalation_ratio,
                         s.stormed_at >= 0, p.threat_ratio);
    if (!p.casualties_on) continue;
    const std::array<std::uint64_t, 3> quota =
        draw_casualties(w, rng, tick, place, protesters, m.protesting[place], k);
    select_casualties(w, rng, place, m.protesting[place], quota, tick);
    m.protesting[place] -= quota[0] + quota[1] + quota[2];
    m.detained[place] += quota[2];
  }
  return contacts;
}

}  // namespace unrest::uprising
