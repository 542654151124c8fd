#include "unrest/io/score_json.hpp"

#include <cmath>

namespace unrest {

namespace {

/// JSON has no infinity: a floor's open end is written as null.
nlohmann::json finite_or_null(double x) {
  return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json scores_json(const std::vector<ensemble::ScoredVariant>& variants) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& v : variants) {
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& g : v.groups) {
      groups.push_back({{"group", g.group},
                        {"unit", g.unit},
                        {"targets", g.targets},
                        {"mean_abs_error", finite_or_null(g.mean_abs_error)},
                        {"bias", finite_or_null(g.bias)},
                        {"crps", finite_or_null(g.crps)},
                        {"coverage", finite_or_null(g.coverage)},
                        {"on_target", finite_or_null(g.on_target)},
                        {"rank_correlation", finite_or_null(g.rank_correlation)}});
    }
    nlohmann::json targets = nlohmann::json::array();
    for (const auto& t : v.targets) {
      targets.push_back({{"target", t.name},
                         {"group", t.group},
                         {"unit", t.unit},
                         {"observed", t.observed},
                         {"observed_low", finite_or_null(t.observed_low)},
                         {"observed_high", finite_or_null(t.observed_high)},
                         {"median", finite_or_null(t.median)},
                         {"low", finite_or_null(t.low)},
                         {"high", finite_or_null(t.high)},
                         {"mean_abs_error", finite_or_null(t.mean_abs_error)},
                         {"bias", finite_or_null(t.bias)},
                         {"crps", finite_or_null(t.crps)},
                         {"covered", t.covered},
                         {"on_target", finite_or_null(t.on_target)}});
    }
    nlohmann::json checks = nlohmann::json::array();
    for (const auto& c : v.checks) {
      checks.push_back({{"check", c.name},
                        {"target", c.target},
                        {"median", finite_or_null(c.median)},
                        {"passed", finite_or_null(c.passed)}});
    }
    out.push_back({{"variant", v.name},
                   {"kind", v.kind},
                   {"about", v.about},
                   {"groups", groups},
                   {"targets", targets},
                   {"checks", checks}});
  }
  return out;
}

nlohmann::json ensemble_fit_json(const std::vector<ensemble::ReplicateDigest>& digests,
                                 double level) {
  if (digests.empty() || digests.front().targets.empty()) return nullptr;
  std::vector<ensemble::ScoredVariant> scored = {
      ensemble::score_ensemble("model", "model", "the scenario as it is", digests, level)};
  for (const auto& b : ensemble::record_baselines(digests.front().targets, "first_protest")) {
    scored.push_back(ensemble::score_baseline(b, level));
  }
  return {{"level", level}, {"runs", digests.size()}, {"variants", scores_json(scored)}};
}

}  // namespace unrest
