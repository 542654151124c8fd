// Call: an organisation calls its members out; while the call stands their
// protest threshold is lowered by call_threshold_cut.

#include <fmt/format.h>

#include <algorithm>

#include "shared.hpp"
#include "unrest/models/uprising/world.hpp"

namespace unrest::uprising {

ActionKind<Action> Call::kind(const Calendar& calendar) {
  return {"call",
          "an organisation calls its members out: their protest threshold falls by "
          "call_threshold_cut while the call stands",
          {"organisation: who calls (required)",
           "segments: the segments it reaches (default: all): oil_gas, mining_metal, "
           "other_workers, youth, migrants, others",
           "end: when the call ends (optional)", "hours: or how long it stands (optional)",
           kScopeField},
          {"organisation", "segments", "end", "hours", "scope"},
          [calendar](TableReader& r) -> Action {
            Call c;
            c.organisation = r.require(r.string("organisation"), "organisation");
            const std::vector<std::string> names(kSegmentNames.begin(), kSegmentNames.end());
            for (const std::string& name : r.string_list("segments")) {
              const auto at = std::find(names.begin(), names.end(), name);
              if (at == names.end()) {
                throw r.error("segments", fmt::format("unknown segment \"{}\"; the segments: {}",
                                                      name, fmt::join(names, ", ")));
              }
              c.segments.push_back(static_cast<std::size_t>(at - names.begin()));
            }
            c.end = read_end(r, calendar);
            c.hours = read_hours(r);
            c.scope = read_scope(r);
            return c;
          }};
}

std::string Call::apply(World& w, const RandomStream& /*rng*/, std::int64_t tick) const {
  const std::int64_t until = hours > 0 ? tick + hours : end;
  for (const auto p : scope.places) {
    for (std::size_t seg = 0; seg < kSegments; ++seg) {
      const bool reached =
          segments.empty() || std::find(segments.begin(), segments.end(), seg) != segments.end();
      if (reached) w.places[p].called_until[seg] = std::max(w.places[p].called_until[seg], until);
    }
  }
  return fmt::format("call: {} calls out {} in {}", organisation,
                     segments.empty() ? "everyone" : segment_keys(segments, ", "),
                     scope_text(scope));
}

}  // namespace unrest::uprising
