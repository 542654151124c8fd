#include "unrest/models/epstein/sites.hpp"

namespace unrest::epstein {

CellIndex random_empty_site(const World& w, const RandomStream& rng, std::int64_t tick,
                            std::uint64_t agent, Purpose purpose) {
  const CellIndex cells = w.grid.cells();
  constexpr std::uint32_t kTries = 64;
  for (std::uint32_t attempt = 0; attempt < kTries; ++attempt) {
    const RandomDraws d = rng.draw(static_cast<std::uint64_t>(tick), agent, purpose, attempt + 1);
    for (int word = 0; word < 4; ++word) {
      const auto c = static_cast<CellIndex>(d.below(cells, word));
      if (w.site[c] == Site::Empty) return c;
    }
  }
  std::vector<CellIndex> empty;
  for (CellIndex c = 0; c < cells; ++c) {
    if (w.site[c] == Site::Empty) empty.push_back(c);
  }
  if (empty.empty()) return kNowhere;
  const RandomDraws d = rng.draw(static_cast<std::uint64_t>(tick), agent, purpose, kTries + 1);
  return empty[d.below(empty.size())];
}

}  // namespace unrest::epstein
