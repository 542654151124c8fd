// Parallel activation by spatial blocks.
//
// The lattice is cut into nx by ny blocks, coloured like a 2x2 checkerboard;
// the four colours take turns, and the blocks of one colour run in parallel,
// each with its agents in a random order. A turn reads and writes only sites
// within 2 r of where the agent starts (r: the largest reach of any vision; a
// move of up to r, then a look of up to r), and blocks of one colour are at
// least one block of side >= 4 r apart, so they never touch the same site:
// the outcome is that of one sequential order, whatever the thread count.
// The block grid is shifted by a random offset and the colours are taken in a
// random order each tick, so no site is favoured. Blocks of one colour may
// share a word of the lattice's bits at their edges (never a bit, the halo's
// copies included), so while they run in parallel the bits are written
// atomically.

#include <omp.h>

#include <algorithm>
#include <array>

#include "unrest/models/epstein/step.hpp"

namespace unrest::epstein {

namespace {

/// Blocks along one side of `length` sites: the largest even count whose
/// blocks are at least `min_side` long, or 1 when not even 2 fit.
int blocks_along(int length, int min_side) {
  const int n = length / std::max(min_side, 1);
  if (n < 2) return 1;
  return n % 2 == 0 ? n : n - 1;
}

struct Layout {
  int nx = 1, ny = 1;
  int offset_x = 0, offset_y = 0;
  std::array<int, 4> colour_order{0, 1, 2, 3};

  [[nodiscard]] int block_of(const TorusGrid& g, CellIndex c) const {
    const int x = (g.x_of(c) - offset_x + g.width()) % g.width();
    const int y = (g.y_of(c) - offset_y + g.height()) % g.height();
    const int bx = static_cast<int>(static_cast<long long>(x) * nx / g.width());
    const int by = static_cast<int>(static_cast<long long>(y) * ny / g.height());
    return by * nx + bx;
  }
  [[nodiscard]] int colour_of(int block) const { return (block % nx) % 2 + 2 * ((block / nx) % 2); }
};

Layout make_layout(const World& w, const TickContext& ctx) {
  const int reach = std::max({w.citizen_view.reach(), w.cop_view.reach(), 1});
  Layout layout;
  layout.nx = blocks_along(w.grid.width(), 4 * reach);
  layout.ny = blocks_along(w.grid.height(), 4 * reach);
  const RandomDraws d = ctx.rng.draw(static_cast<std::uint64_t>(ctx.tick), 0, Purpose::BlockLayout);
  layout.offset_x = static_cast<int>(d.below(static_cast<std::uint64_t>(w.grid.width()), 0));
  layout.offset_y = static_cast<int>(d.below(static_cast<std::uint64_t>(w.grid.height()), 1));
  for (int i = 3; i > 0; --i) {
    const auto j =
        static_cast<int>(ctx.rng
                             .draw(static_cast<std::uint64_t>(ctx.tick),
                                   1 + static_cast<std::uint64_t>(i), Purpose::BlockLayout)
                             .below(static_cast<std::uint64_t>(i + 1)));
    std::swap(layout.colour_order[static_cast<std::size_t>(i)],
              layout.colour_order[static_cast<std::size_t>(j)]);
  }
  return layout;
}

}  // namespace

void run_turns_in_blocks(World& w, const TickContext& ctx, TurnTally& tally) {
  const Layout layout = make_layout(w, ctx);
  const int blocks = layout.nx * layout.ny;

  // Sites of each block, bucketed once per tick (the layout moves each tick).
  std::vector<std::vector<CellIndex>> block_sites(static_cast<std::size_t>(blocks));
  for (CellIndex c = 0; c < w.grid.cells(); ++c) {
    if (w.occupant[c] != kNoAgent)
      block_sites[static_cast<std::size_t>(layout.block_of(w.grid, c))].push_back(c);
  }
  std::vector<TurnTally> block_tally(static_cast<std::size_t>(blocks));
  w.bits_shared = omp_get_max_threads() > 1;

  for (const int colour : layout.colour_order) {
    std::vector<int> of_colour;
    for (int b = 0; b < blocks; ++b) {
      if (layout.colour_of(b) == colour) of_colour.push_back(b);
    }
#pragma omp parallel if (of_colour.size() > 1)
    {
      Scratch scratch;
      std::vector<std::uint32_t> agents;
#pragma omp for schedule(dynamic, 1)
      for (std::size_t k = 0; k < of_colour.size(); ++k) {
        const int block = of_colour[k];
        // Agents present now that have not yet acted this tick (some moved in
        // from blocks of an earlier colour and already had their turn).
        agents.clear();
        for (const CellIndex c : block_sites[static_cast<std::size_t>(block)]) {
          const std::uint32_t id = w.occupant[c];
          if (id != kNoAgent && w.acted_at[id] != ctx.tick) agents.push_back(id);
        }
        const auto n = static_cast<std::uint32_t>(agents.size());
        for (std::uint32_t i = n; i > 1; --i) {
          const auto j = ctx.rng
                             .draw(static_cast<std::uint64_t>(ctx.tick),
                                   static_cast<std::uint64_t>(block), Purpose::BlockOrder, i - 1)
                             .below(i);
          std::swap(agents[i - 1], agents[j]);
        }
        TurnTally local;
        for (const std::uint32_t id : agents) {
          if (!w.is_cop(id) && w.jailed(id)) continue;  // arrested earlier in this block
          w.acted_at[id] = ctx.tick;
          if (w.is_cop(id)) {
            cop_turn(w, ctx, id, scratch, local);
          } else {
            citizen_turn(w, ctx, id, scratch, local);
          }
        }
        block_tally[static_cast<std::size_t>(block)] = local;
      }
    }
  }
  w.bits_shared = false;
  for (const TurnTally& t : block_tally) {
    tally.turns += t.turns;
    tally.arrests += t.arrests;
  }
}

}  // namespace unrest::epstein
