// Internet: the internet and messengers run at `level` (0: shut down), until
// `end` or for `hours` from when it comes.

#include <fmt/format.h>

#include "shared.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

ActionKind<Action> Internet::kind(const Calendar& calendar) {
  return {"internet",
          "the internet and messengers run at a level (0: shut down)",
          {"level: 0 (cut) to 1 (normal)", "end: when it is restored (optional)",
           "hours: or how long it lasts from when it comes (optional)", kScopeField},
          {"level", "end", "hours", "scope"},
          [calendar](TableReader& r) -> Action {
            Internet i;
            i.level = r.require(r.real("level", 0, 1), "level");
            i.end = read_end(r, calendar);
            i.hours = read_hours(r);
            i.scope = read_scope(r);
            return i;
          }};
}

std::string Internet::apply(World& w, const RandomStream& /*rng*/, std::int64_t tick) const {
  for (const auto p : scope.places) {
    w.places[p].internet = level;
    w.places[p].internet_until = hours > 0 ? tick + hours : end;
  }
  return fmt::format("internet: level {} in {}", level, scope_text(scope));
}

}  // namespace unrest::uprising
