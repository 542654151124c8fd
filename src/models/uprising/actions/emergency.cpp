// Emergency: a state of emergency with a curfew, until `end` or for `hours`
// from when it comes.

#include <fmt/format.h>

#include "shared.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

ActionKind<Action> Emergency::kind(const Calendar& calendar) {
  return {"emergency",
          "a state of emergency with a curfew",
          {"curfew_from, curfew_to: hours of the curfew (23 and 7); curfew_to may be 24 (to "
           "midnight: 0 to 24 is all day); equal hours: no curfew",
           "end: when it is lifted (optional)",
           "hours: or how long it lasts from when it comes (optional)", kScopeField},
          {"curfew_from", "curfew_to", "end", "hours", "scope"},
          [calendar](TableReader& r) -> Action {
            Emergency e;
            e.curfew_from = static_cast<int>(r.integer("curfew_from", 0, 23).value_or(23));
            e.curfew_to = static_cast<int>(r.integer("curfew_to", 0, 24).value_or(7));
            e.end = read_end(r, calendar);
            e.hours = read_hours(r);
            e.scope = read_scope(r);
            return e;
          }};
}

std::string Emergency::apply(World& w, const RandomStream& /*rng*/, std::int64_t tick) const {
  for (const auto p : scope.places) {
    auto& s = w.places[p];
    s.emergency = true;
    s.curfew_from = curfew_from;
    s.curfew_to = curfew_to;
    s.emergency_until = hours > 0 ? tick + hours : end;
  }
  if (curfew_from == curfew_to) return fmt::format("emergency: no curfew in {}", scope_text(scope));
  return fmt::format("emergency: curfew {:02}:00-{:02}:00 in {}", curfew_from, curfew_to,
                     scope_text(scope));
}

}  // namespace unrest::uprising
