#include "unrest/io/score_json.hpp"

#include <cmath>
#include <cstdint>

namespace unrest {

namespace {

/// A table's rows as JSON objects keyed by column name, as its CSV reads
/// (JSON has no infinity or NaN, e.g. a floor's open end: those are null).
nlohmann::json rows_json(const Table& table) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : table.rows) {
    nlohmann::json object = nlohmann::json::object();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (const double* x = std::get_if<double>(&row[c])) {
        const bool whole = table.columns[c].kind == ColumnKind::Integer;
        object[table.columns[c].name] = !std::isfinite(*x) ? nlohmann::json(nullptr)
                                        : whole ? nlohmann::json(static_cast<std::int64_t>(*x))
                                                : nlohmann::json(*x);
      } else {
        object[table.columns[c].name] = std::get<std::string>(row[c]);
      }
    }
    rows.push_back(std::move(object));
  }
  return rows;
}

}  // namespace

nlohmann::json scores_json(const std::vector<ensemble::ScoredVariant>& variants) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& v : variants) {
    list.push_back({{"variant", v.name}, {"kind", v.kind}, {"about", v.about}});
  }
  return {{"variants", list},
          {"groups", rows_json(ensemble::groups_table(variants))},
          {"targets", rows_json(ensemble::targets_table(variants))},
          {"checks", rows_json(ensemble::checks_table(variants))}};
}

nlohmann::json ensemble_fit_json(const std::vector<ensemble::ReplicateDigest>& digests,
                                 double level) {
  if (digests.empty() || digests.front().targets.empty()) return nullptr;
  std::vector<ensemble::ScoredVariant> scored = {
      ensemble::score_ensemble("model", "model", "the scenario as it is", digests, level)};
  for (const auto& b : ensemble::record_baselines(digests.front().targets, "first_protest")) {
    scored.push_back(ensemble::score_baseline(b, level));
  }
  nlohmann::json fit = scores_json(scored);
  fit["level"] = level;
  fit["runs"] = digests.size();
  return fit;
}

}  // namespace unrest
