#pragma once
/// \file
/// The agent rules of Epstein (2002), Model I, as pure functions.

#include <cmath>

#include "unrest/models/epstein/params.hpp"

namespace unrest::epstein {

/// G = H (1 - L); Ascape's code also multiplies by (1 - T).
inline double grievance(double hardship, double legitimacy, double threshold,
                        GrievanceRule rule) noexcept {
  const double g = hardship * (1.0 - legitimacy);
  return rule == GrievanceRule::Ascape ? g * (1.0 - threshold) : g;
}

/// x rounded to the nearest integer, halves to even (Python's round).
inline double round_half_even(double x) noexcept {
  const double down = std::floor(x);
  const double fraction = x - down;
  if (fraction > 0.5) return down + 1;
  if (fraction < 0.5) return down;
  return std::fmod(down, 2.0) == 0.0 ? down : down + 1;
}

/// Estimated arrest probability P = 1 - exp(-k ratio), ratio = C/A by `rule`.
/// `actives` must count the agent itself (A >= 1).
inline double arrest_probability(int cops, int actives, double k, ArrestRule rule) noexcept {
  double ratio = static_cast<double>(cops) / static_cast<double>(actives);
  if (rule == ArrestRule::Floor) ratio = std::floor(ratio);
  if (rule == ArrestRule::Round) ratio = round_half_even(ratio);
  return 1.0 - std::exp(-k * ratio);
}

/// A as the agent counts it: itself, plus the other actives it sees, plus
/// itself again under NetLogo's count when it is already active.
inline int actives_counted(int other_actives, bool self_active, SelfCount rule) noexcept {
  return 1 + other_actives + (rule == SelfCount::TwiceIfActive && self_active ? 1 : 0);
}

/// Rule A: active when G - R P > T, strictly.
inline bool rule_a_active(double grievance, double risk_aversion, double arrest_probability,
                          double threshold) noexcept {
  return grievance - risk_aversion * arrest_probability > threshold;
}

}  // namespace unrest::epstein
