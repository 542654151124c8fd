#pragma once
/// \file
/// One tick of Model I: every citizen on the lattice and every cop on duty
/// takes one turn, in the order the `activation` parameter names; then jail
/// terms run down and finished ones are released.

#include <cstdint>
#include <vector>

#include "unrest/models/epstein/turns.hpp"

namespace unrest::epstein {

/// Buffers kept across ticks so that a tick allocates nothing.
struct StepBuffers {
  std::vector<std::uint32_t> order;
  Scratch scratch;
};

struct TickTally {
  std::int64_t turns = 0;  ///< agents that acted
  std::int64_t arrests = 0;
  std::int64_t released = 0;
};

/// All turns of one tick, then jail. Bitwise identical for any thread count.
TickTally step_world(World& w, const TickContext& ctx, StepBuffers& buffers);

/// The turns in one random order of all agents (paper, NetLogo, Mesa), or of
/// all citizens and then all cops (Ascape).
void run_turns_sequential(World& w, const TickContext& ctx, StepBuffers& buffers, TurnTally& tally);

/// The turns by spatial blocks, in parallel (see step_blocks.cpp).
void run_turns_in_blocks(World& w, const TickContext& ctx, TurnTally& tally);

/// Serves one tick of every jail term; releases those that end, each onto its
/// site of arrest if empty, else a random empty site in its vision, else a
/// random empty site anywhere. Returns how many were released.
std::int64_t serve_jail_terms(World& w, const TickContext& ctx, Scratch& scratch);

}  // namespace unrest::epstein
