#include "unrest/space/torus.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace unrest {

namespace {

bool inside(NeighbourhoodShape shape, double radius, int dx, int dy) {
  const int r = static_cast<int>(std::floor(radius));
  switch (shape) {
    case NeighbourhoodShape::Disk:
      return dx * dx + dy * dy <= radius * radius;
    case NeighbourhoodShape::VonNeumann:
      return std::abs(dx) + std::abs(dy) <= r;
    case NeighbourhoodShape::Moore:
      return std::abs(dx) <= r && std::abs(dy) <= r;
    case NeighbourhoodShape::Cross:
      return (dx == 0 || dy == 0) && std::abs(dx) + std::abs(dy) <= r;
  }
  return false;
}

}  // namespace

Neighbourhood::Neighbourhood(NeighbourhoodShape shape, double radius) {
  if (!(radius >= 0)) throw std::invalid_argument("vision radius must be non-negative");
  const int bound = static_cast<int>(std::floor(radius));
  for (int dy = -bound; dy <= bound; ++dy) {
    // Each shape is convex along a row, so a row's sites are one interval,
    // split around the centre on the centre row.
    int first = 1;
    int last = 0;
    for (int dx = -bound; dx <= bound; ++dx) {
      if (!inside(shape, radius, dx, dy)) continue;
      if (first > last) first = dx;
      last = dx;
    }
    if (first > last) continue;
    if (dy == 0) {
      if (first <= -1) spans_.push_back({0, first, -1});
      if (last >= 1) spans_.push_back({0, 1, last});
    } else {
      spans_.push_back({dy, first, last});
    }
  }
  for (const RowSpan& s : spans_) {
    size_ += s.dx_last - s.dx_first + 1;
    reach_ = std::max({reach_, std::abs(s.dy), std::abs(s.dx_first), std::abs(s.dx_last)});
  }
}

TorusGrid::TorusGrid(int width, int height) : width_(width), height_(height) {
  if (width <= 0 || height <= 0) throw std::invalid_argument("grid sides must be positive");
  if (width >= 2) width_magic_ = ~std::uint64_t{0} / static_cast<std::uint64_t>(width) + 1;
}

}  // namespace unrest
