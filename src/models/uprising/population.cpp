#include "unrest/models/uprising/population.hpp"

#include <algorithm>
#include <cmath>

#include "unrest/core/distributions.hpp"

namespace unrest::uprising {

namespace {

bool is_metropolis(Profile p) {
  return p == Profile::Metropolis || p == Profile::Capital;
}

/// Agents for `people` when `before` people precede them in the same place:
/// cumulative rounding, so a place's agents add up to round(people x scale).
std::uint32_t agents_for(double before, double people, double scale) {
  return static_cast<std::uint32_t>(std::llround((before + people) * scale) -
                                    std::llround(before * scale));
}

}  // namespace

AttributeTables::AttributeTables(const Params& p) {
  for (int k = 0; k < 256; ++k) {
    const double q = (k + 0.5) / 256.0;
    uniform[static_cast<std::size_t>(k)] = q;
    hardship[static_cast<std::size_t>(k)] = std::pow(q, p.hardship_skew);
    legitimacy[static_cast<std::size_t>(k)] = p.legitimacy_sd * normal_quantile(q);
  }
}

PlaceComposition compose_place(const Country& c, std::size_t place, const Params& p) {
  const Place& pl = c.places[place];
  PlaceComposition out;
  const double n = pl.population;
  const bool metro = is_metropolis(pl.profile);
  auto& s = out.people;
  const double youth = pl.youth_share >= 0 ? pl.youth_share
                       : metro             ? p.youth_share_metropolis
                                           : p.youth_share;
  const double migrants = pl.migrant_share >= 0 ? pl.migrant_share
                          : metro               ? p.migrant_share_metropolis
                                                : p.migrant_share;
  s[static_cast<std::size_t>(Segment::Youth)] = n * youth;
  s[static_cast<std::size_t>(Segment::Migrants)] = n * migrants;
  s[static_cast<std::size_t>(Segment::Others)] = n * p.others_share;
  const double labour = n - s[3] - s[4] - s[5];
  // Enterprise workforces live where the enterprise is; a workforce larger
  // than the place's labour force (commuters, rotation camps) is scaled down.
  double workers = 0;
  for (std::size_t e = 0; e < c.enterprises.size(); ++e) {
    if (c.enterprises[e].place == place) workers += c.enterprises[e].workforce;
  }
  const double fit = workers > 0 ? std::min(1.0, 0.9 * labour / workers) : 1.0;
  for (std::size_t e = 0; e < c.enterprises.size(); ++e) {
    const Enterprise& ent = c.enterprises[e];
    if (ent.place != place) continue;
    const double people = ent.workforce * fit;
    out.workforce.emplace_back(static_cast<std::int32_t>(e), people);
    const Segment segment = c.segment_of(ent);
    if (segment != Segment::OtherWorkers) s[static_cast<std::size_t>(segment)] += people;
  }
  // Other workers are the rest of the labour force, the workers of their own
  // industries' enterprises included.
  s[static_cast<std::size_t>(Segment::OtherWorkers)] = labour - s[0] - s[1];
  return out;
}

namespace {

/// Agents of one segment, or of one enterprise's workers, in a place.
struct Run {
  Segment segment;
  std::int32_t enterprise;
  std::uint32_t agents;
};

/// A place's runs: segment by segment, workers by enterprise.
std::vector<Run> runs_of(const Country& c, const PlaceComposition& comp, double place_scale) {
  std::vector<Run> runs;
  double before = 0;
  for (std::size_t s = 0; s < kSegments; ++s) {
    const auto segment = static_cast<Segment>(s);
    double in_enterprises = 0;
    for (const auto& [e, people] : comp.workforce) {
      if (c.segment_of(c.enterprises[static_cast<std::size_t>(e)]) != segment) continue;
      runs.push_back({segment, e, agents_for(before, people, place_scale)});
      before += people;
      in_enterprises += people;
    }
    // Oil, gas, mining and metal workers are their enterprises' workers; the
    // other workers are also those of no enterprise.
    if (segment == Segment::OilGas || segment == Segment::MiningMetal) continue;
    const double rest = comp.people[s] - in_enterprises;
    runs.push_back({segment, kNoEnterprise, agents_for(before, rest, place_scale)});
    before += rest;
  }
  return runs;
}

/// Adds a place's districts of equal agent counts, and its runs cut into
/// blocks at the districts' boundaries.
void add_place(Population& pop, std::size_t place, const std::vector<Run>& runs,
               std::uint32_t districts) {
  std::uint32_t total = 0;
  for (const Run& r : runs) total += r.agents;
  const std::uint32_t first_district = static_cast<std::uint32_t>(pop.districts.size());
  for (std::uint32_t d = 0; d < districts; ++d) {
    const std::uint64_t lo = static_cast<std::uint64_t>(total) * d / districts;
    const std::uint64_t hi = static_cast<std::uint64_t>(total) * (d + 1) / districts;
    pop.districts.push_back(
        {static_cast<std::uint32_t>(place), static_cast<std::uint32_t>(hi - lo)});
  }
  const std::uint32_t start = pop.agents;
  const auto boundary = [&](std::uint32_t d) {  // first agent of district d
    return static_cast<std::uint32_t>(static_cast<std::uint64_t>(total) * d / districts);
  };
  std::uint32_t offset = 0;
  std::uint32_t district = 0;
  for (const Run& r : runs) {
    std::uint32_t left = r.agents;
    while (left > 0) {
      while (district + 1 < districts && boundary(district + 1) <= offset) ++district;
      const std::uint32_t take = std::min(left, boundary(district + 1) - offset);
      pop.blocks.push_back({start + offset, start + offset + take,
                            static_cast<std::uint32_t>(place), first_district + district, r.segment,
                            r.enterprise});
      offset += take;
      left -= take;
    }
  }
  pop.agents += total;
  pop.place_blocks.push_back(static_cast<std::uint32_t>(pop.blocks.size()));
  pop.place_agents.push_back(total);
}

/// Each agent's attribute quantiles, one keyed draw per agent.
void draw_attributes(Population& pop, const RandomStream& rng) {
  const std::size_t n = pop.agents;
  pop.hardship.resize(n);
  pop.risk.resize(n);
  pop.legitimacy.resize(n);
  pop.street.resize(n);
#pragma omp parallel for schedule(static) if (n > 100'000)
  for (std::int64_t i = 0; i < static_cast<std::int64_t>(n); ++i) {
    const auto id = static_cast<std::size_t>(i);
    const RandomDraws d = rng.draw(0, id, PopulationPurpose::Attributes);
    pop.hardship[id] = static_cast<std::uint8_t>(d.words[0] >> 56);
    pop.risk[id] = static_cast<std::uint8_t>(d.words[1] >> 56);
    pop.legitimacy[id] = static_cast<std::uint8_t>(d.words[2] >> 56);
    pop.street[id] = static_cast<std::uint8_t>(d.words[3] >> 56);
  }
}

/// The marchers, block by block: the agents whose street byte is below
/// their block's cut (the only ones an hour's decision can move).
void gather_marchers(Population& pop, const Country& c, const Params& p) {
  Marchers& m = pop.marchers;
  for (Block& b : pop.blocks) {
    const double cut = street_cut(p, b.segment, c.places[b.place].rural);
    b.march_begin = m.size();
    b.idle_begin = static_cast<std::uint32_t>(pop.idle_workers.hardship.size());
    for (std::uint32_t i = b.begin; i < b.end; ++i) {
      if (pop.street[i] >= cut) {
        if (b.enterprise != kNoEnterprise) {
          pop.idle_workers.hardship.push_back(pop.hardship[i]);
          pop.idle_workers.legitimacy.push_back(pop.legitimacy[i]);
        }
        continue;
      }
      m.agent.push_back(i);
      m.hardship.push_back(pop.hardship[i]);
      m.risk.push_back(pop.risk[i]);
      m.legitimacy.push_back(pop.legitimacy[i]);
      b.hardship_max = std::max(b.hardship_max, pop.hardship[i]);
      b.legitimacy_min = std::min(b.legitimacy_min, pop.legitimacy[i]);
      b.risk_min = std::min(b.risk_min, pop.risk[i]);
    }
    b.march_end = m.size();
    b.idle_end = static_cast<std::uint32_t>(pop.idle_workers.hardship.size());
  }
  m.state.assign(m.size(), static_cast<std::uint8_t>(State::Quiet));
  m.until.assign(m.size(), 0);
  pop.settled_free.assign(pop.blocks.size(), Population::kNotSettled);
}

}  // namespace

Population make_population(const Country& c, const Params& p, const RandomStream& rng) {
  Population pop;
  pop.place_blocks.push_back(0);
  for (std::size_t place = 0; place < c.places.size(); ++place) {
    // Small places may get more agents per person than the scale: where a few
    // hundred people decide when a town first protests, a dozen agents would
    // leave it to chance.
    const double place_scale =
        std::min(1.0, std::max(p.scale, p.min_place_agents / c.places[place].population));
    pop.place_people_per_agent.push_back(1.0 / place_scale);
    const auto districts = static_cast<std::uint32_t>(
        std::max(1.0, std::ceil(c.places[place].population / p.district_size)));
    add_place(pop, place, runs_of(c, compose_place(c, place, p), place_scale), districts);
  }
  draw_attributes(pop, rng);
  gather_marchers(pop, c, p);
  return pop;
}

}  // namespace unrest::uprising
