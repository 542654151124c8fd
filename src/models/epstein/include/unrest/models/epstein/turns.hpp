#pragma once
/// \file
/// One agent's turn: a citizen moves and applies rule A; a cop moves and
/// applies rule C. Every scheduler (random sequential, citizens then cops,
/// parallel blocks) calls these.

#include <cstdint>
#include <vector>

#include "unrest/core/random.hpp"
#include "unrest/models/epstein/world.hpp"

namespace unrest::epstein {

/// What a turn needs besides the world. Fixed for the whole tick.
struct TickContext {
  const Params& params;
  const RandomStream& rng;
  std::int64_t tick;
};

/// Buffers a turn reuses, one per thread.
struct Scratch {
  std::vector<CellIndex> cells;
};

/// Counts a turn adds to.
struct TurnTally {
  std::int64_t turns = 0;
  std::int64_t arrests = 0;
};

/// Citizen `id` (on the lattice) moves, if movement is on, and decides.
void citizen_turn(World& w, const TickContext& ctx, std::uint32_t id, Scratch& scratch,
                  TurnTally& tally);

/// Cop `id` (on duty) moves and arrests an active in its vision, if any.
void cop_turn(World& w, const TickContext& ctx, std::uint32_t id, Scratch& scratch,
              TurnTally& tally);

/// Rule A at the citizen's current site: sets it Active or Quiet.
void decide(World& w, const TickContext& ctx, std::uint32_t id);

/// The jail term of a citizen arrested now: uniform on 0..J or 0..J-1, or
/// kLifeTerm when J is infinite.
std::int32_t draw_jail_term(const TickContext& ctx, std::uint32_t citizen);

}  // namespace unrest::epstein
