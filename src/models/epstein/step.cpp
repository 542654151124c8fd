#include "unrest/models/epstein/step.hpp"

#include "unrest/models/epstein/sites.hpp"

namespace unrest::epstein {

namespace {

/// A random permutation of [first, first + n), Fisher-Yates, one keyed draw per
/// position so the permutation depends only on (seed, run, tick).
void shuffle_range(std::vector<std::uint32_t>& out, std::uint32_t first, std::uint32_t n,
                   const TickContext& ctx, Purpose purpose) {
  const std::size_t base = out.size();
  for (std::uint32_t i = 0; i < n; ++i) out.push_back(first + i);
  for (std::uint32_t i = n; i > 1; --i) {
    const auto j = ctx.rng.draw(static_cast<std::uint64_t>(ctx.tick), i - 1, purpose).below(i);
    std::swap(out[base + i - 1], out[base + j]);
  }
}

}  // namespace

void run_turns_sequential(World& w, const TickContext& ctx, StepBuffers& buffers,
                          TurnTally& tally) {
  auto& order = buffers.order;
  order.clear();
  const std::uint32_t citizens = w.citizens();
  if (ctx.params.activation == Activation::CitizensThenCops) {
    shuffle_range(order, 0, citizens, ctx, Purpose::Order);
    shuffle_range(order, citizens, w.cop_slots(), ctx, Purpose::CopOrder);
  } else {
    shuffle_range(order, 0, citizens + w.cop_slots(), ctx, Purpose::Order);
  }
  for (const std::uint32_t id : order) {
    if (w.is_cop(id)) {
      if (w.cop_cell[id - citizens] != kNowhere) cop_turn(w, ctx, id, buffers.scratch, tally);
    } else if (!w.jailed(id)) {
      citizen_turn(w, ctx, id, buffers.scratch, tally);
    }
  }
}

std::int64_t serve_jail_terms(World& w, const TickContext& ctx, Scratch& scratch) {
  std::int64_t released = 0;
  for (std::uint32_t id = 0; id < w.citizens(); ++id) {
    const std::int32_t left = w.jail_left[id];
    if (left == kNotJailed || left == kLifeTerm) continue;
    if (left > 0) {
      w.jail_left[id] = left - 1;
      continue;
    }
    CellIndex cell = w.citizen_cell[id];
    if (w.site[cell] != Site::Empty) {
      const SitesInView empty(w, Site::Empty, cell, w.citizen_view, scratch.cells);
      if (empty.size() > 0) {
        const auto d = ctx.rng.draw(static_cast<std::uint64_t>(ctx.tick), id, Purpose::Release);
        cell = empty[static_cast<int>(d.below(static_cast<std::uint64_t>(empty.size())))];
      } else {
        cell = random_empty_site(w, ctx.rng, ctx.tick, id, Purpose::Release);
      }
    }
    if (cell == kNowhere) continue;  // a full grid: wait for a site
    w.jail_left[id] = kNotJailed;
    place(w, id, cell, Site::Quiet);
    ++released;
  }
  return released;
}

TickTally step_world(World& w, const TickContext& ctx, StepBuffers& buffers) {
  TurnTally turns;
  if (ctx.params.activation == Activation::ParallelBlocks) {
    run_turns_in_blocks(w, ctx, turns);
  } else {
    run_turns_sequential(w, ctx, buffers, turns);
  }
  TickTally tally;
  tally.turns = turns.turns;
  tally.arrests = turns.arrests;
  tally.released = serve_jail_terms(w, ctx, buffers.scratch);
  return tally;
}

}  // namespace unrest::epstein
