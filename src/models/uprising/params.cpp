#include "unrest/models/uprising/params.hpp"

#include <fmt/format.h>

#include "unrest/models/uprising/segments.hpp"

namespace unrest::uprising {

namespace {

constexpr const char* kEpstein = "Epstein 2002";
constexpr const char* kPrior = "prior";
constexpr const char* kTuned = "prior, tuned to the Kazakhstan record (docs/models/uprising.md)";

// The fields a list entry of each type makes.
ParamField<Params> field(const char* key, double Params::*member, double min, double max,
                         const char* unit, const char* meaning, const char* source) {
  return real_param<Params>(key, member, min, max, unit, meaning, source);
}
ParamField<Params> field(const char* key, int Params::*member, double min, double max,
                         const char* unit, const char* meaning, const char* source) {
  return integer_param<Params>(key, member, static_cast<std::int64_t>(min),
                               static_cast<std::int64_t>(max), unit, meaning, source);
}
ParamField<Params> field(const char* key, bool Params::*member, double, double, const char*,
                         const char* meaning, const char* source) {
  return bool_param<Params>(key, member, meaning, source);
}

/// One row per segment, keyed "name.segment".
void add_segment_rows(ParamTable<Params>& table, const char* name, PerSegment Params::*member,
                      double min, double max, const char* unit, const char* meaning,
                      const std::array<const char*, kSegments>& sources) {
  for (std::size_t s = 0; s < kSegments; ++s) {
    table.push_back(real_element_param<Params>(
        fmt::format("{}.{}", name, kSegmentNames[s]), member, s, min, max, unit,
        fmt::format("{}: {}", meaning, kSegmentDescriptions[s]), sources[s]));
  }
}

ParamTable<Params> make_table() {
  ParamTable<Params> table;
#define UNREST_ROW(type, name, value, min, max, unit, meaning, source) \
  table.push_back(field(#name, &Params::name, min, max, unit, meaning, source));
#define UNREST_SEGMENT_ROWS(name, values, min, max, unit, meaning, sources) \
  add_segment_rows(table, #name, &Params::name, min, max, unit, meaning, {UNREST_UNPAREN sources});
  UNREST_UPRISING_PARAMETERS(UNREST_ROW, UNREST_SEGMENT_ROWS)
#undef UNREST_ROW
#undef UNREST_SEGMENT_ROWS
  return table;
}

}  // namespace

const ParamTable<Params>& param_table() {
  static const ParamTable<Params> table = make_table();
  return table;
}

std::optional<ParamProblem> validate(const Params& p, const std::set<std::string>&) {
  const double shares = std::max(p.youth_share, p.youth_share_metropolis) +
                        std::max(p.migrant_share, p.migrant_share_metropolis) + p.others_share;
  if (shares > 1) {
    return ParamProblem{"others_share",
                        fmt::format("youth, migrant and others' shares add up to {} > 1", shares)};
  }
  if (p.strike_end_share > p.strike_share) {
    return ParamProblem{"strike_end_share", "must not exceed strike_share"};
  }
  return std::nullopt;
}

}  // namespace unrest::uprising
