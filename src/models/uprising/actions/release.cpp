// Release: each detained agent of the scope goes free with probability
// `share` (its own draw, Purpose::Release).

#include <fmt/format.h>

#include "shared.hpp"
#include "unrest/core/distributions.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

ActionKind<Action> Release::kind(const Calendar& /*calendar*/) {
  return {"release",
          "a share of the detained is released",
          {"share: in [0, 1]", kScopeField},
          {"share", "scope"},
          [](TableReader& r) -> Action {
            return Release{r.require(r.real("share", 0, 1), "share"), read_scope(r, false)};
          }};
}

std::string Release::apply(World& w, const RandomStream& rng, std::int64_t tick) const {
  double released = 0;
  for (const auto p : scope.places) {
    for (auto b = w.pop.place_blocks[p]; b < w.pop.place_blocks[p + 1]; ++b) {
      // Only marchers are ever detained (population.hpp); draws keyed by agent.
      Marchers& m = w.pop.marchers;
      for (auto r = w.pop.blocks[b].march_begin; r < w.pop.blocks[b].march_end; ++r) {
        if (m.state[r] != static_cast<std::uint8_t>(State::Detained)) continue;
        if (open_unit(
                rng.draw(static_cast<std::uint64_t>(tick), m.agent[r], Purpose::Release).words[0]) <
            share) {
          m.state[r] = static_cast<std::uint8_t>(State::Quiet);
          released += w.pop.place_people_per_agent[p];
        }
      }
    }
  }
  return fmt::format("release: {} of the detained ({} people) in {}", share, released,
                     scope_text(scope));
}

}  // namespace unrest::uprising
