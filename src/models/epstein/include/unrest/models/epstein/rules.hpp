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

/// The cop-to-active ratio C/A by `rule` (a whole number under floor and
/// round). `actives` must count the agent itself (A >= 1).
inline double arrest_ratio(int cops, int actives, ArrestRule rule) noexcept {
  double ratio = static_cast<double>(cops) / static_cast<double>(actives);
  if (rule == ArrestRule::Floor) ratio = std::floor(ratio);
  if (rule == ArrestRule::Round) ratio = round_half_even(ratio);
  return ratio;
}

/// P = 1 - exp(-k ratio).
inline double arrest_probability_of_ratio(double ratio, double k) noexcept {
  return 1.0 - std::exp(-k * ratio);
}

/// Estimated arrest probability P = 1 - exp(-k ratio), ratio = C/A by `rule`.
inline double arrest_probability(int cops, int actives, double k, ArrestRule rule) noexcept {
  return arrest_probability_of_ratio(arrest_ratio(cops, actives, rule), k);
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

/// What rule A gives whatever the agent sees, when its grievance alone
/// settles it: with R >= 0 and 0 <= P <= 1, R P lies in [0, R], so
/// G - R P lies in [G - R, G] (rounding is monotone, so this holds for the
/// computed values too, bit for bit): never active when G <= T, always
/// active when G - R > T.
enum class SettledBy { Nothing, Quiet, Active };

inline SettledBy settled_by_grievance(double grievance, double risk_aversion,
                                      double threshold) noexcept {
  if (!(grievance > threshold)) return SettledBy::Quiet;
  if (grievance - risk_aversion > threshold) return SettledBy::Active;
  return SettledBy::Nothing;
}

}  // namespace unrest::epstein
