#include "unrest/ensemble/digest.hpp"

#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace unrest::ensemble {

namespace {

using nlohmann::json;

// JSON has no NaN or infinity: they travel as strings.
json number(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  return x;
}

double number(const json& j) {
  if (j.is_number()) return j.get<double>();
  const auto s = j.get<std::string>();
  if (s == "inf") return INFINITY;
  if (s == "-inf") return -INFINITY;
  return NAN;
}

int kind_code(ColumnKind k) {
  return static_cast<int>(k);
}

}  // namespace

ReplicateDigest digest_of(const RunResult& result) {
  ReplicateDigest d;
  d.replicate = result.run;
  d.seed = result.seed;
  d.series_columns = result.series.specs();
  for (std::size_t c = 0; c < result.series.column_count(); ++c) {
    d.series.push_back(result.series.column(c));
  }
  d.summary = result.summary;
  d.scores = result.fit.scores;
  d.statistics = result.fit.statistics;
  d.first_protests = result.fit.first_protests;
  d.targets = result.fit.targets;
  d.unscored = result.fit.unscored;
  return d;
}

namespace {

const double* find_value(const ReplicateDigest& d, const std::string& name) noexcept {
  for (const auto& s : d.summary) {
    if (s.name == name) return &s.value;
  }
  for (const auto& s : d.scores) {
    if (s.name == name) return &s.value;
  }
  return nullptr;
}

}  // namespace

bool ReplicateDigest::has_value(const std::string& name) const noexcept {
  return find_value(*this, name) != nullptr;
}

double ReplicateDigest::value(const std::string& name) const {
  if (const double* v = find_value(*this, name)) return *v;
  throw std::out_of_range("the run reports no value \"" + name + "\"");
}

std::string ReplicateDigest::to_json() const {
  json j;
  j["replicate"] = replicate;
  j["seed"] = seed;
  json columns = json::array();
  for (std::size_t c = 0; c < series_columns.size(); ++c) {
    json values = json::array();
    for (const double v : series[c]) values.push_back(number(v));
    columns.push_back({{"name", series_columns[c].name},
                       {"kind", kind_code(series_columns[c].kind)},
                       {"description", series_columns[c].description},
                       {"values", values}});
  }
  j["series"] = columns;
  json items = json::array();
  for (const auto& s : summary) {
    items.push_back({{"name", s.name}, {"value", number(s.value)}, {"description", s.description}});
  }
  j["summary"] = items;
  json scores_json = json::array();
  for (const auto& s : scores) {
    scores_json.push_back({{"name", s.name},
                           {"value", number(s.value)},
                           {"target", s.target},
                           {"pass", s.pass},
                           {"description", s.description}});
  }
  j["scores"] = scores_json;
  json stats = json::array();
  for (const auto& s : statistics) {
    stats.push_back({{"name", s.name},
                     {"group", s.group},
                     {"simulated", number(s.simulated)},
                     {"low", number(s.low)},
                     {"high", number(s.high)},
                     {"scale", number(s.scale)},
                     {"cap", number(s.cap)},
                     {"description", s.description}});
  }
  j["statistics"] = stats;
  json firsts = json::array();
  for (const auto& f : first_protests) {
    firsts.push_back({{"city", f.place}, {"observed_date", f.observed_date}, {"tick", f.tick}});
  }
  j["first_protests"] = firsts;
  json targets_json = json::array();
  for (const auto& t : targets) {
    json features = json::object();
    for (const auto& [key, value] : t.features) features[key] = number(value);
    targets_json.push_back({{"name", t.name},
                            {"group", t.group},
                            {"unit", t.unit},
                            {"simulated", number(t.simulated)},
                            {"observed_low", number(t.observed_low)},
                            {"observed_high", number(t.observed_high)},
                            {"observed", t.observed_text},
                            {"tolerance", number(t.tolerance)},
                            {"log_scale", t.log_scale},
                            {"features", features}});
  }
  j["targets"] = targets_json;
  json unscored_json = json::array();
  for (const auto& [name, why] : unscored) unscored_json.push_back({{"name", name}, {"why", why}});
  j["unscored"] = unscored_json;
  return j.dump();
}

ReplicateDigest ReplicateDigest::from_json(const std::string& text) {
  try {
    const json j = json::parse(text);
    ReplicateDigest d;
    d.replicate = j.at("replicate").get<std::uint64_t>();
    d.seed = j.at("seed").get<std::uint64_t>();
    for (const auto& c : j.at("series")) {
      d.series_columns.push_back({c.at("name").get<std::string>(),
                                  static_cast<ColumnKind>(c.at("kind").get<int>()),
                                  c.at("description").get<std::string>()});
      std::vector<double> values;
      for (const auto& v : c.at("values")) values.push_back(number(v));
      d.series.push_back(std::move(values));
    }
    for (const auto& s : j.at("summary")) {
      d.summary.push_back({s.at("name").get<std::string>(), number(s.at("value")),
                           s.at("description").get<std::string>()});
    }
    for (const auto& s : j.at("scores")) {
      d.scores.push_back({s.at("name").get<std::string>(), number(s.at("value")),
                          s.at("target").get<std::string>(), s.at("pass").get<bool>(),
                          s.at("description").get<std::string>()});
    }
    for (const auto& s : j.at("statistics")) {
      d.statistics.push_back({s.at("name").get<std::string>(), s.at("group").get<std::string>(),
                              number(s.at("simulated")), number(s.at("low")), number(s.at("high")),
                              number(s.at("scale")), s.at("description").get<std::string>(),
                              number(s.at("cap"))});
    }
    for (const auto& f : j.at("first_protests")) {
      d.first_protests.push_back({f.at("city").get<std::string>(),
                                  f.at("observed_date").get<std::string>(),
                                  f.at("tick").get<double>()});
    }
    // Digests stored before targets were scored have none.
    for (const auto& t : j.value("targets", json::array())) {
      FitTarget target;
      target.name = t.at("name").get<std::string>();
      target.group = t.at("group").get<std::string>();
      target.unit = t.at("unit").get<std::string>();
      target.simulated = number(t.at("simulated"));
      target.observed_low = number(t.at("observed_low"));
      target.observed_high = number(t.at("observed_high"));
      target.observed_text = t.at("observed").get<std::string>();
      target.tolerance = number(t.at("tolerance"));
      target.log_scale = t.at("log_scale").get<bool>();
      for (const auto& [key, value] : t.at("features").items()) {
        target.features.emplace_back(key, number(value));
      }
      d.targets.push_back(std::move(target));
    }
    for (const auto& u : j.value("unscored", json::array())) {
      d.unscored.emplace_back(u.at("name").get<std::string>(), u.at("why").get<std::string>());
    }
    return d;
  } catch (const json::exception& e) {
    throw std::runtime_error(std::string("not a replicate digest: ") + e.what());
  }
}

}  // namespace unrest::ensemble
