#include "unrest/models/epstein/turns.hpp"

#include <cmath>

#include "unrest/models/epstein/rules.hpp"
#include "unrest/models/epstein/sites.hpp"

namespace unrest::epstein {

namespace {

/// Rule M: the destination of agent `id` at `from`, or kNowhere to stay.
CellIndex pick_destination(const World& w, const TickContext& ctx, std::uint32_t id, CellIndex from,
                           const Neighbourhood& view, Scratch& scratch) {
  const RandomDraws d = ctx.rng.draw(static_cast<std::uint64_t>(ctx.tick), id, Purpose::Move);
  if (ctx.params.move_rule == MoveRule::RandomStep) {
    // Ascape's random walk: one random neighbour, taken only if empty.
    const auto pick = d.below(8);
    CellIndex chosen = kNowhere;
    std::uint64_t k = 0;
    w.grid.for_each_cell(from, w.step_view, [&](CellIndex c) {
      if (k++ == pick) chosen = c;
    });
    return w.site[chosen] == Site::Empty ? chosen : kNowhere;
  }
  const SitesInView empty(w, Site::Empty, from, view, scratch.cells);
  if (empty.size() == 0) return kNowhere;
  return empty[static_cast<int>(d.below(static_cast<std::uint64_t>(empty.size())))];
}

CellIndex move(World& w, const TickContext& ctx, std::uint32_t id, CellIndex from,
               const Neighbourhood& view, Scratch& scratch) {
  const CellIndex to = pick_destination(w, ctx, id, from, view, scratch);
  if (to == kNowhere) return from;
  move_occupant(w, from, to);
  return to;
}

int torus_distance_squared(const TorusGrid& g, CellIndex a, CellIndex b) {
  int dx = std::abs(g.x_of(a) - g.x_of(b));
  int dy = std::abs(g.y_of(a) - g.y_of(b));
  dx = std::min(dx, g.width() - dx);
  dy = std::min(dy, g.height() - dy);
  return dx * dx + dy * dy;
}

/// Rule C with the nearest target: one of the actives in the cop's vision
/// nearest to it, at random; kNowhere if none.
CellIndex nearest_active(const World& w, const TickContext& ctx, std::uint32_t cop_id,
                         CellIndex cell, Scratch& scratch) {
  std::size_t n = collect_sites(w, cell, w.cop_view, Site::Active, scratch.cells);
  if (n == 0) return kNowhere;
  CellIndex* candidates = scratch.cells.data();
  int nearest = INT32_MAX;
  for (std::size_t i = 0; i < n; ++i) {
    nearest = std::min(nearest, torus_distance_squared(w.grid, cell, candidates[i]));
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (torus_distance_squared(w.grid, cell, candidates[i]) == nearest)
      candidates[kept++] = candidates[i];
  }
  const RandomDraws d =
      ctx.rng.draw(static_cast<std::uint64_t>(ctx.tick), cop_id, Purpose::ArrestTarget);
  return candidates[d.below(kept)];
}

/// Rule C: arrests an active within vision of `cell`; returns the cop's site.
CellIndex arrest(World& w, const TickContext& ctx, std::uint32_t cop_id, CellIndex cell,
                 Scratch& scratch, TurnTally& tally) {
  CellIndex target = kNowhere;
  if (ctx.params.arrest_target != ArrestTarget::Nearest) {
    const SitesInView actives(w, Site::Active, cell, w.cop_view, scratch.cells);
    if (actives.size() == 0) return cell;
    const RandomDraws d =
        ctx.rng.draw(static_cast<std::uint64_t>(ctx.tick), cop_id, Purpose::ArrestTarget);
    target = actives[static_cast<int>(d.below(static_cast<std::uint64_t>(actives.size())))];
  } else {
    target = nearest_active(w, ctx, cop_id, cell, scratch);
    if (target == kNowhere) return cell;
  }
  const std::uint32_t citizen = w.occupant[target];
  vacate(w, target);
  w.jail_left[citizen] = draw_jail_term(ctx, citizen);  // citizen_cell keeps the site of arrest
  ++tally.arrests;
  if (!ctx.params.cop_takes_site) return cell;
  move_occupant(w, cell, target);
  return target;
}

}  // namespace

std::int32_t draw_jail_term(const TickContext& ctx, std::uint32_t citizen) {
  const double j = ctx.params.max_jail_term;
  if (std::isinf(j)) return kLifeTerm;
  const auto bound =
      static_cast<std::uint64_t>(j) + (ctx.params.jail_draw == JailDraw::Inclusive ? 1 : 0);
  const RandomDraws d =
      ctx.rng.draw(static_cast<std::uint64_t>(ctx.tick), citizen, Purpose::JailTerm);
  const std::uint64_t term = d.below(bound);
  return term >= static_cast<std::uint64_t>(kLifeTerm) ? kLifeTerm - 1
                                                       : static_cast<std::int32_t>(term);
}

void decide(World& w, const TickContext& ctx, std::uint32_t id) {
  const Params& p = ctx.params;
  const CellIndex cell = w.citizen_cell[id];
  const double g = grievance(w.hardship[id], w.legitimacy, p.threshold, p.grievance_rule);
  const double r = w.risk_aversion[id];
  bool active = false;
  const SettledBy settled =
      w.bits_on ? settled_by_grievance(g, r, p.threshold) : SettledBy::Nothing;
  if (settled != SettledBy::Nothing) {
    active = settled == SettledBy::Active;  // what the counts would give, without counting
  } else {
    const SeenCounts seen = count_seen(w, cell, w.citizen_view);
    const bool was_active = w.site[cell] == Site::Active;
    const int actives = actives_counted(seen.actives, was_active, p.self_count);
    const double ratio = arrest_ratio(seen.cops, actives, p.arrest_rule);
    const bool whole = p.arrest_rule != ArrestRule::Exact && p.arrest_constant == w.table_constant;
    const double probability = whole
                                   ? w.arrest_probability_of_count[static_cast<std::size_t>(ratio)]
                                   : arrest_probability_of_ratio(ratio, p.arrest_constant);
    active = rule_a_active(g, r, probability, p.threshold);
  }
  set_site(w, cell, active ? Site::Active : Site::Quiet);
  if (active) w.ever_active[id] = 1;
}

void citizen_turn(World& w, const TickContext& ctx, std::uint32_t id, Scratch& scratch,
                  TurnTally& tally) {
  ++tally.turns;
  const bool moves = ctx.params.movement;
  if (ctx.params.step_order == StepOrder::MoveThenAct) {
    if (moves) move(w, ctx, id, w.citizen_cell[id], w.citizen_view, scratch);
    decide(w, ctx, id);
  } else {
    decide(w, ctx, id);
    if (moves) move(w, ctx, id, w.citizen_cell[id], w.citizen_view, scratch);
  }
}

void cop_turn(World& w, const TickContext& ctx, std::uint32_t id, Scratch& scratch,
              TurnTally& tally) {
  ++tally.turns;
  CellIndex cell = w.cop_cell[id - w.citizens()];
  if (ctx.params.step_order == StepOrder::MoveThenAct) {
    cell = move(w, ctx, id, cell, w.cop_view, scratch);
    arrest(w, ctx, id, cell, scratch, tally);
  } else {
    cell = arrest(w, ctx, id, cell, scratch, tally);
    move(w, ctx, id, cell, w.cop_view, scratch);
  }
}

}  // namespace unrest::epstein
